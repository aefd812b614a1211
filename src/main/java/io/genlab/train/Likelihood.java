package io.genlab.train;

import io.genlab.data.Batch;

/**
 * A model that gives data an exact likelihood (the autoregressive models, the pixel Gaussian),
 * so {@code genlab eval} can report its negative log-likelihood on unseen images in bits per
 * dimension, the number likelihood models are compared by. Models without one (GANs, diffusion
 * models trained on a simplified loss) do not implement it.
 */
public interface Likelihood {

    /**
     * The negative log-likelihood of each example of the batch given its label, in bits per
     * dimension, for 8-bit images scaled to [-1, 1] (each value stands for a bin of width 2/255).
     */
    double[] bitsPerDimension(Batch batch);
}
