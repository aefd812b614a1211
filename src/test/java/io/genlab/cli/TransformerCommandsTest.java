package io.genlab.cli;

import io.genlab.train.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static io.genlab.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** dit-s through the command line: train, sample, trace its attention and score it. */
class TransformerCommandsTest {

    @Test
    void ditSTrainsSamplesTracesItsAttentionAndIsScored(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("dit");
        CliTest.Result t = run("train", "--model", "dit-s", "--dataset", "fashion", "--limit", "64", "--steps", "3", "--batch", "8",
                "--run", run.toString());
        assertEquals(0, t.exit(), t.err());
        assertEquals(0, run("sample", "--run", run.toString(), "--n", "2", "--steps", "4", "--out", dir.resolve("s.png").toString()).exit());

        Path strip = dir.resolve("maps.png");
        CliTest.Result png = run("trace", "--run", run.toString(), "--attention", "--n", "2", "--steps", "6", "--frames", "3",
                "--query", "1,5", "--out", strip.toString());
        assertEquals(0, png.exit(), png.err());
        BufferedImage image = ImageIO.read(strip.toFile());
        assertTrue(image.getHeight() > 6 * 112 && image.getWidth() > 3 * 112, "six layers of three 112-pixel maps: " + image.getWidth() + "x" + image.getHeight());

        Path gif = dir.resolve("maps.gif");
        CliTest.Result anim = run("trace", "--run", run.toString(), "--attention", "--n", "1", "--steps", "5", "--query", "all",
                "--head", "3", "--out", gif.toString());
        assertEquals(0, anim.exit(), anim.err());
        assertEquals(5, CliTest.countGifFrames(gif), "every step of a short run");

        for (String[] bad : new String[][]{{"--query", "7,0"}, {"--query", "middle"}, {"--head", "4"}, {"--sample", "2"}}) {
            CliTest.Result r = run("trace", "--run", run.toString(), "--attention", "--n", "2", "--steps", "2", bad[0], bad[1],
                    "--out", dir.resolve("never.png").toString());
            assertEquals(2, r.exit(), String.join(" ", bad));
            assertTrue(r.err().contains(bad[0] + " must be"), r.err());
        }

        CliTest.Result e = run("eval", "--run", run.toString(), "--n", "20", "--steps", "4", "--out", dir.resolve("eval").toString());
        assertEquals(0, e.exit(), e.err());
        var json = Json.MAPPER.readTree(dir.resolve("eval/eval.json").toFile());
        assertEquals("transformer", json.get("family").asText());
        assertEquals(1_844_496, json.get("cost").get("parameters").asLong());
    }
}
