package io.genlab.diffusion;

import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.diffusion.schedule.Prediction;
import java.util.Random;

/**
 * Ancestral DDPM sampling (Ho et al. 2020, algorithm 2): x_{t-1} ~ q(x_{t-1} | x_t, x0-hat), the
 * posterior of eq. 6-7 with the predicted clean sample plugged in; not the loop.
 *
 * <p>With the predicted x0 computed from eps, the posterior mean equals eq. 11,
 * mu = (x_t - beta_t / sqrt(1 - abar_t) eps) / sqrt(alpha_t); going through x0 lets the loop clip
 * it first. The variance is beta-tilde (eq. 7). With fewer steps than T the schedule is respaced:
 * for visited timesteps t > s, beta = 1 - abar_t / abar_s, and after the last step abar = 1.
 */
public final class DdpmSampler implements Sampler {
    private final int[] timesteps;
    private final double[] alphaBar;
    private final double[] alphaBarPrev;
    /** Coefficient of x0 in the posterior mean at each step (eq. 7). */
    private final double[] posteriorMeanCoef1;
    /** Coefficient of x_t in the posterior mean at each step (eq. 7). */
    private final double[] posteriorMeanCoef2;
    /** sqrt(beta-tilde) at each step; 0 at the last. */
    private final double[] posteriorStd;

    public DdpmSampler(NoiseSchedule schedule, int[] timesteps) {
        this.timesteps = timesteps.clone();
        int n = timesteps.length;
        this.alphaBar = Respacing.alphaBarAt(schedule, timesteps);
        this.alphaBarPrev = Respacing.alphaBarPrevAt(schedule, timesteps);
        this.posteriorMeanCoef1 = new double[n];
        this.posteriorMeanCoef2 = new double[n];
        this.posteriorStd = new double[n];
        for (int i = 0; i < n; i++) {
            double a = alphaBar[i];
            double ap = alphaBarPrev[i];
            double alpha = a / ap;          // respaced alpha_t
            double beta = 1.0 - alpha;      // respaced beta_t
            posteriorMeanCoef1[i] = beta * Math.sqrt(ap) / (1.0 - a);
            posteriorMeanCoef2[i] = (1.0 - ap) * Math.sqrt(alpha) / (1.0 - a);
            posteriorStd[i] = Math.sqrt(Math.max(0.0, beta * (1.0 - ap) / (1.0 - a)));
        }
    }

    @Override public String name() { return "ddpm"; }
    @Override public int[] timesteps() { return timesteps.clone(); }
    @Override public int steps() { return timesteps.length; }
    @Override public double sigma(int i) { return posteriorStd[i]; }

    @Override
    public StepResult step(int i, float[] xt, Prediction prediction, Random rng) {
        Respacing.checkStep(this, i, xt, prediction);
        float[] x0 = prediction.x0();
        // 1. coefficients of this step, precomputed: posterior mean coefs and std
        double c1 = posteriorMeanCoef1[i];
        double c2 = posteriorMeanCoef2[i];
        double sigma = posteriorStd[i];
        float[] prev = new float[xt.length];
        for (int k = 0; k < xt.length; k++) {
            // 2. posterior mean mu-tilde = c1 x0 + c2 x_t (eq. 7)
            double mean = c1 * x0[k] + c2 * xt[k];
            // 3. x_prev = mu-tilde + sigma z, z ~ N(0, I); no noise at the last step (sigma = 0)
            prev[k] = (float) (sigma > 0 ? mean + sigma * rng.nextGaussian() : mean);
        }
        return new StepResult(prev, x0.clone());
    }
}
