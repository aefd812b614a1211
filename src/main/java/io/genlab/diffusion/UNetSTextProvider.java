package io.genlab.diffusion;

import io.genlab.text.Tokenizer;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelProvider;

import java.util.Map;
import java.util.Set;

/**
 * Registers unet-s-text, the text-to-image unet-s: it learns captioned images (Shapes) and draws
 * what a prompt says. Its vocabulary is the words of the captions it trains on (kept in the
 * checkpoint's data shape); a word outside it is reported, never dropped. Defaults as unet-s:
 * Adam 2e-4, linear betas over T = 1000, eps objective, 10% of captions trained as the empty
 * prompt, EMA 0.999, sampling guidance 3, width 32, no coordinate channels (options "width" and
 * "coords" as unet-s).
 */
public final class UNetSTextProvider implements ModelProvider {
    public static final String NAME = "unet-s-text";

    @Override public String name() { return NAME; }
    @Override public String family() { return "diffusion"; }
    @Override public String description() { return "unet-s with a text encoder and cross-attention: draws what a prompt says (captioned data)"; }

    @Override public boolean textConditioned() { return true; }

    @Override
    public boolean supports(DataShape shape) {
        return new UNetSProvider().supports(shape) && shape.captioned();
    }

    @Override
    public GenerativeModel create(DataShape shape, Map<String, Object> options, long seed) {
        if (!shape.captioned()) {
            throw new IllegalArgumentException(NAME + " learns from captions, and this data has none; train it on shapes");
        }
        DiffusionConfig.WithNetwork parsed = DiffusionConfig.parse(NAME, options, UNetSProvider.DEFAULTS,
                Set.of(UNetSProvider.WIDTH, UNetSProvider.COORDS));
        int width = parsed.network().integer(UNetSProvider.WIDTH, UNetS.WIDTH, 8, 256);
        boolean coords = parsed.network().flag(UNetSProvider.COORDS, false);
        UNetS net = UNetS.textConditioned(shape.channels(), width, new Tokenizer(shape.vocabulary()), coords);
        return new DiffusionModel(NAME, shape, options, parsed.config(), net, seed);
    }

    /** As unet-s (DDIM 50 steps, batch 16, guidance 3), every sample of one prompt made of the vocabulary's first words. */
    @Override
    public BenchmarkSampling benchmarkSampling(DataShape shape) {
        String prompt = String.join(" ", shape.vocabulary().subList(0, Math.min(6, shape.vocabulary().size())));
        GenerationRequest r = GenerationRequest.ofClass(16, 0, 0)
                .withOptions(Map.of("sampler", "ddim", "steps", "50", "guidance", "3", DiffusionModel.PROMPT, prompt));
        return new BenchmarkSampling(r, 1, 2);
    }
}
