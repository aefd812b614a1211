package io.genlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.genlab.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** unet-s-text and dit-s-text through the command line: train on captions, read a prompt's tokens, draw prompts, trace where each word is read. */
class TextCommandsTest {

    @Test
    void unetSTextTrainsOnCaptionsAndDrawsPrompts(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("text");
        CliTest.Result t = run("train", "--model", "unet-s-text", "--dataset", "shapes", "--limit", "64", "--steps", "2", "--batch", "4",
                "--set", "width=8", "--snapshot-every", "0", "--run", run.toString());
        assertEquals(0, t.exit(), t.err());
        assertTrue(t.out().contains("captions of"), t.out());

        CliTest.Result tokens = run("tokens", "A large purple zebra", "--run", run.toString());
        assertEquals(0, tokens.exit(), tokens.err());
        assertTrue(tokens.out().contains("zebra <unk>"), tokens.out());
        assertTrue(tokens.out().contains("unknown to the model: zebra"), tokens.out());

        Path grid = dir.resolve("prompts.png");
        CliTest.Result s = run("sample", "--run", run.toString(), "--prompt", "a large red circle at the left", "--prompt", "a small zebra",
                "--n", "3", "--steps", "2", "--out", grid.toString());
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.err().contains("does not know 'zebra'"), s.err());
        BufferedImage image = ImageIO.read(grid.toFile());
        assertTrue(image.getWidth() > 3 * 96 && image.getHeight() > 2 * 96, "two rows of three: " + image.getWidth() + "x" + image.getHeight());

        Path strip = dir.resolve("words.png");
        CliTest.Result x = run("trace", "--run", run.toString(), "--prompt", "a large red circle", "--cross-attention", "--n", "1",
                "--steps", "3", "--frames", "3", "--out", strip.toString());
        assertEquals(0, x.exit(), x.err());
        assertTrue(ImageIO.read(strip.toFile()).getHeight() > 4 * 112, "a row per word");

        assertUsageError(run("sample", "--run", run.toString(), "--n", "1", "--out", dir.resolve("never.png").toString()), "--prompt");
        assertUsageError(run("sample", "--run", run.toString(), "--prompt", "zebras nearby", "--n", "1", "--steps", "2",
                "--out", dir.resolve("never.png").toString()), "knows none of the words");
        assertUsageError(run("tokens", "a " + "red ".repeat(40), "--run", run.toString()), "at most 32");
        assertFalse(Files.exists(dir.resolve("never.png")));
    }

    @Test
    void ditSTextTrainsOnCaptionsAndShowsWhereEachBlockReadsEachWord(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("dit-text");
        CliTest.Result t = run("train", "--model", "dit-s-text", "--dataset", "shapes", "--limit", "32", "--steps", "2", "--batch", "4",
                "--set", "width=32", "--set", "depth=2", "--snapshot-every", "0", "--run", run.toString());
        assertEquals(0, t.exit(), t.err());
        assertTrue(t.out().contains("captions of"), t.out());

        Path strip = dir.resolve("words.png");
        CliTest.Result x = run("trace", "--run", run.toString(), "--prompt", "a large red circle", "--cross-attention", "--n", "1",
                "--steps", "3", "--frames", "3", "--out", strip.toString());
        assertEquals(0, x.exit(), x.err());
        assertTrue(ImageIO.read(strip.toFile()).getHeight() > 4 * 112, "a row per word");

        CliTest.Result bad = run("train", "--model", "dit-s-text", "--dataset", "shapes", "--limit", "32", "--steps", "1", "--batch", "4",
                "--set", "width=40", "--run", dir.resolve("never").toString());
        assertEquals(2, bad.exit(), "a wrong model option is a wrong argument");
        assertTrue(bad.err().contains("width must be a multiple of 16"), bad.err());
        assertFalse(Files.exists(dir.resolve("never")), "nothing written");
    }

    @Test
    void aClassConditionedModelHasNoPromptToRead(@TempDir Path dir) {
        Path run = dir.resolve("classes");
        assertEquals(0, run("train", "--model", "unet-s", "--dataset", "shapes", "--limit", "16", "--steps", "1", "--batch", "4",
                "--set", "width=8", "--snapshot-every", "0", "--run", run.toString()).exit());
        assertUsageError(run("sample", "--run", run.toString(), "--prompt", "a red circle", "--out", dir.resolve("s.png").toString()),
                "conditioned on classes");
        assertUsageError(run("tokens", "a red circle", "--run", run.toString()), "conditioned on classes");
    }

    private static void assertUsageError(CliTest.Result r, String part) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(part), r.err());
    }
}
