package io.genlab.diffusion;

import io.genlab.diffusion.schedule.Objective;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelProvider;

import java.util.Map;

/**
 * Registers the 2D toy diffusion model ("diffusion-2d"): an MLP denoiser on Toy2D point clouds.
 * Defaults: Adam 3e-3, linear betas over T = 1000, eps objective, EMA 0.99, no guidance.
 */
public final class Diffusion2dProvider implements ModelProvider {
    public static final String NAME = "diffusion-2d";
    static final DiffusionConfig DEFAULTS = new DiffusionConfig(3e-3, "linear", 1000, Objective.EPS, 0, 0.99, 1);

    @Override public String name() { return NAME; }
    @Override public String family() { return "diffusion"; }
    @Override public String description() { return "MLP denoiser on 2D points (Toy2D): learns a ring in about half a minute, traces the whole point cloud"; }
    @Override public boolean supports(DataShape shape) { return shape.kind() == DataShape.Kind.POINTS; }

    @Override
    public GenerativeModel create(DataShape shape, Map<String, Object> options, long seed) {
        DiffusionConfig config = DiffusionConfig.parse(NAME, options, DEFAULTS);
        return new DiffusionModel(NAME, shape, options, config, new Mlp2d(shape.numClasses() + 1), seed);
    }
}
