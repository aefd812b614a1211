package io.genlab.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.diffusion.schedule.Prediction;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SamplerTest {
    /** betas 0.1, 0.2, 0.3, 0.4: alpha-bar 0.9, 0.72, 0.504, 0.3024. */
    private static final NoiseSchedule TINY = NoiseSchedule.linear(4, 0.1, 0.4);
    private static final NoiseSchedule LINEAR = NoiseSchedule.linear(1000, 1e-4, 0.02);

    @Test
    void ddimStepByHand() {
        DdimSampler ddim = new DdimSampler(TINY, new int[] {3, 1}, 0.0);
        float[] xt = {1f, -2f};
        float[] eps = {0.5f, 0.25f};
        float[] x0 = {0.3f, -0.7f};
        StepResult r = ddim.step(0, xt, new Prediction(eps, x0), new Random(1));
        // x_prev = sqrt(0.72) x0 + sqrt(1 - 0.72) eps
        assertEquals(Math.sqrt(0.72) * 0.3 + Math.sqrt(0.28) * 0.5, r.prevSample()[0], 1e-6);
        assertEquals(Math.sqrt(0.72) * -0.7 + Math.sqrt(0.28) * 0.25, r.prevSample()[1], 1e-6);
        assertArrayEquals(x0, r.predictedX0());
        // last step: abar_prev = 1, so x_prev = x0 exactly
        assertArrayEquals(x0, ddim.step(1, xt, new Prediction(eps, x0), new Random(1)).prevSample());
        DdimSampler noisy = new DdimSampler(TINY, new int[] {3, 1}, 0.5);
        // sigma = eta sqrt((1 - 0.72) / (1 - 0.3024)) sqrt(1 - 0.3024 / 0.72)
        assertEquals(0.5 * Math.sqrt(0.28 / 0.6976) * Math.sqrt(1 - 0.42), noisy.sigma(0), 1e-15);
        assertEquals(0.0, noisy.sigma(1));
    }

    @Test
    void ddpmStepByHandAndOverAllStepsUsesTheSchedulePosterior() {
        DdpmSampler ddpm = new DdpmSampler(TINY, new int[] {3, 2, 1, 0});
        double[] c1 = TINY.posteriorMeanCoef1();
        double[] c2 = TINY.posteriorMeanCoef2();
        float[] xt = {1f};
        float[] x0 = {0.5f};
        Random r = new Random(9);
        double z = new Random(9).nextGaussian();
        float prev = ddpm.step(0, xt, new Prediction(new float[] {0f}, x0), r).prevSample()[0];
        // beta-tilde_3 = 0.4 (1 - 0.504) / (1 - 0.3024), mean = coef1 x0 + coef2 x_t (eq. 7)
        double var = 0.4 * (1 - 0.504) / (1 - 0.3024);
        assertEquals(Math.sqrt(var), ddpm.sigma(0), 1e-15);
        assertEquals(c1[3] * 0.5 + c2[3] * 1.0 + Math.sqrt(var) * z, prev, 1e-6);
        assertEquals(0.4 * Math.sqrt(0.504) / (1 - 0.3024), c1[3], 1e-15);
        assertEquals(0.0, ddpm.sigma(3));
        DdpmSampler full = new DdpmSampler(LINEAR, TimestepSpacing.LINSPACE.timesteps(1000, 1000));
        double[] var1000 = LINEAR.posteriorVariance();
        for (int i = 0; i < 1000; i += 7) assertEquals(Math.sqrt(var1000[999 - i]), full.sigma(i), 1e-9);
    }

    @Test
    void ddimWithEtaOneIsDdpm() {
        for (int steps : new int[] {1000, 10}) {
            int[] ts = TimestepSpacing.LINSPACE.timesteps(1000, steps);
            Sampler ddpm = new DdpmSampler(LINEAR, ts);
            Sampler ddim = new DdimSampler(LINEAR, ts, 1.0);
            float[] xt = {0.8f, -1.3f, 0.1f};
            float[] x0 = {0.5f, -0.9f, 0.7f};
            for (int i = 0; i < steps; i += Math.max(1, steps / 7)) {
                Prediction p = new Prediction(LINEAR.predictNoiseFromStart(xt, new int[] {ts[i]}, x0), x0);
                float[] a = ddpm.step(i, xt, p, new Random(i)).prevSample();
                float[] b = ddim.step(i, xt, p, new Random(i)).prevSample();
                assertEquals(ddpm.sigma(i), ddim.sigma(i), 1e-12);
                for (int k = 0; k < 3; k++) assertEquals(a[k], b[k], 2e-5, "step " + i);
            }
        }
    }

    @Test
    void stepChecksItsArguments() {
        Sampler s = new DdimSampler(TINY, new int[] {3, 1}, 0);
        Prediction p = new Prediction(new float[2], new float[2]);
        assertThrows(IllegalArgumentException.class, () -> s.step(2, new float[2], p, new Random()));
        assertThrows(IllegalArgumentException.class, () -> s.step(0, new float[3], p, new Random()));
        assertThrows(IllegalArgumentException.class, () -> new DdimSampler(TINY, new int[] {3}, 1.5));
    }
}
