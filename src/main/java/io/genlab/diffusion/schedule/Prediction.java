package io.genlab.diffusion.schedule;

/**
 * A denoiser's answer at one step, as both predicted noise and predicted clean sample; a value
 * holder, not a model. The two are kept consistent: x_t = sqrt(abar_t) x0 + sqrt(1 - abar_t) eps.
 *
 * @param eps predicted noise, same layout as x_t
 * @param x0  predicted clean sample, same layout as x_t
 */
public record Prediction(float[] eps, float[] x0) {
    public Prediction {
        if (eps.length != x0.length) {
            throw new IllegalArgumentException("eps has " + eps.length + " values, x0 has " + x0.length);
        }
    }

    /**
     * x0 clipped to [-limit, limit] (the data's range: 1 for images) and eps recomputed from the
     * clipped x0, eps = (x_t - sqrt(abar_t) x0) / sqrt(1 - abar_t), so a DDIM update stays on
     * the line through x_t (without the recompute, strong guidance gives textured garbage).
     */
    public Prediction clipped(NoiseSchedule schedule, float[] xt, int[] t, float limit) {
        if (!(limit > 0)) throw new IllegalArgumentException("the clip limit must be > 0, got " + limit);
        float[] clippedX0 = new float[x0.length];
        for (int i = 0; i < x0.length; i++) clippedX0[i] = Math.max(-limit, Math.min(limit, x0[i]));
        return new Prediction(schedule.predictNoiseFromStart(xt, t, clippedX0), clippedX0);
    }
}
