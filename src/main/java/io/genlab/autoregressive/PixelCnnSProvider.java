package io.genlab.autoregressive;

import io.genlab.nn.Options;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelProvider;

import java.util.Map;
import java.util.Set;

/** Registers pixelcnn-s, the class-conditional PixelCNN for images. Option: lr (Adam, default 1e-3, as the PyTorch twin). */
public final class PixelCnnSProvider implements ModelProvider {
    public static final String NAME = "pixelcnn-s";

    @Override public String name() { return NAME; }
    @Override public String family() { return "autoregressive"; }
    @Override public String description() { return "PixelCNN (105k parameters): every pixel drawn from a 256-way distribution given the pixels before it"; }
    @Override public boolean supports(DataShape shape) {
        return shape.kind() == DataShape.Kind.IMAGES && shape.channels() <= 3;
    }

    @Override
    public GenerativeModel create(DataShape shape, Map<String, Object> options, long seed) {
        Options o = new Options(NAME, options, Set.of("lr"));
        return new PixelCnnModel(NAME, shape, options, o.positive("lr", 1e-3), seed);
    }

    /** REFERENCE_MODELS.md: batch 16, all pixels in raster order. */
    @Override
    public BenchmarkSampling benchmarkSampling(DataShape shape) {
        return new BenchmarkSampling(GenerationRequest.cyclingClasses(16, shape.numClasses(), 0), 1, 2);
    }
}
