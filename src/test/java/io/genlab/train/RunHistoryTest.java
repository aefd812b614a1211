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
    private static final ModelRegistry REGISTRY = new ModelRegistry(List.of(ScriptedModel.provider()));

    private static RunFolder trained(Path dir, long steps) throws IOException {
        RunFolder run = RunFolder.create(dir, TestData.config(steps, 2, 0));
        new Trainer(new ScriptedModel(SHAPE, 0), TrainingData.of(TestData.tiny(8, 1), 4, 1), run, new TrainingControl(), 0, 0, null).run();
        return run;
    }

    @Test
    void aTrainedRunReadsBackWithMetricsSnapshotsAndCheckpoint(@TempDir Path dir) throws IOException {
        trained(dir.resolve("run"), 5);
        RunHistory h = RunHistory.read(dir.resolve("run"), REGISTRY);
        assertEquals(5, h.metrics().size());
        assertEquals(5, h.lastStep());
        assertEquals(List.of(0L, 2L, 4L), h.snapshots().stream().map(Snapshots.Saved::step).toList());
        assertEquals(5L, h.checkpointStep().orElseThrow());
        assertEquals(SHAPE, h.shape(), "from the checkpoint");
        assertTrue(h.canContinue(), h.cannotContinue().toString());
    }

    @Test
    void aRunWithoutCheckpointGuessesItsShapeFromTheSnapshots(@TempDir Path dir) throws IOException {
        RunFolder run = RunFolder.create(dir.resolve("run"), TestData.config(5, 2, 0));
        Snapshots.write(Snapshots.fileFor(run.snapshotsDir(), 0), new io.genlab.data.Tensor(new float[2 * 3 * 8 * 8], new int[]{2, 3, 8, 8}),
                new int[]{0, 0});
        RunHistory h = RunHistory.read(run.dir(), REGISTRY);
        assertTrue(h.checkpointStep().isEmpty());
        assertEquals("it has no checkpoint to continue from", h.cannotContinue().orElseThrow());
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
        RunHistory h = RunHistory.read(copy.dir(), REGISTRY);
        assertEquals(4L, h.checkpointStep().orElseThrow());
        assertEquals(4, h.metrics().size());
        IOException again = assertThrows(IOException.class, () -> run.copyTo(dir.resolve("copy")));
        assertTrue(again.getMessage().contains("not empty"), again.getMessage());
        assertThrows(IOException.class, () -> run.copyTo(run.dir().resolve("inner")));
    }

    @Test
    void aShippedCopyWithSamplingWeightsOnlyCannotContinue(@TempDir Path dir) throws IOException {
        RunFolder run = trained(dir.resolve("run"), 4);
        RunExport.samplingCopy(run, run.latestCheckpoint().orElseThrow(), dir.resolve("shipped"), REGISTRY);
        RunHistory shipped = RunHistory.read(dir.resolve("shipped"), REGISTRY);
        assertEquals(4L, shipped.checkpointStep().orElseThrow());
        assertFalse(shipped.canContinue());
        assertTrue(shipped.cannotContinue().orElseThrow().contains("shipped model"), shipped.cannotContinue().toString());
        assertThrows(ModelRegistry.SamplingWeightsOnly.class,
                () -> REGISTRY.loadForTraining(Checkpoints.read(shipped.run().latestCheckpoint().orElseThrow())),
                "the history says what loading for training finds");

        RunHistory unknown = RunHistory.read(run.dir(), new ModelRegistry(List.of()));
        assertEquals("its model, scripted, is not part of this GenLab", unknown.cannotContinue().orElseThrow());
    }
}
