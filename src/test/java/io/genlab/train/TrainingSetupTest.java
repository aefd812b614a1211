package io.genlab.train;

import io.genlab.data.DatasetLocations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.*;

class TrainingSetupTest {
    private static final ModelRegistry REGISTRY = ModelRegistry.discover();

    private static RunConfig pointsConfig(long steps) {
        return RunConfig.defaults("pixel-gaussian", "toy2d:moons", steps, 0).withData("toy2d:moons", 64, 16)
                .withSchedule(0, 0, 4);
    }

    @Test
    void aNewRunTrainsAndThenContinuesToAHigherLimit(@TempDir Path dir) throws IOException {
        DatasetLocations where = DatasetLocations.of(dir);
        Path runDir = dir.resolve("run");
        TrainingSetup.Ready ready = TrainingSetup.newRun(REGISTRY, pointsConfig(3), runDir, where, new TrainingControl());
        assertTrue(RunFolder.isRun(runDir));
        assertInstanceOf(TrainingEvent.Finished.class, ready.trainer().run());

        IllegalArgumentException done = assertThrows(IllegalArgumentException.class, () -> TrainingSetup.continuing(runDir, null, null));
        assertTrue(done.getMessage().contains("already at step 3"), done.getMessage());

        TrainingSetup.Continuation c = TrainingSetup.continuing(runDir, 5L, null);
        assertEquals(3, c.step());
        TrainingSetup.Ready more = c.start(REGISTRY, where, new TrainingControl());
        assertEquals(5, RunFolder.open(runDir).config().steps(), "the new limit is saved with the run");
        TrainingEvent.Finished end = assertInstanceOf(TrainingEvent.Finished.class, more.trainer().run());
        assertEquals(5, end.step());
    }

    @Test
    void aModelThatNeedsMoreThanItsSamplingWeightsDoesNotStartAFreshOptimiser(@TempDir Path dir) throws IOException {
        DatasetLocations where = DatasetLocations.of(dir);
        Path runDir = dir.resolve("run"), copy = dir.resolve("shipped");
        TrainingSetup.newRun(REGISTRY, pointsConfig(3), runDir, where, new TrainingControl()).trainer().run();
        RunFolder run = RunFolder.open(runDir);
        RunExport.samplingCopy(run, run.latestCheckpoint().orElseThrow(), copy, REGISTRY);

        TrainingSetup.Continuation c = TrainingSetup.continuing(copy, 5L, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.startWithFreshOptimiser(REGISTRY, where, new TrainingControl()));
        assertTrue(e.getMessage().contains("cannot train from its sampling weights alone"), e.getMessage());
        assertEquals(3, RunFolder.open(copy).config().steps(), "nothing is written");
    }

    @Test
    void aWrongModelLeavesNoFolderBehind(@TempDir Path dir) {
        RunConfig cfg = RunConfig.defaults("unet-s", "toy2d:ring", 3, 0).withData("toy2d:ring", 64, 16);
        Path runDir = dir.resolve("run");
        assertThrows(IllegalArgumentException.class,
                () -> TrainingSetup.newRun(REGISTRY, cfg, runDir, DatasetLocations.of(dir), new TrainingControl()));
        assertFalse(Files.exists(runDir));
    }

    @Test
    void continuingNeedsACheckpoint(@TempDir Path dir) throws IOException {
        RunFolder.create(dir.resolve("run"), pointsConfig(3));
        IOException e = assertThrows(IOException.class, () -> TrainingSetup.continuing(dir.resolve("run"), 5L, null));
        assertTrue(e.getMessage().contains("no checkpoint"), e.getMessage());
    }

    @Test
    void continuedConfigKeepsOrReplacesTheLimits() {
        RunConfig cfg = pointsConfig(10);
        assertEquals(cfg, TrainingSetup.continuedConfig(cfg, 4, null, null));
        assertEquals(20, TrainingSetup.continuedConfig(cfg, 4, 20L, null).steps());
        assertEquals(2.0, TrainingSetup.continuedConfig(cfg, 10, null, 2.0).minutes(), "a time limit trains on past the step limit");
        assertThrows(IllegalArgumentException.class, () -> TrainingSetup.continuedConfig(cfg, 10, 10L, null));
    }

    @Test
    void expectedShapesMatchTheLoadedData(@TempDir Path dir) {
        DatasetLocations where = DatasetLocations.of(io.genlab.data.GenLabHome.resolve()).withSystemFolder(dir.resolve("none"));
        for (String spec : java.util.List.of("fashion", "shapes", "toy2d:ring")) {
            RunConfig cfg = RunConfig.defaults("pixel-gaussian", spec, 1, 0).withData(spec, 8, 4);
            DataShape loaded = TrainingData.load(cfg, where).shape(), expected = TrainingData.expectedShape(spec).orElseThrow();
            assertEquals(loaded, new DataShape(expected.kind(), expected.channels(), expected.height(), expected.width(),
                    expected.numClasses(), expected.classNames(), loaded.vocabulary()), spec);
            assertTrue(expected.vocabulary().containsAll(loaded.vocabulary()), spec + ": the words of 8 captions are words a caption can have");
        }
        RunConfig all = RunConfig.defaults("pixel-gaussian", "shapes", 1, 0).withData("shapes", 4000, 4);
        assertEquals(TrainingData.expectedShape("shapes").orElseThrow().vocabulary(), TrainingData.load(all, where).shape().vocabulary(),
                "4,000 captions have every word");
        assertTrue(TrainingData.expectedShape("idx:/some/where").isEmpty(), "known only from its files");
    }

    @Test
    void suggestedRunNamesAreSafeFolderNames() {
        assertEquals("diffusion-2d-toy2d_ring-20250102-030405",
                RunFolder.suggestedName("diffusion-2d", "toy2d:ring", LocalDateTime.of(2025, 1, 2, 3, 4, 5)));
    }
}
