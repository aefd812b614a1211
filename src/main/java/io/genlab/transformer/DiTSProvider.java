package io.genlab.transformer;

import io.genlab.diffusion.DiffusionConfig;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.diffusion.UNetSProvider;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelProvider;

import java.util.Map;

/**
 * Registers the class-conditional dit-s diffusion model for images: the transformer denoiser in
 * the same pipeline as unet-s, with the same defaults (Adam 2e-4, linear betas over T = 1000, eps
 * objective, 10% label dropout, EMA 0.999, sampling guidance 3), so the two compare like for like.
 */
public final class DiTSProvider implements ModelProvider {
    public static final String NAME = "dit-s";

    @Override public String name() { return NAME; }
    @Override public String family() { return "transformer"; }   // as DiTS.family()
    @Override public String description() { return "Vision transformer denoiser (1.84M parameters, 4x4 patches, adaLN-Zero), DDPM/DDIM sampling with classifier-free guidance"; }

    @Override
    public boolean supports(DataShape shape) {
        return shape.kind() == DataShape.Kind.IMAGES && shape.height() % DiTS.PATCH == 0 && shape.width() % DiTS.PATCH == 0;
    }

    @Override
    public GenerativeModel create(DataShape shape, Map<String, Object> options, long seed) {
        DiffusionConfig config = DiffusionConfig.parse(NAME, options, UNetSProvider.DEFAULTS);
        DiTS net = new DiTS(shape.channels(), shape.numClasses() + 1, shape.height(), shape.width());
        return new DiffusionModel(NAME, shape, options, config, net, seed);
    }

    /** REFERENCE_MODELS.md: as unet-s, DDIM 50 steps, batch 16, guidance 3 (one batch of 32). */
    @Override
    public BenchmarkSampling benchmarkSampling(DataShape shape) {
        return new UNetSProvider().benchmarkSampling(shape);
    }
}
