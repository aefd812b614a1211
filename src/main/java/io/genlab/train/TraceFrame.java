package io.genlab.train;

import io.genlab.data.Tensor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One intermediate state of a generation, the unit the teaching views are built from.
 *
 * <p>Diffusion: index = sampler step, caption "t=999", tensors x_t, predicted noise, predicted
 * x0. PixelCNN: the pixel index, the canvas and the 256 probabilities. GAN: the one pass.
 *
 * @param index   0-based position of this frame in the generation
 * @param total   number of frames the generation will report
 * @param caption short text for the frame, e.g. "t=999"
 * @param tensors named states, in display order
 * @param scalars named numbers of this frame (t, SNR, ...)
 */
public record TraceFrame(int index, int total, String caption, Map<String, Tensor> tensors, Map<String, Double> scalars) {
    public TraceFrame {
        tensors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        scalars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
    }
}
