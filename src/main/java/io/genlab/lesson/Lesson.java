package io.genlab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * One lesson, {@code lessons/NN-name.md}, in the parts the lesson viewer and the checks use.
 *
 * @param file      where it was read from
 * @param number    NN from the file name
 * @param title     the first level-1 heading
 * @param goals     the items under "Learning goals"
 * @param actions   every {@code genlab:} link, in reading order
 * @param questions the items under "Questions", each with its answer
 * @param commands  the {@code ./genlab ...} commands quoted in code blocks, continuation lines joined
 * @param markdown  the whole text, for rendering
 */
public record Lesson(Path file, int number, String title, List<String> goals, List<LessonAction> actions,
                     List<Question> questions, List<String> commands, String markdown) {
    public Lesson {
        goals = List.copyOf(goals);
        actions = List.copyOf(actions);
        questions = List.copyOf(questions);
        commands = List.copyOf(commands);
    }
}
