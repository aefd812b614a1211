package io.genlab.cli;

import io.genlab.train.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.genlab.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** judge train --prompts and eval --prompts end to end, on a briefly trained attribute judge and a narrow unet-s-text of one step. */
class PromptCommandsTest {
    @TempDir
    static Path dir;
    static Path judge, textRun;

    @BeforeAll
    static void trainAJudgeAndATextModel() {
        judge = dir.resolve("judge");
        CliTest.Result j = run("judge", "train", "--prompts", "--out", judge.toString(), "--steps", "3", "--batch", "8");
        assertEquals(0, j.exit(), j.err());
        assertTrue(j.out().contains("attribute judge written to"), j.out());
        textRun = dir.resolve("text");
        CliTest.Result t = run("train", "--model", "unet-s-text", "--dataset", "shapes", "--limit", "64", "--batch", "8", "--steps", "1",
                "--set", "width=8", "--snapshot-every", "0", "--run", textRun.toString());
        assertEquals(0, t.exit(), t.err());
    }

    @Test
    void evalPromptsPrintsTheTableBesideTheRealRendersAndWritesItsFiles() throws IOException {
        Path out = dir.resolve("eval");
        CliTest.Result r = run("eval", "--prompts", "--run", textRun.toString(), "--judge", judge.toString(), "--n", "7", "--steps", "2",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("relation2") && r.out().contains("real"), r.out());
        assertTrue(r.out().contains("place asked"), r.out());
        var json = Json.MAPPER.readTree(out.resolve("prompts.json").toFile());
        assertEquals(7, json.get("prompts").asInt());
        assertEquals("2", json.get("sampling").get("steps").asText());
        assertEquals("3", json.get("sampling").get("guidance").asText(), "guidance 3 unless told");
        for (String table : List.of("samples", "real_renders")) {
            assertEquals(7, json.get(table).get("all").get("images").asInt());
            assertTrue(json.get(table).get("all").has("whole"), table + ": " + json);
        }
        assertTrue(json.get("unknown_words").isArray(), "a run on 64 captions may not know every word of the prompts");
        List<String> csv = Files.readAllLines(out.resolve("prompts.csv"));
        assertEquals(8, csv.size(), "a header and a row per prompt");
        assertTrue(csv.get(0).startsWith("index,objects,letters,prompt,model_colour"), csv.get(0));
        assertTrue(Files.readString(out.resolve("prompts.md")).contains("| attribute |"));
        assertTrue(Files.size(out.resolve("prompts.png")) > 0);
        assertTrue(Files.size(out.resolve("places.png")) > 0);
        assertTrue(Files.readString(out.resolve("prompts.md")).contains("| place asked |"));
        int singles = 0;
        for (var place : json.get("places").get("real")) singles += place.get("asked").asInt();
        assertEquals(csv.stream().skip(1).filter(row -> row.split(",")[1].equals("1")).count(), singles,
                "every one-object prompt asks for a place");
        CliTest.Result again = run("eval", "--prompts", "--run", textRun.toString(), "--judge", judge.toString(), "--n", "7", "--steps", "2",
                "--out", dir.resolve("again").toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(json.get("samples"), Json.MAPPER.readTree(dir.resolve("again/prompts.json").toFile()).get("samples"),
                "the same seed gives the same numbers");
    }

    @Test
    void judgeEvalMeasuresAnAttributeJudgeAgain() {
        CliTest.Result r = run("judge", "eval", "--judge", judge.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("measuring again") && r.out().contains("relation2"), r.out());
    }

    @Test
    void modelsThatCannotBeAskedForShapesPromptsAreClearErrors() {
        Path classRun = dir.resolve("class");
        assertEquals(0, run("train", "--model", "pixel-gaussian", "--dataset", "shapes", "--limit", "64", "--steps", "1",
                "--snapshot-every", "0", "--run", classRun.toString()).exit());
        CliTest.Result classes = run("eval", "--prompts", "--run", classRun.toString(), "--judge", judge.toString(), "--n", "2");
        assertEquals(2, classes.exit());
        assertTrue(classes.err().contains("conditioned on classes, not on text"), classes.err());
        Path fashionRun = dir.resolve("fashion");
        assertEquals(0, run("train", "--model", "pixel-gaussian", "--dataset", "fashion", "--limit", "64", "--steps", "1",
                "--snapshot-every", "0", "--run", fashionRun.toString()).exit());
        CliTest.Result fashion = run("eval", "--prompts", "--run", fashionRun.toString(), "--judge", judge.toString(), "--n", "2");
        assertEquals(2, fashion.exit());
        assertTrue(fashion.err().contains("learnt fashion, not shapes"), fashion.err());
    }

    @Test
    void badArgumentsAreClearErrors() {
        CliTest.Result noJudge = run("eval", "--prompts", "--run", textRun.toString(), "--judge", dir.resolve("none").toString(), "--n", "2");
        assertEquals(1, noJudge.exit());
        assertTrue(noJudge.err().contains("judge train --prompts"), noJudge.err());
        assertEquals(2, run("eval", "--prompts", "--run", textRun.toString(), "--judge", judge.toString(), "--n", "0").exit());
        CliTest.Result both = run("judge", "train", "--prompts", "--dataset", "shapes", "--out", dir.resolve("x").toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("either --dataset"), both.err());
        CliTest.Result epochs = run("judge", "train", "--prompts", "--epochs", "2", "--out", dir.resolve("x").toString());
        assertEquals(2, epochs.exit());
        assertTrue(epochs.err().contains("--epochs"), epochs.err());
        assertEquals(2, run("judge", "train", "--dataset", "shapes", "--steps", "5", "--out", dir.resolve("x").toString()).exit());
        assertEquals(2, run("judge", "train", "--prompts", "--steps", "0", "--out", dir.resolve("x").toString()).exit());
    }
}
