package io.genlab.cli;

import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sampling settings shared by {@code sample} and {@code trace}: named flags for the
 * diffusion samplers, and {@code --option KEY=VALUE} for anything a family adds. They are
 * passed to the model, which rejects settings it does not have.
 */
final class SamplingOptions {
    @Option(names = "--sampler", description = "Diffusion sampler: ddpm or ddim.")
    String sampler;

    @Option(names = "--steps", description = "Sampler steps (ddim: up to T; default: the model's).")
    Integer steps;

    @Option(names = "--eta", description = "DDIM noise, 0 (deterministic) to 1 (like DDPM).")
    Double eta;

    @Option(names = "--guidance", description = "Classifier-free guidance scale (1 = none).")
    Double guidance;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Any other sampling setting of the model (repeatable).")
    Map<String, String> extra = new LinkedHashMap<>();

    Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>(extra);
        if (sampler != null) m.put("sampler", sampler);
        if (steps != null) m.put("steps", String.valueOf(steps));
        if (eta != null) m.put("eta", String.valueOf(eta));
        if (guidance != null) m.put("guidance", String.valueOf(guidance));
        return m;
    }
}
