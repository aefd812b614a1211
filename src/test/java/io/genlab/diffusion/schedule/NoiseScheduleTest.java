package io.genlab.diffusion.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NoiseScheduleTest {
    private static final NoiseSchedule LINEAR = NoiseSchedule.linear(1000, 1e-4, 0.02);
    private static final NoiseSchedule COSINE = NoiseSchedule.cosine(1000, 0.008);

    @Test
    void linearGoldenValues() {
        double[] betas = LINEAR.betas();
        double[] abar = LINEAR.alphasCumprod();
        assertEquals(1000, betas.length);
        assertEquals(1e-4, betas[0], 0);
        assertEquals(0.02, betas[999], 1e-17);
        assertEquals(1 - 1e-4, abar[0], 1e-15);
        double product = 1;
        for (int t = 0; t < 1000; t++) product *= 1 - (1e-4 + (0.02 - 1e-4) * t / 999);
        assertEquals(product, abar[999], 1e-18);
        // independent Python float64 values (cumprod of 1 - linspace(1e-4, 0.02, 1000))
        assertEquals(0.07858724288177821, abar[499], 1e-14);
        assertEquals(4.0358297653756754e-05, abar[999], 1e-17);
        assertEquals(1.0, LINEAR.alphasCumprodPrev()[0], 0);
        assertEquals(abar[41], LINEAR.alphasCumprodPrev()[42], 0);
    }

    @Test
    void posteriorVarianceStartsAtZeroAndLogUsesIndexOne() {
        double[] var = LINEAR.posteriorVariance();
        double[] logVar = LINEAR.posteriorLogVarianceClipped();
        assertEquals(0.0, var[0], 0);
        assertEquals(5.4531876613021935e-05, var[1], 1e-18);
        assertEquals(Math.log(var[1]), logVar[0], 0);
        assertEquals(Math.log(var[1]), logVar[1], 0);
        assertEquals(Math.log(var[500]), logVar[500], 0);
        double[] abar = LINEAR.alphasCumprod();
        double[] beta = LINEAR.betas();
        for (int t = 1; t < 1000; t += 111) {
            assertEquals(beta[t] * (1 - abar[t - 1]) / (1 - abar[t]), var[t], 1e-18);
            assertTrue(var[t] <= beta[t], "beta-tilde <= beta at " + t);
        }
    }

    @Test
    void cosineFollowsEquation17BeforeClipping() {
        double[] abar = COSINE.alphasCumprod();
        for (int t : new int[] {0, 1, 10, 250, 499, 750, 990, 998}) {
            double expected = NoiseSchedule.cosineAlphaBar(t + 1, 1000, 0.008);
            double byHand = sq(Math.cos(((t + 1) / 1000.0 + 0.008) / 1.008 * Math.PI / 2))
                    / sq(Math.cos(0.008 / 1.008 * Math.PI / 2));
            assertEquals(byHand, expected, 1e-15);
            assertEquals(expected, abar[t], 1e-12, "t=" + t);
        }
        assertEquals(0.999958715775178, abar[0], 1e-13);
        assertEquals(0.49384359044063775, abar[499], 1e-12);
        assertEquals(NoiseSchedule.COSINE_MAX_BETA, COSINE.betas()[999], 0);   // the last beta is clipped
        for (double b : COSINE.betas()) assertTrue(b > 0 && b <= 0.999);
    }

    @Test
    void snrDecreasesAndMatchesAlphaBar() {
        for (NoiseSchedule s : new NoiseSchedule[] {LINEAR, COSINE}) {
            double[] snr = s.snr();
            double[] abar = s.alphasCumprod();
            for (int t = 0; t < snr.length; t++) {
                assertEquals(abar[t] / (1 - abar[t]), snr[t], 1e-12 * snr[t]);
                if (t > 0) assertTrue(snr[t] < snr[t - 1], s + " SNR not decreasing at " + t);
            }
        }
        assertEquals(4.03599265116842e-05, LINEAR.snr(999), 1e-15);
    }

    @Test
    void precomputedCoefficientsAreConsistent() {
        double[] abar = LINEAR.alphasCumprod();
        for (int t = 0; t < 1000; t += 37) {
            assertEquals(Math.sqrt(abar[t]), LINEAR.sqrtAlphasCumprod()[t], 1e-15);
            assertEquals(Math.sqrt(1 - abar[t]), LINEAR.sqrtOneMinusAlphasCumprod()[t], 1e-15);
            assertEquals(1 / Math.sqrt(abar[t]), LINEAR.sqrtRecipAlphasCumprod()[t], 1e-12);
            assertEquals(Math.sqrt(1 / abar[t] - 1), LINEAR.sqrtRecipm1AlphasCumprod()[t], 1e-12);
        }
    }

    @Test
    void roundTripsAreExact() {
        Random r = new Random(3);
        int n = 4, per = 50;
        float[] x0 = gaussian(r, n * per);
        float[] noise = gaussian(r, n * per);
        for (NoiseSchedule s : new NoiseSchedule[] {LINEAR, COSINE}) {
            int[] t = {0, 1, 500, 998};
            float[] xt = s.qSample(x0, noise, t);
            assertClose(x0, s.predictStartFromNoise(xt, t, noise), 1e-4);
            assertClose(noise, s.predictNoiseFromStart(xt, t, x0), 1e-3);
            float[] v = s.velocity(x0, noise, t);
            assertClose(x0, s.predictStartFromVelocity(xt, t, v), 1e-5);
            assertClose(noise, s.predictNoiseFromVelocity(xt, t, v), 1e-5);
            for (Objective o : Objective.values()) {
                Prediction p = o.predict(s, o.target(s, x0, noise, t), xt, t);
                assertClose(x0, p.x0(), 2e-3);
                assertClose(noise, p.eps(), 2e-3);
            }
        }
        // moderate t: x0 -> eps -> x0 exact within 1e-6
        int[] t = {10, 100, 200, 300};
        float[] xt = LINEAR.qSample(x0, noise, t);
        float[] eps = LINEAR.predictNoiseFromStart(xt, t, x0);
        assertClose(x0, LINEAR.predictStartFromNoise(xt, t, eps), 1e-6);
    }

    @Test
    void posteriorMeanEqualsEquation11() {
        Random r = new Random(5);
        float[] x0 = gaussian(r, 20);
        float[] eps = gaussian(r, 20);
        int[] t = {1, 700};
        float[] xt = LINEAR.qSample(x0, eps, t);
        float[] mean = LINEAR.posteriorMean(LINEAR.predictStartFromNoise(xt, t, eps), xt, t);
        double[] beta = LINEAR.betas();
        for (int i = 0; i < 20; i++) {
            int ti = t[i / 10];
            double eq11 = (xt[i] - beta[ti] / LINEAR.sqrtOneMinusAlphasCumprod()[ti] * eps[i]) / Math.sqrt(1 - beta[ti]);
            assertEquals(eq11, mean[i], 1e-5);
        }
    }

    @Test
    void qSampleByHand() {
        // x0 = 1, noise = 2 at t = 0: sqrt(0.9999) + 2 * sqrt(0.0001) = 0.99995 + 0.02
        float[] xt = LINEAR.qSample(new float[] {1f}, new float[] {2f}, new int[] {0});
        assertEquals(Math.sqrt(0.9999) + 0.02, xt[0], 1e-7);
    }

    @Test
    void clippingRecomputesNoise() {
        int[] t = {400};
        float[] xt = {2.5f, -0.3f, 0.1f};
        Prediction p = new Prediction(new float[] {-0.5f, 0.2f, 0f}, new float[] {3f, -0.2f, -7f}).clipped(LINEAR, xt, t, 1f);
        assertEquals(1f, p.x0()[0]);
        assertEquals(-0.2f, p.x0()[1]);
        assertEquals(-1f, p.x0()[2]);
        assertClose(xt, LINEAR.qSample(p.x0(), p.eps(), t), 1e-5);
        Prediction wide = new Prediction(new float[] {-0.5f, 0.2f, 0f}, new float[] {3f, -0.2f, -7f}).clipped(LINEAR, xt, t, 2.5f);
        assertArrayEquals(new float[] {2.5f, -0.2f, -2.5f}, wide.x0());
        assertClose(xt, LINEAR.qSample(wide.x0(), wide.eps(), t), 1e-5);
        assertThrows(IllegalArgumentException.class, () -> p.clipped(LINEAR, xt, t, 0f));
    }

    @Test
    void badArgumentsAreClearErrors() {
        assertEquals("cosine", NoiseSchedule.forName("Cosine", 10).name().substring(0, 6));
        assertEquals(0.02, NoiseSchedule.forName("linear", 1000).betas()[999], 1e-17);
        var e = assertThrows(IllegalArgumentException.class, () -> NoiseSchedule.forName("quadratic", 1000));
        assertTrue(e.getMessage().contains("quadratic") && e.getMessage().contains("cosine"));
        assertThrows(IllegalArgumentException.class, () -> NoiseSchedule.linear(0, 1e-4, 0.02));
        assertThrows(IllegalArgumentException.class, () -> NoiseSchedule.linear(10, 0.5, 0.1));
        assertThrows(IllegalArgumentException.class, () -> NoiseSchedule.cosine(10, -1));
        e = assertThrows(IllegalArgumentException.class, () -> LINEAR.qSample(new float[4], new float[4], new int[] {1000}));
        assertTrue(e.getMessage().contains("0..999"));
        assertThrows(IllegalArgumentException.class, () -> LINEAR.qSample(new float[4], new float[3], new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LINEAR.qSample(new float[5], new float[5], new int[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Objective.forKey("score"));
        assertEquals(Objective.V, Objective.forKey("V"));
    }

    private static double sq(double x) { return x * x; }

    static float[] gaussian(Random r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) r.nextGaussian();
        return x;
    }

    static void assertClose(float[] expected, float[] actual, double tol) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tol, "index " + i);
        }
    }
}
