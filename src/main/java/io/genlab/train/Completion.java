package io.genlab.train;

import io.genlab.data.Tensor;

/**
 * A model that can finish a partly given image (the autoregressive models: the given rows are
 * simply the pixels already drawn). Models that generate the whole image at once do not
 * implement it.
 */
public interface Completion {

    /**
     * Keeps the first {@code givenRows} rows of every image of {@code given} [N, C, H, W] (N at
     * least the request's count) and generates the rows below them, reporting every step.
     *
     * @return the completed images [count, C, H, W] in [-1, 1]
     * @throws IllegalArgumentException if the given images or rows do not fit the model
     */
    Tensor complete(Tensor given, int givenRows, GenerationRequest request, TraceSink sink);
}
