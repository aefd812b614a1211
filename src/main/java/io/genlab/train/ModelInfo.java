package io.genlab.train;

import java.util.Map;

/**
 * What a model says about itself: shown by the CLI and the workbench, stored in checkpoints.
 *
 * @param family     e.g. "diffusion", "gan", "baseline"
 * @param name       the reference configuration, e.g. "unet-s"
 * @param parameters number of trainable parameters
 * @param shape      the data it models
 * @param options    the options it was built with (after defaults), as written in config.json
 */
public record ModelInfo(String family, String name, long parameters, DataShape shape, Map<String, Object> options) {
    public ModelInfo {
        options = Map.copyOf(options);
    }
}
