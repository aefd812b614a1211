package io.genlab.cli;

import io.genlab.eval.KindsData;
import io.genlab.train.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.genlab.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** dcgan-s through the command line: train, sample and score it like any other model. */
class GanCommandsTest {

    @Test
    void dcganTrainsSamplesAndIsScored(@TempDir Path dir) throws IOException {
        KindsData.writeIdx(dir.resolve("kinds"), 600, 1);
        String spec = "idx:" + dir.resolve("kinds");
        Path run = dir.resolve("gan");
        CliTest.Result t = run("train", "--model", "dcgan-s", "--dataset", spec, "--steps", "20", "--batch", "16", "--run", run.toString(),
                "--snapshot-every", "10");
        assertEquals(0, t.exit(), t.err());
        String metrics = Files.readString(run.resolve("metrics.csv"));
        for (String column : new String[]{"d", "g", "d_real", "d_fake", "grad_d", "grad_g"}) {
            assertTrue(metrics.lines().findFirst().orElseThrow().contains(column), column + " in " + metrics.lines().findFirst().orElseThrow());
        }
        assertEquals(0, run("sample", "--run", run.toString(), "--n", "6", "--out", dir.resolve("s.png").toString()).exit());
        CliTest.Result refused = run("sample", "--run", run.toString(), "--steps", "5", "--out", dir.resolve("s.png").toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("walk=N"), refused.err());
        CliTest.Result walk = run("trace", "--run", run.toString(), "--walk", "8", "--n", "3", "--frames", "4", "--out", dir.resolve("walk.png").toString());
        assertEquals(0, walk.exit(), walk.err());
        assertTrue(walk.out().contains("8 steps traced"), walk.out());
        assertEquals(0, run("trace", "--run", run.toString(), "--walk", "5", "--out", dir.resolve("walk.gif").toString()).exit());

        Path judge = dir.resolve("judge");
        assertEquals(0, run("judge", "train", "--dataset", spec, "--out", judge.toString(), "--epochs", "2", "--batch", "32").exit());
        CliTest.Result e = run("eval", "--run", run.toString(), "--judge", judge.toString(), "--n", "30", "--out", dir.resolve("eval").toString());
        assertEquals(0, e.exit(), e.err());
        var json = Json.MAPPER.readTree(dir.resolve("eval/eval.json").toFile());
        assertEquals("gan", json.get("family").asText());
        assertEquals(1.0, json.get("cost").get("network_evaluations_per_sample").asDouble(), "one generator pass per sample");
    }
}
