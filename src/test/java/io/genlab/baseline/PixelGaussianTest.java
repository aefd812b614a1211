package io.genlab.baseline;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceSink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class PixelGaussianTest {
    private static final DataShape SHAPE = DataShape.images(1, 6, 6, List.of("a", "b"));

    private static Batch eightImages() {
        Random r = new Random(5);
        float[] x = new float[8 * 36];
        for (int i = 0; i < x.length; i++) x[i] = r.nextFloat() * 1.6f - 0.8f;
        return new Batch(x, new long[]{8, 1, 6, 6}, new int[]{0, 1, 0, 1, 0, 1, 0, 1}, new int[]{0, 1, 2, 3, 4, 5, 6, 7});
    }

    /** Mean NLL per value of the per-class, per-pixel Gaussians with the sample mean and (biased) variance. */
    private static double maximumLikelihoodNll(Batch batch) {
        int d = 36;
        double total = 0;
        for (int k = 0; k < 2; k++) {
            for (int j = 0; j < d; j++) {
                double sum = 0, sq = 0;
                int n = 0;
                for (int i = 0; i < 8; i++) {
                    if (batch.labels()[i] != k) continue;
                    double v = batch.x()[i * d + j];
                    sum += v;
                    sq += v * v;
                    n++;
                }
                double var = sq / n - (sum / n) * (sum / n);
                total += n * (0.5 * Math.log(var) + 0.5 + PixelGaussian.HALF_LOG_2PI);
            }
        }
        return total / (8.0 * d);
    }

    private static GenerativeModel model() {
        return ModelRegistry.discover().get("pixel-gaussian").create(SHAPE, Map.of(), 1);
    }

    @Test
    void overfitsEightImages() {
        GenerativeModel m = model();
        Batch batch = eightImages();
        double first = m.trainStep(batch, 0).get("nll");
        double last = first;
        for (int i = 1; i < 1000; i++) last = m.trainStep(batch, i).get("nll");
        double meanSquare = 0;
        for (float v : batch.x()) meanSquare += v * v / batch.x().length;
        assertEquals(PixelGaussian.HALF_LOG_2PI + 0.5 * meanSquare, first, 1e-5, "at initialisation (mu 0, sigma 1)");
        assertEquals(maximumLikelihoodNll(batch), last, 0.01, "converges to the closed-form maximum-likelihood fit");
    }

    @Test
    void restoredStateGivesIdenticalSamples() {
        GenerativeModel a = model();
        for (int i = 0; i < 20; i++) a.trainStep(eightImages(), i);
        GenerativeModel b = model();
        b.restore(a.state());
        GenerationRequest req = GenerationRequest.cyclingClasses(4, 2, 9);
        Tensor sa = a.generate(req, TraceSink.NONE), sb = b.generate(req, TraceSink.NONE);
        assertArrayEquals(sa.data(), sb.data());
        assertEquals(a.trainStep(eightImages(), 20), b.trainStep(eightImages(), 20), "optimiser state was restored too");
    }

    @Test
    void restoreRejectsAStateOfAnotherShape() {
        GenerativeModel other = ModelRegistry.discover().get("pixel-gaussian")
                .create(DataShape.images(1, 5, 5, List.of("a", "b")), Map.of(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model().restore(other.state()));
        assertTrue(e.getMessage().contains("shape"), e.getMessage());
    }

    @Test
    void unknownOptionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelRegistry.discover().get("pixel-gaussian").create(SHAPE, Map.of("learning_rate", 0.1), 1));
        assertTrue(e.getMessage().contains("learning_rate"), e.getMessage());
    }
}
