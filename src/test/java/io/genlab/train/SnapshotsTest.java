package io.genlab.train;

import io.genlab.data.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class SnapshotsTest {

    @Test
    void writtenSnapshotsComeBackInStepOrderWithTheirLabels(@TempDir Path dir) throws IOException {
        Tensor samples = new Tensor(new float[]{0.5f, -0.5f, 1, -1, 0.25f, 0}, new int[]{3, 2});
        Snapshots.write(Snapshots.fileFor(dir, 120), samples, new int[]{2, 0, 1});
        Snapshots.write(Snapshots.fileFor(dir, 5), samples, new int[]{0, 0, 0});
        Files.writeString(dir.resolve("step-00000005.png"), "not a snapshot");
        Files.writeString(dir.resolve("notes.txt"), "x");

        List<Path> files = Snapshots.list(dir);
        assertEquals(List.of(5L, 120L), files.stream().map(Snapshots::stepOf).toList());
        Snapshots.Saved s = Snapshots.read(files.get(1));
        assertEquals(120, s.step());
        assertArrayEquals(new int[]{2, 0, 1}, s.labels());
        assertArrayEquals(samples.data(), s.samples().data());
        assertArrayEquals(new int[]{3, 2}, s.samples().shape());
    }

    @Test
    void theTrainersSnapshotFilesReadBack(@TempDir Path dir) throws Exception {
        RunFolder run = RunFolder.create(dir.resolve("run"), TestData.config(4, 2, 0));
        new Trainer(new ScriptedModel(DataShape.images(1, 4, 4, List.of("a", "b")), 0),
                TrainingData.of(TestData.tiny(8, 1), 4, 1), run, new TrainingControl(), 0, 0, null).run();
        List<Path> files = Snapshots.list(run.snapshotsDir());
        assertEquals(List.of(0L, 2L, 4L), files.stream().map(Snapshots::stepOf).toList());
        Snapshots.Saved s = Snapshots.read(files.get(2));
        assertArrayEquals(new int[]{4, 1, 4, 4}, s.samples().shape());
        assertArrayEquals(new int[]{0, 1, 0, 1}, s.labels(), "snapshot classes cycle");
    }

    @Test
    void aFileThatIsNoSnapshotIsAClearError(@TempDir Path dir) throws IOException {
        Path noSamples = dir.resolve("step-00000001.bin");
        TensorArchive.write(noSamples, Map.of("w", new Tensor(new float[]{1}, new int[]{1})));
        assertTrue(assertThrows(IOException.class, () -> Snapshots.read(noSamples)).getMessage().contains("not a snapshot"));

        Path wrongLabels = dir.resolve("step-00000002.bin");
        TensorArchive.write(wrongLabels, Map.of("samples", new Tensor(new float[4], new int[]{2, 2}),
                "labels", new Tensor(new float[3], new int[]{3})));
        assertTrue(assertThrows(IOException.class, () -> Snapshots.read(wrongLabels)).getMessage().contains("3 labels for 2 samples"));

        Path damaged = dir.resolve("step-00000003.bin");
        Files.write(damaged, new byte[]{1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> Snapshots.read(damaged));
        assertTrue(e.getMessage().contains(damaged.toString()), e.getMessage());
    }
}
