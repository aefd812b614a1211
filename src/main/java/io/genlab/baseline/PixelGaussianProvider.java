package io.genlab.baseline;

import io.genlab.nn.Options;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelProvider;

import java.util.Map;
import java.util.Set;

/** Registers {@link PixelGaussian} as the model "pixel-gaussian". Options: lr (default 0.05). */
public final class PixelGaussianProvider implements ModelProvider {
    public static final String NAME = "pixel-gaussian";

    @Override public String name() { return NAME; }
    @Override public String family() { return "baseline"; }
    @Override public String description() { return "independent Gaussian per pixel and class: the yardstick every real model must beat"; }
    @Override public boolean supports(DataShape shape) { return true; }

    @Override
    public GenerativeModel create(DataShape shape, Map<String, Object> options, long seed) {
        Options o = new Options(NAME, options, Set.of("lr"));
        return new PixelGaussian(shape, o.positive("lr", 0.05), options);
    }
}
