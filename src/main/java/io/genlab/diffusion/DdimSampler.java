package io.genlab.diffusion;

import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.diffusion.schedule.Prediction;
import java.util.Random;

/**
 * DDIM sampling (Song et al. 2021, eq. 12), deterministic at eta = 0 and equal to ancestral DDPM
 * at eta = 1; not the loop.
 *
 * <p>x_prev = sqrt(abar_prev) x0 + sqrt(1 - abar_prev - sigma^2) eps + sigma z, with
 * sigma = eta sqrt((1 - abar_prev) / (1 - abar_t)) sqrt(1 - abar_t / abar_prev) (eq. 16);
 * abar_prev is alpha-bar at the next visited timestep, and 1 after the last step.
 */
public final class DdimSampler implements Sampler {
    private final int[] timesteps;
    private final double eta;
    private final double[] alphaBar;
    private final double[] alphaBarPrev;
    private final double[] sqrtAlphaBarPrev;
    /** sqrt(1 - abar_prev - sigma^2): the weight of the "direction pointing to x_t". */
    private final double[] directionCoef;
    private final double[] sigma;

    public DdimSampler(NoiseSchedule schedule, int[] timesteps, double eta) {
        if (!(eta >= 0 && eta <= 1)) throw new IllegalArgumentException("eta must be in [0, 1], got " + eta);
        this.timesteps = timesteps.clone();
        this.eta = eta;
        int n = timesteps.length;
        this.alphaBar = Respacing.alphaBarAt(schedule, timesteps);
        this.alphaBarPrev = Respacing.alphaBarPrevAt(schedule, timesteps);
        this.sqrtAlphaBarPrev = new double[n];
        this.directionCoef = new double[n];
        this.sigma = new double[n];
        for (int i = 0; i < n; i++) {
            double a = alphaBar[i];
            double ap = alphaBarPrev[i];
            sigma[i] = eta * Math.sqrt((1.0 - ap) / (1.0 - a)) * Math.sqrt(1.0 - a / ap);
            sqrtAlphaBarPrev[i] = Math.sqrt(ap);
            directionCoef[i] = Math.sqrt(Math.max(0.0, 1.0 - ap - sigma[i] * sigma[i]));
        }
    }

    public double eta() { return eta; }

    @Override public String name() { return "ddim"; }
    @Override public int[] timesteps() { return timesteps.clone(); }
    @Override public int steps() { return timesteps.length; }
    @Override public double sigma(int i) { return sigma[i]; }

    @Override
    public StepResult step(int i, float[] xt, Prediction prediction, Random rng) {
        Respacing.checkStep(this, i, xt, prediction);
        float[] x0 = prediction.x0();
        float[] eps = prediction.eps();
        // 1. coefficients of this step, precomputed from abar_t and abar_prev
        double signal = sqrtAlphaBarPrev[i];
        double direction = directionCoef[i];
        double s = sigma[i];
        float[] prev = new float[xt.length];
        for (int k = 0; k < xt.length; k++) {
            // 2. "predicted x0" term and "direction pointing to x_t" term of eq. 12
            double mean = signal * x0[k] + direction * eps[k];
            // 3. fresh noise sigma z, only when eta > 0 (and never at the last step, where sigma = 0)
            prev[k] = (float) (s > 0 ? mean + s * rng.nextGaussian() : mean);
        }
        return new StepResult(prev, x0.clone());
    }
}
