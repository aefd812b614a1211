package io.genlab.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RunHistoryTest {
    private static final DataShape SHAPE = DataShape.images(1, 4, 4, List.of("a", "b"));

    private static RunFolder trained(Path dir, long steps) throws IOException {
        RunFolder run = RunFolder.create(dir, TestData.config(steps, 2, 0));
        new Trainer(new ScriptedModel(SHAPE, 0), TrainingData.of(TestData.tiny(8, 1), 4, 1), run, new TrainingControl(), 0, 0, null).run();
        return run;
    }

    @Test
    void aTrainedRunReadsBackWithMetricsSnapshotsAndCheckpoint(@TempDir Path dir) throws IOException {
        trained(dir.resolve("run"), 5);
        RunHistory h = RunHistory.read(dir.resolve("run"));
        assertEquals(5, h.metrics().size());
        assertEquals(5, h.lastStep());
        assertEquals(List.of(0L, 2L, 4L), h.snapshots().stream().map(Snapshots.Saved::step).toList());
        assertEquals(5L, h.checkpointStep().orElseThrow());
        assertEquals(SHAPE, h.shape(), "from the checkpoint");
    }

    @Test
    void aRunWithoutCheckpointGuessesItsShapeFromTheSnapshots(@TempDir Path dir) throws IOException {
        RunFolder run = RunFolder.create(dir.resolve("run"), TestData.config(5, 2, 0));
        Snapshots.write(Snapshots.fileFor(run.snapshotsDir(), 0), new io.genlab.data.Tensor(new float[2 * 3 * 8 * 8], new int[]{2, 3, 8, 8}),
                new int[]{0, 0});
        RunHistory h = RunHistory.read(run.dir());
        assertTrue(h.checkpointStep().isEmpty());
        assertEquals(0, h.lastStep());
        assertEquals(3, h.shape().channels());
        assertEquals(8, h.shape().height());
    }

    @Test
    void aCopyIsARunOfItsOwnWithoutUnfinishedWrites(@TempDir Path dir) throws IOException {
        RunFolder run = trained(dir.resolve("run"), 4);
        Files.createDirectories(run.checkpointsDir().resolve(".writing-123"));
        Files.writeString(run.checkpointsDir().resolve(".writing-123/state.bin"), "half");
        RunFolder copy = run.copyTo(dir.resolve("copy"));
        assertEquals(run.config(), copy.config());
        assertFalse(Files.exists(copy.checkpointsDir().resolve(".writing-123")));
        RunHistory h = RunHistory.read(copy.dir());
        assertEquals(4L, h.checkpointStep().orElseThrow());
        assertEquals(4, h.metrics().size());
        IOException again = assertThrows(IOException.class, () -> run.copyTo(dir.resolve("copy")));
        assertTrue(again.getMessage().contains("not empty"), again.getMessage());
        assertThrows(IOException.class, () -> run.copyTo(run.dir().resolve("inner")));
    }
}
