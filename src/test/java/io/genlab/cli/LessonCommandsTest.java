package io.genlab.cli;

import io.genlab.lesson.Lesson;
import io.genlab.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every command a lesson quotes runs, with tiny settings: step counts, sample counts and batch
 * sizes made small, experiments rehearsed, outputs (--out, --gif) and new runs moved into a
 * temporary folder, everything else as written.
 */
class LessonCommandsTest {
    /** Options whose values shrink, and the tiny value. */
    private static final Map<String, String> TINY = Map.of("--steps", "2", "--n", "2", "--batch", "8",
            "--snapshot-every", "1", "--checkpoint-every", "0");

    /** A word of a command line: "in double quotes" (spaces and all) or without spaces. */
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    /** The lesson's command line as the test runs it. */
    static List<String> tiny(String command, Path dir) {
        List<String> in = new ArrayList<>();
        Matcher word = WORD.matcher(command);
        while (word.find()) in.add(word.group(1) != null ? word.group(1) : word.group(2));
        if (in.get(0).endsWith("genlab")) in.remove(0);
        boolean training = in.get(0).equals("train");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            String a = in.get(i);
            String value = i + 1 < in.size() ? in.get(i + 1) : null;
            if (a.equals("--minutes")) {                        // a time limit becomes a step limit
                i++;
                if (!in.contains("--steps")) out.addAll(List.of("--steps", "2"));
            } else if (TINY.containsKey(a) && value != null) {
                out.addAll(List.of(a, TINY.get(a)));
                i++;
            } else if ((a.equals("--out") || a.equals("--gif") || a.equals("--run") && value != null && value.startsWith("runs/")) && value != null) {
                out.addAll(List.of(a, dir.resolve(value).toString()));
                i++;
            } else {
                out.add(a);
            }
        }
        if (in.get(0).equals("compare")) out.add("--rehearse");         // an experiment in miniature
        if (training) out.addAll(List.of("--limit", "64"));
        if (training && !in.contains("--batch")) out.addAll(List.of("--batch", "8"));
        return out;
    }

    @Test
    void tinySettingsKeepTheCommandAndShrinkItsWork(@TempDir Path dir) {
        assertEquals(List.of("train", "--model", "unet-s", "--steps", "2", "--snapshot-every", "1",
                        "--run", dir.resolve("runs/x").toString(), "--limit", "64", "--batch", "8"),
                tiny("./genlab train --model unet-s --minutes 75 --snapshot-every 250 --run runs/x", dir));
        assertEquals(List.of("sample", "--run", "lessons/models/unet-s-fashion", "--n", "2", "--out", dir.resolve("lessons/img/a.png").toString()),
                tiny("./genlab sample --run lessons/models/unet-s-fashion --n 30 --out lessons/img/a.png", dir));
        assertEquals(List.of("playground", "--preset", "Mode collapse", "--steps", "2", "--out", dir.resolve("lessons/img/c.png").toString()),
                tiny("./genlab playground --preset \"Mode collapse\" --steps 1500 --out lessons/img/c.png", dir));
        assertEquals(List.of("compare", "--spec", "bench/specs/quick.json", "--out", dir.resolve("runs/quick").toString(), "--rehearse"),
                tiny("./genlab compare --spec bench/specs/quick.json --out runs/quick", dir));
        assertEquals(List.of("race", "--class", "7", "--seed", "3", "--steps", "2", "--out", dir.resolve("lessons/img/race-sneaker.png").toString(),
                        "--gif", dir.resolve("lessons/img/race.gif").toString()),
                tiny("./genlab race --class 7 --seed 3 --steps 50 --out lessons/img/race-sneaker.png --gif lessons/img/race.gif", dir));
    }

    @Test
    void everyQuotedCommandRuns(@TempDir Path dir) throws Exception {
        Lessons.Loaded loaded = Lessons.load(Path.of("lessons"));
        assertEquals(List.of(), loaded.problems());
        int ran = 0;
        for (Lesson lesson : loaded.lessons()) {
            Path lessonDir = dir.resolve("lesson-" + lesson.number());
            Files.createDirectories(lessonDir.resolve("lessons/img"));
            for (String command : lesson.commands()) {
                List<String> args = tiny(command, lessonDir);
                CliTest.Result r = CliTest.run(args.toArray(new String[0]));
                assertEquals(0, r.exit(), "lesson " + lesson.number() + ": " + command + "\nran as: " + args + "\n" + r.err());
                ran++;
            }
        }
        assertTrue(ran >= 4, "the lessons quote their commands; found " + ran);
    }
}
