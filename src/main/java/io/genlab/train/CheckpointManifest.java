package io.genlab.train;

import java.util.Map;

/**
 * What a checkpoint says about itself (manifest.json beside state.bin): where it came from and
 * everything needed to continue exactly where it stopped.
 *
 * @param format          manifest format version, {@link #FORMAT}
 * @param genlabVersion   GenLab version that wrote it
 * @param family          model family
 * @param model           model configuration name
 * @param parameters      parameter count, checked again on load
 * @param shape           the data the model was built for
 * @param step            training steps completed
 * @param nextStepSeed    seed of the next step's randomness (the run's RNG state)
 * @param elapsedSeconds  training time so far, over all sessions
 * @param losses          losses of the last step
 * @param config          the run's config
 * @param createdAt       ISO-8601 time of writing
 */
public record CheckpointManifest(int format, String genlabVersion, String family, String model, long parameters,
                                 DataShape shape, long step, long nextStepSeed, double elapsedSeconds,
                                 Map<String, Double> losses, RunConfig config, String createdAt) {
    public static final int FORMAT = 1;
}
