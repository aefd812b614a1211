package io.genlab.cli;

import io.genlab.train.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.genlab.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** pixelcnn-s through the command line: train, sample, trace, complete and score it. */
class PixelCnnCommandsTest {

    @Test
    void pixelCnnTrainsSamplesTracesCompletesAndIsScored(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("pixelcnn");
        CliTest.Result t = run("train", "--model", "pixelcnn-s", "--dataset", "fashion", "--limit", "64", "--steps", "6", "--batch", "8",
                "--run", run.toString());
        assertEquals(0, t.exit(), t.err());
        assertTrue(Files.readString(run.resolve("metrics.csv")).startsWith("step,elapsed_s,lr,examples_per_s,bpd"));

        assertEquals(0, run("sample", "--run", run.toString(), "--n", "3", "--temperature", "0.8", "--out", dir.resolve("s.png").toString()).exit());
        CliTest.Result refused = run("sample", "--run", run.toString(), "--temperature", "20", "--out", dir.resolve("s.png").toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("temperature"), refused.err());

        CliTest.Result gif = run("trace", "--run", run.toString(), "--n", "2", "--out", dir.resolve("fill.gif").toString());
        assertEquals(0, gif.exit(), gif.err());
        assertTrue(gif.out().contains("784 steps traced, 200 of them evenly spaced shown"), gif.out());
        CliTest.Result strip = run("trace", "--run", run.toString(), "--n", "2", "--frames", "5", "--out", dir.resolve("fill.png").toString());
        assertEquals(0, strip.exit(), strip.err());

        Path grid = dir.resolve("complete.png");
        CliTest.Result c = run("complete", "--run", run.toString(), "--index", "3", "--n", "3", "--out", grid.toString());
        assertEquals(0, c.exit(), c.err());
        assertEquals(5 * 28 * 6, ImageIO.read(grid.toFile()).getWidth() - 4 * 8, "original, given and three completions, 6x enlarged, 8 px apart");
        CliTest.Result badRows = run("complete", "--run", run.toString(), "--rows", "28", "--out", grid.toString());
        assertEquals(2, badRows.exit());
        assertTrue(badRows.err().contains("--rows must be in 0..27"), badRows.err());

        Path field = dir.resolve("field.png");
        CliTest.Result f = run("field", "--run", run.toString(), "--pixel", "4,4;14,14", "--out", field.toString());
        assertEquals(0, f.exit(), f.err());
        assertTrue(Files.size(field) > 0);
        CliTest.Result outside = run("field", "--run", run.toString(), "--pixel", "28,3", "--out", field.toString());
        assertEquals(2, outside.exit());
        assertTrue(outside.err().contains("ROW in 0..27"), outside.err());

        CliTest.Result e = run("eval", "--run", run.toString(), "--n", "20", "--out", dir.resolve("eval").toString());
        assertEquals(0, e.exit(), e.err());
        var json = Json.MAPPER.readTree(dir.resolve("eval/eval.json").toFile());
        assertEquals("autoregressive", json.get("family").asText());
        double bits = json.get("bits_per_dim").asDouble();
        assertTrue(bits > 0 && bits < 8.5, "bits per dimension of a barely trained model: " + bits);
        assertEquals(784.0, json.get("cost").get("network_evaluations_per_sample").asDouble(), "one network evaluation per pixel");
    }

    @Test
    void aModelThatCannotCompleteSaysWhy(@TempDir Path dir) {
        Path run = dir.resolve("gauss");
        assertEquals(0, run("train", "--model", "pixel-gaussian", "--dataset", "fashion", "--limit", "64", "--steps", "2", "--batch", "16",
                "--run", run.toString()).exit());
        CliTest.Result r = run("complete", "--run", run.toString(), "--out", dir.resolve("c.png").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot complete"), r.err());
    }
}
