package io.genlab.gan;

import io.genlab.data.Batch;
import io.genlab.data.DatasetLocations;
import io.genlab.data.PointSet;
import io.genlab.data.Tensor;
import io.genlab.data.Toy2D;
import io.genlab.train.Checkpoints;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.train.TraceSink;
import io.genlab.train.TrainingControl;
import io.genlab.train.TrainingEvent;
import io.genlab.train.TrainingSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The 2D GAN playground's model on the ring of eight Gaussians. */
class Gan2dTest {

    /** Share of 1,000 samples within 3 standard deviations (0.15) of each of the ring's 8 centres. */
    static double[] modeShares(GenerativeModel m, long seed) {
        return Toy2D.ringModeShares(m.generate(GenerationRequest.cyclingClasses(1000, 1, seed), TraceSink.NONE).data());
    }

    static GenerativeModel train(Map<String, Object> options, int steps, long seed) {
        GenerativeModel m = new Gan2dProvider().create(DataShape.points(), options, seed);
        PointSet ring = Toy2D.generate(Toy2D.Kind.RING, 8192, 1);
        Random r = new Random(seed);
        for (int step = 0; step < steps; step++) {
            int[] idx = new int[256];
            for (int i = 0; i < idx.length; i++) idx[i] = r.nextInt(ring.size());
            Batch b = ring.batch(idx);
            m.trainStep(b, step);
        }
        return m;
    }

    /** Mean distance of 1,000 samples from the ring's circle of radius 0.8. */
    static double offRing(GenerativeModel m) {
        Tensor s = m.generate(GenerationRequest.cyclingClasses(1000, 1, 5), TraceSink.NONE);
        double sum = 0;
        for (int i = 0; i < 1000; i++) sum += Math.abs(Math.hypot(s.data()[2 * i], s.data()[2 * i + 1]) - 0.8);
        return sum / 1000;
    }

    @Test
    void aShortSeededRunMovesTheFakePointsTowardsTheRing() {
        double before = offRing(train(Map.of(), 0, 1));
        GenerativeModel trained = train(Map.of(), 300, 1);
        double after = offRing(trained);
        assertTrue(after < 0.75 * before, "fake points " + before + " -> " + after + " from the ring");
        assertTrue(Arrays.stream(modeShares(trained, 3)).sum() > 0.05, "some fake points already sit on the ring's modes");
    }

    @Test
    void aDivergingRunStopsWithAMessageAndKeepsItsLastGoodCheckpoint(@TempDir Path dir) throws IOException {
        RunConfig config = RunConfig.defaults("gan-2d", "toy2d:ring", 50, 0).withData("toy2d:ring", 0, 64).withSchedule(0, 1, 4)
                .withOptions(Map.of("lr", 1e6, "lrD", 1e6));
        Path run = dir.resolve("run");
        TrainingEvent end = TrainingSetup.newRun(new ModelRegistry(List.of(new Gan2dProvider())), config, run, DatasetLocations.of(dir),
                new TrainingControl()).trainer().run();
        TrainingEvent.Failed failed = assertInstanceOf(TrainingEvent.Failed.class, end, "an absurd learning rate must diverge");
        assertTrue(failed.message().contains("diverged at step") && failed.message().contains("Lower the learning rate"), failed.message());
        String metrics = Files.readString(RunFolder.open(run).metricsFile());
        assertFalse(metrics.contains("NaN") || metrics.contains("Infinity"), metrics);
        assertEquals(failed.step(), Checkpoints.stepOf(RunFolder.open(run).latestCheckpoint().orElseThrow()),
                "the last finite step is kept and the run can continue from it");
    }
}
