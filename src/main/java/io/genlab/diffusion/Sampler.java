package io.genlab.diffusion;

import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.diffusion.schedule.Prediction;
import java.util.Random;

/**
 * One reverse-diffusion update rule over a fixed list of timesteps (diffusers' scheduler
 * interface); not the loop — {@link ReverseProcess} calls the denoiser and drives the steps.
 * Implementations precompute their per-step coefficients in the constructor and are immutable.
 */
public interface Sampler {
    /** "ddpm" or "ddim". */
    String name();

    /** The timesteps visited, one per step, decreasing (a copy). */
    int[] timesteps();

    /** The number of steps, i.e. {@code timesteps().length}. */
    int steps();

    /** Standard deviation of the fresh noise added at step {@code i}; 0 means the step is deterministic. */
    double sigma(int i);

    /**
     * Step {@code i}: from x_t at {@code timesteps()[i]} and the prediction there, the sample at
     * the next visited timestep (or the final sample after the last step). Draws
     * {@code xt.length} values from {@code rng.nextGaussian()} exactly when {@code sigma(i) > 0}.
     */
    StepResult step(int i, float[] xt, Prediction prediction, Random rng);

    /** The sampler the settings ask for, over {@code schedule}. */
    static Sampler create(NoiseSchedule schedule, SamplerSettings settings) {
        int[] ts = settings.spacing().timesteps(schedule.numTimesteps(), settings.steps());
        return switch (settings.sampler()) {
            case DDPM -> new DdpmSampler(schedule, ts);
            case DDIM -> new DdimSampler(schedule, ts, settings.eta());
        };
    }
}
