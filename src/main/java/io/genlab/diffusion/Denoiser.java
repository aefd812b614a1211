package io.genlab.diffusion;

/**
 * The network seen by a sampler: one forward pass on a batch, nothing else; not a model (no
 * training, no checkpoints) and not tied to ND4J — the model layer adapts its graph to this.
 */
@FunctionalInterface
public interface Denoiser {
    /**
     * The raw model output for a batch of noisy inputs.
     *
     * @param x      the noisy batch x_t, row-major, {@code [N, C, H, W]} or {@code [N, 2]}
     * @param shape  the shape of {@code x}; its first dimension is the batch size N
     * @param t      timestep of each example, length N, each in {@code 0..T-1}
     * @param labels class of each example, length N; may contain the model's null class
     * @return the output for the model's {@link io.genlab.diffusion.schedule.Objective} (noise,
     *         clean sample or velocity), same shape as {@code x}
     */
    float[] predict(float[] x, int[] shape, int[] t, int[] labels);
}
