package io.genlab.baseline;

import io.genlab.data.Batch;
import io.genlab.train.DataShape;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiscretizedGaussianTest {

    @Test
    void erfcMatchesTablesInBothTails() {
        assertEquals(1.0, DiscretizedGaussian.erfc(0), 1e-7);
        assertEquals(0.157299207050285, DiscretizedGaussian.erfc(1), 0.157299207050285 * 2e-7);
        assertEquals(2.209049699858544e-05, DiscretizedGaussian.erfc(3), 2.209049699858544e-05 * 2e-7);
        assertEquals(2 - 0.157299207050285, DiscretizedGaussian.erfc(-1), 1e-7);
    }

    @Test
    void the256BinsHoldAllOfTheProbability() {
        for (double[] ms : new double[][]{{0, 0.3}, {0.9, 0.05}, {-1.2, 0.5}, {0.1, 3}}) {
            double sum = 0;
            for (int v = 0; v < 256; v++) sum += Math.pow(2, -DiscretizedGaussian.bits(v / 127.5 - 1, ms[0], ms[1]));
            assertEquals(1.0, sum, 1e-6, "mean " + ms[0] + ", sigma " + ms[1]);
        }
    }

    @Test
    void aModelSureOfEveryPixelNeedsNoBitsAndAVagueOneAboutEight() {
        DataShape shape = DataShape.images(1, 2, 2, List.of("a"));
        PixelGaussian model = new PixelGaussian(shape, 0.05, Map.of());
        float v = (float) (200 / 127.5 - 1);
        Batch batch = new Batch(new float[]{v, v, v, v}, new long[]{1, 1, 2, 2}, new int[]{0}, new int[]{0});
        model.graph().getArrForVarName("mu").assign(v);
        model.graph().getArrForVarName("logSigma").assign(Math.log(1e-4));
        assertEquals(0, model.bitsPerDimension(batch)[0], 1e-9);
        model.graph().getArrForVarName("mu").assign(0);
        model.graph().getArrForVarName("logSigma").assign(Math.log(10));
        double vague = model.bitsPerDimension(batch)[0];
        assertTrue(vague > 8 && vague < 14, "a broad Gaussian spreads its mass far beyond the 256 levels: " + vague);
    }
}
