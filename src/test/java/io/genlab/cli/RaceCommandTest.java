package io.genlab.cli;

import io.genlab.eval.KindsData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.genlab.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** {@code genlab race} with tiny unet-s and dcgan-s runs trained for two steps on 8x8 pictures of three kinds. */
class RaceCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void trainTinyRuns() {
        KindsData.writeIdx(dir.resolve("kinds"), 60, 1);
        String spec = "idx:" + dir.resolve("kinds");
        for (List<String> model : List.of(List.of("unet-s", "--set", "timesteps=20"), List.of("dcgan-s"))) {
            String name = model.get(0);
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("train", "--model", name, "--dataset", spec,
                            "--steps", "2", "--batch", "8", "--snapshot-every", "0", "--checkpoint-every", "0", "--run", dir.resolve(name).toString()),
                    model.stream().skip(1)).toArray(String[]::new);
            CliTest.Result r = run(args);
            assertEquals(0, r.exit(), name + ": " + r.err());
        }
    }

    @Test
    void racesTheRunsPrintsTheirTimesAndDrawsTheFigureAndTheGif() throws IOException {
        Path png = dir.resolve("race.png"), gif = dir.resolve("race.gif");
        CliTest.Result r = run("race", "--runs", dir.resolve("unet-s") + "," + dir.resolve("dcgan-s"), "--steps", "2",
                "--out", png.toString(), "--gif", gif.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Race: Every class, seed 1 · diffusion: DDIM, 2 steps, guidance 3", lines.get(0));
        assertTrue(lines.get(1).matches("Lane 1 of 2, unet-s: \\d+\\.\\d+ s · 4 network evaluations \\(.* per evaluation\\)"), lines.get(1));
        assertTrue(lines.get(2).matches("Lane 2 of 2, dcgan-s: \\d+\\.\\d+ s · 1 network evaluation \\(.* per evaluation\\)"), lines.get(2));

        assertEquals(List.of("model", "family", "method", "seconds", "evaluations", "ms/evaluation"), columns(row(lines, "model")));
        List<String> unet = columns(row(lines, "unet-s ")), gan = columns(row(lines, "dcgan-s "));
        assertEquals(List.of("unet-s", "diffusion", "2 denoising steps"), unet.subList(0, 3));
        assertEquals("4", unet.get(4), "2 DDIM steps with guidance 3: two network evaluations each");
        assertEquals(List.of("dcgan-s", "GAN", "one generator pass"), gan.subList(0, 3));
        assertEquals("1", gan.get(4), "the GAN's one pass");
        for (List<String> lane : List.of(unet, gan)) {
            double seconds = Double.parseDouble(lane.get(3)), ms = Double.parseDouble(lane.get(5));
            int evaluations = Integer.parseInt(lane.get(4));
            assertEquals(seconds * 1000 / evaluations, ms, 0.5 / evaluations + 0.006, "seconds are printed to the millisecond: " + lane);
        }
        assertTrue(r.out().contains("Each lane ran alone on this computer"), r.out());
        assertTrue(r.out().contains("of its 3 pictures drawn as one batch"), "every class: one picture of each of the three kinds");
        assertTrue(r.out().contains("wrote " + png.toAbsolutePath()), r.out());
        assertTrue(r.out().contains("wrote " + gif.toAbsolutePath()), r.out());

        BufferedImage still = ImageIO.read(png.toFile());
        assertTrue(still.getWidth() > 2 * 3 * 84 && still.getHeight() > 84, "two lanes of three pictures: " + still.getWidth() + "x" + still.getHeight());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertTrue(reader.getNumImages(true) > 2, "the race, then its end held");
            assertEquals(still.getWidth(), reader.getWidth(0), "the GIF's frames are the figure's size");
            assertEquals(still.getHeight(), reader.getHeight(0));
        }
    }

    @Test
    void oneClassAtGuidanceOneTakesOneEvaluationAStep() {
        CliTest.Result r = run("race", "--runs", dir.resolve("unet-s").toString(), "--class", "2", "--steps", "3", "--guidance", "1",
                "--seed", "4", "--out", dir.resolve("one.png").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Race: 2, seed 4 · diffusion: DDIM, 3 steps, guidance 1\n"), "the kinds' classes are named 0, 1, 2: " + r.out());
        assertEquals("3", columns(row(r.out().lines().toList(), "unet-s ")).get(4));
        assertTrue(r.out().contains("of its one picture"), r.out());
    }

    @Test
    void aMissingRunFolderIsAClearErrorForItsLaneAndTheOthersStillRace() throws IOException {
        Path missing = dir.resolve("no-such-run"), png = dir.resolve("partial.png");
        CliTest.Result r = run("race", "--runs", dir.resolve("dcgan-s") + "," + missing, "--out", png.toString());
        assertEquals(GenLabCli.FAILED, r.exit(), r.out());
        assertTrue(r.err().contains("Lane 2 of 2, no-such-run could not race: " + missing + ": run folder not found"), r.err());
        assertTrue(r.err().contains("error: 1 of 2 lanes could not race (no-such-run; see above)"), r.err());
        assertTrue(r.out().contains("Lane 1 of 2, dcgan-s: "), r.out());
        assertNotNull(ImageIO.read(png.toFile()), "the lanes that raced are drawn, the missing one says why");

        CliTest.Result none = run("race", "--runs", missing.toString(), "--out", dir.resolve("none.png").toString());
        assertEquals(GenLabCli.FAILED, none.exit());
        assertTrue(none.err().contains("no lane can race: " + missing + ": run folder not found"), none.err());
        assertFalse(Files.exists(dir.resolve("none.png")));
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        String runs = dir.resolve("dcgan-s").toString(), out = dir.resolve("bad.png").toString();
        CliTest.Result name = run("race", "--runs", runs, "--class", "Sneaker", "--out", out);
        assertEquals(2, name.exit());
        assertTrue(name.err().contains("--class must be all, a class index 0..2 or a class name (0, 1, 2), got \"Sneaker\""), name.err());
        assertTrue(run("race", "--runs", runs, "--out", dir.resolve("bad.gif").toString()).err().contains("--out must end in .png"));
        CliTest.Result gif = run("race", "--runs", runs, "--out", out, "--gif", dir.resolve("bad.png").toString());
        assertEquals(2, gif.exit());
        assertTrue(gif.err().contains("--gif must end in .gif"), gif.err());
        CliTest.Result speed = run("race", "--runs", runs, "--out", out, "--speed", "2");
        assertEquals(2, speed.exit());
        assertTrue(speed.err().contains("speed must be 1, 0.5, 0.1 or 0.01, got \"2\""), speed.err());
        CliTest.Result steps = run("race", "--runs", runs, "--out", out, "--steps", "0");
        assertEquals(2, steps.exit());
        assertTrue(steps.err().contains("--steps must be 1 to 1000, got 0"), steps.err());
        assertFalse(Files.exists(dir.resolve("bad.png")), "nothing raced");
    }

    /** The line of the printed table that starts with {@code start}. */
    private static String row(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no row " + start + " in " + lines));
    }

    /** A table row's cells: separated by two spaces or more. */
    private static List<String> columns(String row) {
        return Arrays.stream(row.trim().split("\\s{2,}")).toList();
    }
}
