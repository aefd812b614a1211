package io.genlab.gan;

import io.genlab.data.Batch;
import io.genlab.data.PointSet;
import io.genlab.data.Tensor;
import io.genlab.data.Toy2D;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.TraceSink;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 2D GAN playground's model on the ring of eight Gaussians. */
class Gan2dTest {

    /** Share of 1,000 samples within 3 standard deviations (0.15) of each of the ring's 8 centres. */
    static double[] modeShares(GenerativeModel m, long seed) {
        return shares(m.generate(GenerationRequest.cyclingClasses(1000, 1, seed), TraceSink.NONE).data());
    }

    /** Share of the points (x, y, x, y, ...) within 0.15 of each of the ring's 8 centres. */
    static double[] shares(float[] points) {
        int n = points.length / 2;
        double[] shares = new double[8];
        for (int i = 0; i < n; i++) {
            float x = points[2 * i], y = points[2 * i + 1];
            for (int k = 0; k < 8; k++) {
                double cx = 0.8 * Math.cos(2 * Math.PI * k / 8), cy = 0.8 * Math.sin(2 * Math.PI * k / 8);
                if (Math.hypot(x - cx, y - cy) < 0.15) shares[k] += 1.0 / n;
            }
        }
        return shares;
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
}
