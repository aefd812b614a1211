package io.genlab.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class LessonParserTest {
    static final String GOOD = """
            # The reverse process

            ## Learning goals
            - Say what the model predicts at each step.
            - Explain why more steps give **cleaner** pictures.

            ## Explanation
            Start from noise. [Watch a sneaker appear](genlab:reverse?model=unet-s-fashion&class=7&seed=3&steps=50)
            and then [compare samplers](genlab:reverse?grid=true).

            ## Try it
            - [Add noise](genlab:forward?t=500&schedule=cosine)

            ## Questions
            1. What does the network predict?

               Answer: the noise that was added (eps).
            2. Why does DDIM need fewer steps?

               Answer: it skips steps deterministically.

            ## Reproduce the figures
            ```sh
            ./genlab sample --run lessons/models/unet-s-fashion \\
                --class 7 --n 16 --out sneakers.png
            ./genlab noise --dataset fashion --index 3 --out strip.png
            echo not a genlab command
            ```
            """;

    @Test
    void readsTitleGoalsActionsQuestionsAndCommands() throws LessonException {
        Lesson l = LessonParser.parse(Path.of("04-reverse.md"), 4, GOOD);
        assertEquals("The reverse process", l.title());
        assertEquals(List.of("Say what the model predicts at each step.", "Explain why more steps give cleaner pictures."), l.goals());
        assertEquals(3, l.actions().size());
        LessonAction first = l.actions().get(0);
        assertEquals("Watch a sneaker appear", first.text());
        assertEquals("reverse", first.view());
        assertEquals(Map.of("model", "unet-s-fashion", "class", "7", "seed", "3", "steps", "50"), first.settings());
        assertEquals(List.of("model", "class", "seed", "steps"), List.copyOf(first.settings().keySet()), "order kept");
        assertEquals(2, l.questions().size());
        assertEquals(new Question("What does the network predict?", "the noise that was added (eps)."), l.questions().get(0));
        assertEquals(List.of("./genlab sample --run lessons/models/unet-s-fashion --class 7 --n 16 --out sneakers.png",
                "./genlab noise --dataset fashion --index 3 --out strip.png"), l.commands());
    }

    @Test
    void aQuestionWithoutAnswerNamesTheQuestion() {
        String text = GOOD.replace("   Answer: it skips steps deterministically.", "");
        LessonException e = assertThrows(LessonException.class, () -> LessonParser.parse(Path.of("04-x.md"), 4, text));
        assertTrue(e.getMessage().contains("Why does DDIM need fewer steps?") && e.getMessage().contains("Answer:"), e.getMessage());
    }

    @Test
    void missingPartsAndBadLinksAreClearErrors() {
        assertThrows(LessonException.class, () -> LessonParser.parse(Path.of("01-x.md"), 1, "no title\n\n## Questions\n- a\n\n  Answer: b\n"));
        assertThrows(LessonException.class, () -> LessonParser.parse(Path.of("01-x.md"), 1, GOOD.replace("## Learning goals", "## Goals")));
        LessonException bad = assertThrows(LessonException.class,
                () -> LessonParser.parse(Path.of("01-x.md"), 1, GOOD.replace("genlab:forward?t=500", "genlab:forward?t")));
        assertTrue(bad.getMessage().contains("key=value"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LessonAction.parse("x", "genlab:Reverse View"));
        assertThrows(IllegalArgumentException.class, () -> LessonAction.parse("x", "genlab:reverse?seed=1&seed=2"));
        assertThrows(IllegalArgumentException.class, () -> LessonAction.parse("x", "https://example.org"));
    }

    @Test
    void checkReportsUnknownViewsSettingsAndModels() throws LessonException {
        Lesson l = LessonParser.parse(Path.of("04-reverse.md"), 4, GOOD.replace("model=unet-s-fashion", "model=gan-big"));
        Map<String, Set<String>> views = Map.of("reverse", Set.of("class", "seed", "steps", "sampler"), "train", Set.of());
        List<String> problems = LessonCheck.problems(l, views, Set.of("unet-s-fashion"));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("gan-big"), problems.get(0));
        assertTrue(problems.get(1).contains("'grid'"), problems.get(1));
        assertTrue(problems.get(2).contains("'forward'"), problems.get(2));
    }

    @Test
    void loadsAFolderInNumberOrderAndReportsBrokenFilesWithoutLosingTheOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("02-second.md"), GOOD.replace("# The reverse process", "# Second"));
        Files.writeString(dir.resolve("01-first.md"), GOOD.replace("# The reverse process", "# First"));
        Files.writeString(dir.resolve("03-broken.md"), "# Broken\n");
        Files.writeString(dir.resolve("README.md"), "# Index\n");
        Lessons.Loaded loaded = Lessons.load(dir);
        assertEquals(List.of("First", "Second"), loaded.lessons().stream().map(Lesson::title).toList());
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).contains("03-broken.md"), loaded.problems().get(0));
    }
}
