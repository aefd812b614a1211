package io.genlab.cli;

import io.genlab.data.IdxReader;
import io.genlab.eval.KindsData;
import io.genlab.data.ImageDataset;
import io.genlab.train.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.genlab.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** judge, eval and sample --format on a small labelled IDX dataset: three easy kinds of 8x8 images. */
class EvalCommandsTest {
    @TempDir
    static Path dir;
    static Path data, judge, runDir;

    @BeforeAll
    static void trainAJudgeAndAModel() {
        data = dir.resolve("kinds");
        KindsData.writeIdx(data.resolve("train"), 600, 1);
        String spec = "idx:" + data.resolve("train");
        judge = dir.resolve("judge");
        CliTest.Result j = run("judge", "train", "--dataset", spec, "--out", judge.toString(), "--epochs", "3", "--batch", "32", "--lr", "3e-3");
        assertEquals(0, j.exit(), j.err());
        runDir = dir.resolve("run");
        CliTest.Result t = run("train", "--model", "pixel-gaussian", "--dataset", spec, "--steps", "200", "--run", runDir.toString(),
                "--snapshot-every", "0");
        assertEquals(0, t.exit(), t.err());
    }

    @Test
    void judgeTrainSaysWhatItLearntAndEvalShowsBothJudges() {
        CliTest.Result r = run("judge", "eval", "--judge", judge.toString(), "--tribuo");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("GenLab CNN judge: accuracy 1.0000"), r.out());
        assertTrue(r.out().contains("Tribuo linear SGD: accuracy"), r.out());
        assertTrue(r.out().contains("testing on 100 images"), "the last sixth is held out: " + r.out());
        assertTrue(r.out().contains("--epochs 3"), "the card names the command: " + r.out());
        assertEquals(1, run("judge", "eval", "--judge", dir.resolve("nothing").toString()).exit());
        assertEquals(2, run("judge", "train", "--dataset", "fashion", "--out", dir.resolve("x").toString(), "--epochs", "0").exit());
    }

    @Test
    void evalPrintsTheMetricsAndWritesThemAsJsonWithItsPictures() throws IOException {
        Path out = dir.resolve("eval");
        CliTest.Result r = run("eval", "--run", runDir.toString(), "--judge", judge.toString(), "--n", "40", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("conditional accuracy"), r.out());
        assertTrue(r.out().contains("real against real"), r.out());
        assertTrue(r.out().contains("bits per dimension"), r.out());
        var json = Json.MAPPER.readTree(out.resolve("eval.json").toFile());
        for (String key : List.of("conditional_accuracy", "coverage_entropy", "fid", "fid_floor", "precision", "recall",
                "memorised_share", "bits_per_dim", "cost")) {
            assertTrue(json.has(key), key + " in " + json);
        }
        assertEquals(40, json.get("samples").asInt());
        assertTrue(Files.size(out.resolve("samples.png")) > 0 && Files.size(out.resolve("memorisation.png")) > 0);
        CliTest.Result again = run("eval", "--run", runDir.toString(), "--judge", judge.toString(), "--n", "40", "--out", dir.resolve("eval2").toString());
        assertEquals(0, again.exit(), again.err());
        var second = Json.MAPPER.readTree(dir.resolve("eval2/eval.json").toFile());
        assertEquals(json.get("fid"), second.get("fid"), "the same seed gives the same numbers");
        assertEquals(2, run("eval", "--run", runDir.toString(), "--judge", judge.toString(), "--n", "5").exit());
        CliTest.Result tooMany = run("eval", "--run", runDir.toString(), "--judge", judge.toString(), "--n", "400");
        assertEquals(2, tooMany.exit());
        assertTrue(tooMany.err().contains("unseen real images"), tooMany.err());
    }

    @Test
    void sampleWritesIdxThatReadsBackAsADatasetAndNpyThatNumpyReads() throws IOException {
        Path idx = dir.resolve("samples-idx");
        CliTest.Result r = run("sample", "--run", runDir.toString(), "--n", "9", "--format", "idx", "--out", idx.toString());
        assertEquals(0, r.exit(), r.err());
        ImageDataset back = io.genlab.data.IdxPair.find(idx).load("samples");
        assertEquals(9, back.size());
        assertEquals(List.of(0, 1, 2, 0, 1, 2, 0, 1, 2), java.util.stream.IntStream.range(0, 9).map(back::label).boxed().toList());
        assertEquals(8, IdxReader.readHeader(idx.resolve(SampleData.IDX_IMAGES)).dimensions()[1]);

        Path npy = dir.resolve("samples-npy");
        assertEquals(0, run("sample", "--run", runDir.toString(), "--n", "5", "--format", "npy", "--out", npy.toString()).exit());
        byte[] bytes = Files.readAllBytes(npy.resolve(SampleData.NPY_SAMPLES));
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        assertEquals(0, (10 + headerLength) % 64, "the data starts on a 64-byte boundary");
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'descr': '<f4'") && header.contains("'shape': (5, 1, 8, 8)"), header);
        assertEquals(10 + headerLength + 5 * 64 * 4, bytes.length);
        float first = ByteBuffer.wrap(bytes, 10 + headerLength, 4).order(ByteOrder.LITTLE_ENDIAN).getFloat();
        assertTrue(first >= -1 && first <= 1, "samples in [-1, 1]: " + first);
        String labels = new String(Files.readAllBytes(npy.resolve(SampleData.NPY_LABELS)), StandardCharsets.US_ASCII);
        assertTrue(labels.contains("'descr': '<i4'") && labels.contains("'shape': (5,)"), labels);
        assertEquals(2, run("sample", "--run", runDir.toString(), "--format", "jpeg", "--out", npy.toString()).exit());
    }
}
