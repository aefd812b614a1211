package io.genlab.train;

import java.util.Map;

/**
 * Builds one named model configuration (e.g. "unet-s"). Families register their providers in
 * {@code META-INF/services/io.genlab.train.ModelProvider}; {@link ModelRegistry} finds them, so
 * the CLI and the workbench list and build models without knowing any family.
 */
public interface ModelProvider {

    /** The configuration name users type, e.g. "unet-s". */
    String name();

    /** The family, e.g. "diffusion". */
    String family();

    /** One line for listings. */
    String description();

    /** Whether this model can be trained on data of this shape. */
    boolean supports(DataShape shape);

    /** Whether the model draws what a text prompt says rather than a class; false by default. */
    default boolean textConditioned() {
        return false;
    }

    /**
     * A freshly initialised model.
     *
     * @param options family-specific options from config.json; unknown keys and wrong types
     *                are rejected with an IllegalArgumentException naming the key
     * @param seed    seed of the weight initialisation
     */
    GenerativeModel create(DataShape shape, Map<String, Object> options, long seed);

    /**
     * The sampling run that {@code genlab bench} times for this model, following the protocol
     * in REFERENCE_MODELS.md (e.g. DDIM 50 steps, batch 16, guidance 3 for diffusion models).
     * By default: one batch of 16 with the model's default settings.
     */
    default BenchmarkSampling benchmarkSampling(DataShape shape) {
        return new BenchmarkSampling(GenerationRequest.cyclingClasses(16, shape.numClasses(), 0), 1, 2);
    }

    /**
     * A timed sampling run.
     *
     * @param request what to generate
     * @param warmup  untimed runs first
     * @param runs    timed runs, averaged
     */
    record BenchmarkSampling(GenerationRequest request, int warmup, int runs) {}
}
