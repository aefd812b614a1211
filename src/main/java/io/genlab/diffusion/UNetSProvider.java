package io.genlab.diffusion;

import io.genlab.diffusion.schedule.Objective;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelProvider;

import java.util.Map;
import java.util.Set;

/**
 * Registers the class-conditional unet-s diffusion model for images. Defaults: Adam 2e-4,
 * linear betas over T = 1000, eps objective, 10% label dropout, EMA 0.999, sampling guidance 3,
 * width 32 (the option "width" scales the network for the model-size experiment), no coordinate
 * channels (the option "coords=true" gives the input convolution each pixel's row and column).
 */
public final class UNetSProvider implements ModelProvider {
    public static final String NAME = "unet-s";
    /** The option that scales the network: channels at full resolution (default 32, the reference model). */
    static final String WIDTH = "width";
    /** The option that adds coordinate input channels (CoordConv; default false, the reference model). */
    static final String COORDS = "coords";
    public static final DiffusionConfig DEFAULTS = new DiffusionConfig(2e-4, "linear", 1000, Objective.EPS, 0.1, 0.999, 3);

    @Override public String name() { return NAME; }
    @Override public String family() { return "diffusion"; }
    @Override public String description() { return "U-Net denoiser (924k parameters), DDPM/DDIM sampling with classifier-free guidance"; }
    @Override public boolean supports(DataShape shape) { return shape.kind() == DataShape.Kind.IMAGES && shape.height() % 4 == 0 && shape.width() % 4 == 0; }

    @Override
    public GenerativeModel create(DataShape shape, Map<String, Object> options, long seed) {
        DiffusionConfig.WithNetwork parsed = DiffusionConfig.parse(NAME, options, DEFAULTS, Set.of(WIDTH, COORDS));
        int width = parsed.network().integer(WIDTH, UNetS.WIDTH, 8, 256);
        boolean coords = parsed.network().flag(COORDS, false);
        return new DiffusionModel(NAME, shape, options, parsed.config(), new UNetS(shape.channels(), shape.numClasses() + 1, width, coords), seed);
    }

    /** REFERENCE_MODELS.md: DDIM 50 steps, batch 16, guidance 3 (conditional and null passes as one batch of 32). */
    @Override
    public BenchmarkSampling benchmarkSampling(DataShape shape) {
        GenerationRequest r = GenerationRequest.cyclingClasses(16, shape.numClasses(), 0)
                .withOptions(Map.of("sampler", "ddim", "steps", "50", "guidance", "3"));
        return new BenchmarkSampling(r, 1, 2);
    }
}
