package io.genlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CliTest {
    /** Exit code and what a command printed. */
    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        CommandLine cl = GenLabCli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        List<List<String>> commands = List.of(List.of(), List.of("info"), List.of("datasets"), List.of("dataset"),
                List.of("dataset", "preview"), List.of("models"), List.of("train"), List.of("resume"), List.of("sample"), List.of("trace"), List.of("complete"), List.of("field"), List.of("noise"), List.of("bench"), List.of("export"), List.of("features"), List.of("pretrain"),
                List.of("judge"), List.of("judge", "train"), List.of("judge", "eval"), List.of("eval"), List.of("compare"), List.of("race"));
        for (List<String> c : commands) {
            String[] args = java.util.stream.Stream.concat(c.stream(), java.util.stream.Stream.of("--help")).toArray(String[]::new);
            Result r = run(args);
            assertEquals(0, r.exit(), c + ": " + r.err());
            assertTrue(r.out().contains("Usage: genlab"), c + ": " + r.out());
        }
    }

    @Test
    void infoNamesTheBackendAndTheDatasets() {
        Result r = run("info");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("backend       ND4J CPU"), r.out());
        assertTrue(r.out().contains("fashion"), r.out());
        assertTrue(r.out().contains("pixel-gaussian"), r.out());
    }

    @Test
    void datasetsListsTheBundledSubset() {
        Result r = run("datasets");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("bundled subset"), r.out());
        assertTrue(r.out().contains("toy2d:ring"), r.out());
    }

    @Test
    void previewWritesAGridForImagesAndAScatterForPoints(@TempDir Path dir) throws IOException {
        for (String name : List.of("fashion", "shapes", "toy2d:spiral")) {
            Path out = dir.resolve(name.replace(':', '-') + ".png");
            Result r = run("dataset", "preview", "--name", name, "--n", "8", "--out", out.toString());
            assertEquals(0, r.exit(), name + ": " + r.err());
            BufferedImage img = ImageIO.read(out.toFile());
            assertNotNull(img, name);
            assertTrue(img.getWidth() > 200 && img.getHeight() > 150, name + " " + img.getWidth() + "x" + img.getHeight());
        }
    }

    @Test
    void benchPrintsOneJsonObjectPerModel() throws IOException {
        Result r = run("bench", "--model", "pixel-gaussian", "--steps", "1", "--warmup", "0", "--json");
        assertEquals(0, r.exit(), r.err());
        var json = io.genlab.train.Json.MAPPER.readTree(r.out().trim());
        assertEquals("pixel-gaussian", json.get("model").asText());
        assertEquals(2 * 10 * 784, json.get("params").asLong());
        assertTrue(json.get("train_ms_per_step").asDouble() > 0);
        assertTrue(json.get("sample_ms").asDouble() > 0);
        assertTrue(json.has("threads") && json.has("native_build"));
        assertTrue(json.get("resident_mb_after_warmup").asLong() > 0 && json.get("resident_mb_after_steps").asLong() > 0, r.out());
        assertEquals(2, run("bench").exit(), "--model or --all is required");
        Result points = run("bench", "--model", "diffusion-2d");
        assertEquals(2, points.exit());
        assertTrue(points.err().contains("does not take 28x28x1 images"), points.err());
    }

    @Test
    void benchProfileListsTheOpsOfATrainingStepAndASamplingRun() {
        Result r = run("bench", "--model", "pixel-gaussian", "--profile", "--steps", "2", "--warmup", "1");
        assertEquals(0, r.exit(), r.err());
        String[] parts = r.out().strip().split("\\R\\R");
        assertEquals(2, parts.length, r.out());
        String[] lines = parts[0].split("\\R");
        assertTrue(lines[0].startsWith("pixel-gaussian training step, batch 64: "), lines[0]);
        assertTrue(lines[0].contains("over 2 steps"), lines[0]);
        assertTrue(lines[1].startsWith("op "), lines[1]);
        assertTrue(lines.length > 3, "several op types: " + r.out());
        double previous = Double.MAX_VALUE;
        for (int i = 2; i < lines.length; i++) {                       // op, ms/step, share, calls/step, MB/step; most time first
            String[] cols = lines[i].trim().split("\\s+");
            assertEquals(5, cols.length, lines[i]);
            double ms = Double.parseDouble(cols[1]);
            assertTrue(ms <= previous, r.out());
            previous = ms;
            assertTrue(Long.parseLong(cols[3]) >= 1, lines[i]);
        }
        assertTrue(parts[1].startsWith("pixel-gaussian sampling run (the protocol's): "), parts[1]);
        assertTrue(parts[1].contains("over 1 runs"), parts[1]);
        assertEquals(2, run("bench", "--model", "pixel-gaussian", "--profile", "--json").exit());
    }

    @Test
    void noiseWritesTheForwardProcessStrip(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("noise.png");
        Result r = run("noise", "--dataset", "fashion", "--index", "3", "--schedule", "cosine", "--out", png.toString());
        assertEquals(0, r.exit(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() > 800, "8 columns of x_t and histograms: " + img.getWidth());
        assertEquals(2, run("noise", "--schedule", "quadratic", "--out", png.toString()).exit());
        assertEquals(2, run("noise", "--at", "1000", "--out", png.toString()).exit(), "t must be below T");
    }

    @Test
    void wrongArgumentsAreUsageErrors(@TempDir Path dir) {
        Result unknownDataset = run("dataset", "preview", "--name", "mnist-fashion", "--out", dir.resolve("x.png").toString());
        assertEquals(2, unknownDataset.exit());
        assertTrue(unknownDataset.err().contains("unknown dataset 'mnist-fashion'"), unknownDataset.err());
        assertEquals(2, run("frobnicate").exit());
        assertEquals(2, run("train", "--model", "pixel-gaussian").exit(), "--dataset missing");
        Result unknownModel = run("train", "--model", "unet-xxl", "--dataset", "fashion", "--steps", "1");
        assertEquals(2, unknownModel.exit());
        assertTrue(unknownModel.err().contains("known models"), unknownModel.err());
        Result noLimit = run("train", "--model", "pixel-gaussian", "--dataset", "fashion");
        assertEquals(2, noLimit.exit());
        assertTrue(noLimit.err().contains("--steps"), noLimit.err());
        assertEquals(2, run("sample", "--out", "x.png").exit(), "--run or --checkpoint missing");
    }

    @Test
    void trainSampleAndResumeARun(@TempDir Path dir) throws IOException {
        Path runDir = dir.resolve("run");
        Result train = run("train", "--model", "pixel-gaussian", "--dataset", "fashion", "--limit", "128", "--batch", "32",
                "--steps", "6", "--snapshot-every", "3", "--checkpoint-every", "4", "--run", runDir.toString());
        assertEquals(0, train.exit(), train.err());
        assertTrue(train.out().contains("finished at step 6 (completed)"), train.out());
        assertTrue(Files.exists(runDir.resolve("snapshots/step-00000003.png")));
        assertTrue(Files.isDirectory(runDir.resolve("checkpoints/step-00000006")));
        Result twice = run("train", "--model", "pixel-gaussian", "--dataset", "fashion", "--steps", "6", "--run", runDir.toString());
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("already holds a run") && twice.err().contains("genlab resume --run"), twice.err());

        Path png = dir.resolve("samples.png");
        Result sample = run("sample", "--run", runDir.toString(), "--n", "4", "--class", "1", "--out", png.toString());
        assertEquals(0, sample.exit(), sample.err());
        assertNotNull(ImageIO.read(png.toFile()));
        Result badClass = run("sample", "--run", runDir.toString(), "--class", "10", "--out", png.toString());
        assertEquals(2, badClass.exit());
        assertTrue(badClass.err().contains("--class 10 does not exist"), badClass.err());

        Path strip = dir.resolve("trace.png"), gif = dir.resolve("trace.gif");
        assertEquals(0, run("trace", "--run", runDir.toString(), "--show", "x", "--out", strip.toString()).exit());
        assertEquals(0, run("trace", "--run", runDir.toString(), "--show", "x", "--out", gif.toString()).exit());
        assertNotNull(ImageIO.read(strip.toFile()));
        assertEquals(2, countGifFrames(gif), "pixel-gaussian traces its mean and its sample");
        Result rejected = run("sample", "--run", runDir.toString(), "--steps", "50", "--out", png.toString());
        assertEquals(2, rejected.exit(), "pixel-gaussian has no sampler steps");
        assertTrue(rejected.err().contains("no sampling settings"), rejected.err());

        Result already = run("resume", "--run", runDir.toString());
        assertEquals(2, already.exit());
        assertTrue(already.err().contains("already at step 6"), already.err());
        Result resume = run("resume", "--run", runDir.toString(), "--steps", "9");
        assertEquals(0, resume.exit(), resume.err());
        assertTrue(resume.out().contains("finished at step 9"), resume.out());
        assertEquals(10, Files.readAllLines(runDir.resolve("metrics.csv")).size());
    }

    static int countGifFrames(Path gif) throws IOException {
        var reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            return reader.getNumImages(true);
        }
    }

    @Test
    void aDamagedCheckpointIsAClearErrorAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path runDir = dir.resolve("run");
        assertEquals(0, run("train", "--model", "pixel-gaussian", "--dataset", "toy2d:moons", "--limit", "256",
                "--batch", "32", "--steps", "2", "--snapshot-every", "0", "--run", runDir.toString()).exit());
        Path state = runDir.resolve("checkpoints/step-00000002/state.bin");
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length / 2] ^= 1;
        Files.write(state, bytes);
        Path png = dir.resolve("never.png");

        Result r = run("sample", "--run", runDir.toString(), "--out", png.toString());

        assertEquals(1, r.exit());
        assertTrue(r.err().contains(state.toString()) && r.err().contains("damaged"), r.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void anExportedRunSamplesLikeTheRunAndResumesOnlyWithAFreshOptimiser(@TempDir Path dir) throws IOException {
        Path runDir = dir.resolve("run"), copy = dir.resolve("shared");
        assertEquals(0, run("train", "--model", "diffusion-2d", "--dataset", "toy2d:ring", "--limit", "256", "--batch", "32",
                "--steps", "3", "--snapshot-every", "3", "--set", "timesteps=20", "--run", runDir.toString()).exit());

        Result export = run("export", "--run", runDir.toString(), "--out", copy.toString());

        assertEquals(0, export.exit(), export.err());
        Path full = runDir.resolve("checkpoints/step-00000003/state.bin");
        Path slim = copy.resolve("checkpoints/step-00000003/state.bin");
        assertTrue(Files.size(slim) < Files.size(full) / 2, "no optimiser state: " + Files.size(slim) + " vs " + Files.size(full));
        assertTrue(Files.exists(copy.resolve("snapshots/step-00000003.png")));
        assertEquals(Files.readAllLines(runDir.resolve("metrics.csv")), Files.readAllLines(copy.resolve("metrics.csv")));

        Path a = dir.resolve("a.png"), b = dir.resolve("b.png");
        assertEquals(0, run("sample", "--run", runDir.toString(), "--n", "64", "--seed", "4", "--out", a.toString()).exit());
        assertEquals(0, run("sample", "--run", copy.toString(), "--n", "64", "--seed", "4", "--out", b.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "the copy samples exactly like the run");

        Result resume = run("resume", "--run", copy.toString(), "--steps", "5");
        assertEquals(1, resume.exit());
        assertTrue(resume.err().contains("sampling weights") && resume.err().contains("--fresh-optimiser"), resume.err());
        Result fresh = run("resume", "--run", copy.toString(), "--steps", "5", "--fresh-optimiser");
        assertEquals(0, fresh.exit(), fresh.err());
        assertTrue(fresh.out().contains("with a fresh optimiser") && fresh.out().contains("finished at step 5"), fresh.out());
        assertEquals(6, Files.readAllLines(copy.resolve("metrics.csv")).size(), "steps 4 and 5 follow the copied 1 to 3");
        Result again = run("export", "--run", runDir.toString(), "--out", copy.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("not empty"), again.err());
    }

    @Test
    void featuresDrawsOneLayerOrEveryLayerOfTheShippedModel(@TempDir Path dir) throws IOException {
        Path layer = dir.resolve("layer.png"), all = dir.resolve("all.png");
        Result one = run("features", "--run", "lessons/models/unet-s-fashion", "--index", "3", "--layer", "enc1.0/out",
                "--out", layer.toString());
        assertEquals(0, one.exit(), one.err());
        assertEquals(0, run("features", "--run", "lessons/models/unet-s-fashion", "--out", all.toString()).exit());
        BufferedImage grid = ImageIO.read(layer.toFile()), strip = ImageIO.read(all.toFile());
        assertTrue(grid.getHeight() > 200 && strip.getWidth() > strip.getHeight() * 3, "a channel grid and a wide strip");
        Result bad = run("features", "--run", "lessons/models/unet-s-fashion", "--layer", "enc9", "--out", layer.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("enc1.0/out"), "lists the layers: " + bad.err());
    }

    @Test
    void pretrainRetrainsAShippedModelFromItsConfigAndWritesItsCopy(@TempDir Path dir) throws IOException {
        Result list = run("pretrain");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("unet-s-fashion") && list.out().contains("75 minutes"), list.out());

        Path copy = dir.resolve("copy");
        Result r = run("pretrain", "unet-s-fashion", "--steps", "2", "--run", dir.resolve("run").toString(), "--out", copy.toString());

        assertEquals(0, r.exit(), r.err());
        io.genlab.train.RunConfig shipped = io.genlab.train.RunFolder.open(Path.of("lessons/models/unet-s-fashion")).config();
        assertEquals(shipped.withLimits(2, shipped.minutes()), io.genlab.train.RunFolder.open(dir.resolve("run")).config(),
                "the shipped config, with the new limit");
        assertTrue(Files.isDirectory(copy.resolve("checkpoints/step-00000002")));
        assertEquals(0, run("sample", "--run", copy.toString(), "--n", "2", "--steps", "2", "--out", dir.resolve("s.png").toString()).exit());
        assertEquals(2, run("pretrain", "no-such-model").exit());
    }

    @Test
    void pretrainWithoutOutReplacesTheShippedCopyWholeAndLeavesNothingElse(@TempDir Path home) throws IOException {
        Path models = home.resolve("lessons/models");
        Path shipped = models.resolve("tiny-2d");
        assertEquals(0, run("train", "--model", "diffusion-2d", "--dataset", "toy2d:ring", "--limit", "256", "--batch", "16",
                "--steps", "2", "--snapshot-every", "0", "--run", home.resolve("first").toString()).exit());
        assertEquals(0, run("export", "--run", home.resolve("first").toString(), "--out", shipped.toString()).exit());
        Files.writeString(shipped.resolve("README.md"), "# tiny-2d\n");
        String before = System.getProperty("genlab.home");
        System.setProperty("genlab.home", home.toString());
        try {
            Result r = run("pretrain", "tiny-2d", "--steps", "3", "--run", home.resolve("again").toString());
            assertEquals(0, r.exit(), r.err());
        } finally {
            if (before == null) System.clearProperty("genlab.home");
            else System.setProperty("genlab.home", before);
        }
        assertTrue(Files.isDirectory(shipped.resolve("checkpoints/step-00000003")), "the new weights");
        assertFalse(Files.exists(shipped.resolve("checkpoints/step-00000002")), "the old ones are gone");
        assertEquals("# tiny-2d\n", Files.readString(shipped.resolve("README.md")), "the model's own README stays");
        try (var left = Files.list(models)) {
            assertEquals(List.of(shipped), left.toList(), "no temporary folders left");
        }
    }
}
