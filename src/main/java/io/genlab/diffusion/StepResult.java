package io.genlab.diffusion;

/**
 * What one sampler step returns, as in diffusers' schedulers; a value, not a state.
 *
 * @param prevSample  x_{t_prev}, the input of the next step (the final sample after the last)
 * @param predictedX0 the clean sample the step moved towards
 */
public record StepResult(float[] prevSample, float[] predictedX0) { }
