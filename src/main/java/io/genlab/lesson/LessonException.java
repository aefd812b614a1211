package io.genlab.lesson;

import java.nio.file.Path;

/** A lesson file that cannot be used, with the file and what is wrong. */
public final class LessonException extends Exception {
    public LessonException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
