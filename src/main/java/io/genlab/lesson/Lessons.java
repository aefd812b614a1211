package io.genlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The lessons in a folder ({@code lessons/}), in number order. */
public final class Lessons {
    private Lessons() {}

    /** What reading a folder gave: the lessons that parsed and the problems of those that did not. */
    public record Loaded(List<Lesson> lessons, List<String> problems) {}

    /** Reads every {@code NN-name.md}; a broken file is a problem, never the end of the others. */
    public static Loaded load(Path folder) {
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) return new Loaded(lessons, List.of(folder + ": lessons folder not found"));
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(LessonParser::isLessonFile).sorted().toList();
        } catch (IOException e) {
            return new Loaded(lessons, List.of(folder + ": cannot be listed: " + e.getMessage()));
        }
        for (Path f : files) {
            try {
                Lesson l = LessonParser.parse(f);
                if (lessons.stream().anyMatch(o -> o.number() == l.number())) {
                    problems.add(f + ": lesson number " + l.number() + " is used twice");
                } else {
                    lessons.add(l);
                }
            } catch (LessonException e) {
                problems.add(e.getMessage());
            }
        }
        lessons.sort(Comparator.comparingInt(Lesson::number));
        return new Loaded(lessons, problems);
    }
}
