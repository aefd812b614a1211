package io.genlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.genlab.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** {@code genlab playground}: the GAN view's playground from the command line. */
class PlaygroundCommandTest {

    @Test
    void theModeCollapsePresetDrawsItsPlaygroundAndSaysWhichModesAreMissing(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("collapse.png");
        CliTest.Result r = run("playground", "--preset", "Mode collapse", "--steps", "300", "--out", png.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("D 1,500 updates, G 300"), "k = 5 discriminator updates per step: " + r.out());
        assertTrue(r.out().contains("not every mode covered"), r.out());
        assertEquals(640, ImageIO.read(png.toFile()).getWidth());

        Path gif = dir.resolve("run.gif");
        CliTest.Result g = run("playground", "--data", "toy2d:moons", "--steps", "20", "--every", "5", "--set", "width=16", "--out", gif.toString());
        assertEquals(0, g.exit(), g.err());
        assertFalse(g.out().contains("modes"), "only the ring has modes to count: " + g.out());
        assertTrue(Files.size(gif) > 0);
    }

    @Test
    void wrongArgumentsAreUsageErrors(@TempDir Path dir) {
        String out = dir.resolve("p.png").toString();
        CliTest.Result preset = run("playground", "--preset", "Perfect", "--out", out);
        assertEquals(2, preset.exit());
        assertTrue(preset.err().contains("Balanced, Mode collapse, Vanishing gradient"), preset.err());
        assertEquals(2, run("playground", "--data", "fashion", "--out", out).exit());
        assertEquals(2, run("playground", "--set", "loss=wasserstein", "--out", out).exit());
        assertEquals(2, run("playground", "--steps", "0", "--out", out).exit());
        assertEquals(2, run("playground", "--out", dir.resolve("p.jpg").toString()).exit());
        assertFalse(Files.exists(dir.resolve("p.png")), "nothing is written on a usage error");
    }
}
