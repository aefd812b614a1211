package io.genlab.gan;

import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelProvider;

import java.util.Map;

/**
 * Registers dcgan-s, the class-conditional DCGAN for images. Defaults as REFERENCE_MODELS.md:
 * non-saturating loss, Adam 2e-4 with beta1 0.5 for each network, one discriminator update per
 * generator update.
 */
public final class DcganSProvider implements ModelProvider {
    public static final String NAME = "dcgan-s";
    static final GanConfig DEFAULTS = new GanConfig(2e-4, 2e-4, 0.5, GanLoss.NS, 1);

    @Override public String name() { return NAME; }
    @Override public String family() { return "gan"; }
    @Override public String description() { return "conditional DCGAN (751k parameters): a generator and a discriminator in competition, one pass per sample"; }
    @Override public boolean supports(DataShape shape) {
        return shape.kind() == DataShape.Kind.IMAGES && shape.height() % 4 == 0 && shape.width() % 4 == 0 && shape.height() >= 8;
    }

    @Override
    public GenerativeModel create(DataShape shape, Map<String, Object> options, long seed) {
        return new GanModel(NAME, shape, options, GanConfig.parse(NAME, options, DEFAULTS),
                new DcganS(shape.channels(), shape.height(), shape.width(), shape.numClasses()), seed);
    }

    /** REFERENCE_MODELS.md: one generator pass, batch 64. */
    @Override
    public BenchmarkSampling benchmarkSampling(DataShape shape) {
        return new BenchmarkSampling(GenerationRequest.cyclingClasses(64, shape.numClasses(), 0), 1, 5);
    }
}
