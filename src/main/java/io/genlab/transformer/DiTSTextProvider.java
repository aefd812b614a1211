package io.genlab.transformer;

import io.genlab.diffusion.DiffusionConfig;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.diffusion.UNetSProvider;
import io.genlab.diffusion.UNetSTextProvider;
import io.genlab.text.Tokenizer;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelProvider;

import java.util.Map;
import java.util.Set;

/**
 * Registers dit-s-text, the text-to-image dit-s: it learns captioned images (Shapes) and draws
 * what a prompt says, with the same text encoder as unet-s-text, the pooled prompt in the adaLN
 * condition and cross-attention in every block. Defaults as dit-s (and unet-s-text): Adam 2e-4,
 * linear betas over T = 1000, eps objective, 10% of captions trained as the empty prompt, EMA
 * 0.999, sampling guidance 3, and dit-s's width 128 and six blocks (options {@code width},
 * {@code depth}).
 */
public final class DiTSTextProvider implements ModelProvider {
    public static final String NAME = "dit-s-text";
    static final String WIDTH = "width", DEPTH = "depth";

    @Override public String name() { return NAME; }
    @Override public String family() { return "transformer"; }   // as DiTS.family()
    @Override public String description() { return "dit-s with a text encoder and cross-attention in every block: draws what a prompt says (captioned data)"; }

    @Override public boolean textConditioned() { return true; }

    @Override
    public boolean supports(DataShape shape) {
        return new DiTSProvider().supports(shape) && shape.captioned();
    }

    @Override
    public GenerativeModel create(DataShape shape, Map<String, Object> options, long seed) {
        if (!shape.captioned()) {
            throw new IllegalArgumentException(NAME + " learns from captions, and this data has none; train it on shapes");
        }
        DiffusionConfig.WithNetwork parsed = DiffusionConfig.parse(NAME, options, UNetSProvider.DEFAULTS, Set.of(WIDTH, DEPTH));
        int width = parsed.network().integer(WIDTH, DiTS.DIM, 16, 512), depth = parsed.network().integer(DEPTH, DiTS.DEPTH, 1, 24);
        DiTS net = DiTS.textConditioned(shape.channels(), shape.height(), shape.width(), width, depth, new Tokenizer(shape.vocabulary()));
        return new DiffusionModel(NAME, shape, options, parsed.config(), net, seed);
    }

    /** As unet-s-text: DDIM 50 steps, batch 16, guidance 3, one prompt made of the vocabulary's first words. */
    @Override
    public BenchmarkSampling benchmarkSampling(DataShape shape) {
        return new UNetSTextProvider().benchmarkSampling(shape);
    }
}
