package io.genlab.cli;

import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sampling settings shared by {@code sample}, {@code trace} and {@code complete}: named flags
 * for the diffusion samplers and the autoregressive temperature, and {@code --option KEY=VALUE}
 * for anything a family adds. They are
 * passed to the model, which rejects settings it does not have.
 */
final class SamplingOptions {
    @Option(names = "--sampler", description = "Sampler: ddpm or ddim (diffusion); cached or naive (pixelcnn-s: the same samples, "
            + "naive runs the whole network for every pixel).")
    String sampler;

    @Option(names = "--steps", description = "Sampler steps (ddim: up to T; default: the model's).")
    Integer steps;

    @Option(names = "--eta", description = "DDIM noise, 0 (deterministic) to 1 (like DDPM).")
    Double eta;

    @Option(names = "--guidance", description = "Classifier-free guidance scale (1 = none).")
    Double guidance;

    @Option(names = "--temperature", description = "Autoregressive sampling temperature: below 1 sharper, above 1 flatter (default 1).")
    Double temperature;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "Any other sampling setting of the model (repeatable).")
    Map<String, String> extra = new LinkedHashMap<>();

    Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>(extra);
        if (sampler != null) m.put("sampler", sampler);
        if (steps != null) m.put("steps", String.valueOf(steps));
        if (eta != null) m.put("eta", String.valueOf(eta));
        if (guidance != null) m.put("guidance", String.valueOf(guidance));
        if (temperature != null) m.put("temperature", String.valueOf(temperature));
        return m;
    }
}
