package io.genlab.ui.text;

import io.genlab.diffusion.AttentionRecorder;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.diffusion.SamplerSettings;
import io.genlab.train.GenerationRequest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the Text view generates: the prompt, DDIM's steps, guidance, seed and number of samples. It
 * turns them into a request for {@code samples} pictures of the one prompt that records the
 * cross-attention of at most {@link #MAX_TRACED} steps; the model checks the rest itself (steps
 * within T, a prompt with a word it knows), so its message reaches the user unchanged.
 */
record TextSettings(String prompt, long seed, int steps, double guidance, int samples) {
    static final int MAX_STEPS = 1000, MAX_SAMPLES = 8;
    static final double MAX_GUIDANCE = 8;
    /** Most steps whose cross-attention is kept, evenly spaced (8 samples: about 1 MB a step). */
    static final int MAX_TRACED = 50;

    TextSettings {
        if (steps < 1 || steps > MAX_STEPS) throw new IllegalArgumentException("steps must be 1 to " + MAX_STEPS + ", got " + steps);
        if (samples < 1 || samples > MAX_SAMPLES) throw new IllegalArgumentException("samples must be 1 to " + MAX_SAMPLES + ", got " + samples);
        if (!(guidance >= 0 && guidance <= MAX_GUIDANCE)) throw new IllegalArgumentException("guidance must be 0 to 8, got " + guidance);
    }

    /** Every sample draws the prompt; the cross-attention of every step, or of {@link #MAX_TRACED} of many. */
    GenerationRequest request() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put(SamplerSettings.SAMPLER, SamplerSettings.Method.DDIM.key());
        o.put(SamplerSettings.STEPS, Integer.toString(steps));
        o.put(SamplerSettings.GUIDANCE, Double.toString(guidance));
        o.put(DiffusionModel.PROMPT, prompt.replace('|', ' '));               // '|' would start a second prompt; the tokenizer skips it anyway
        o.put(AttentionRecorder.CROSS_OPTION, steps <= MAX_TRACED ? "all" : Integer.toString(MAX_TRACED));
        return new GenerationRequest(samples, new int[samples], seed, o);        // label 0: the prompt
    }

    /** E.g. "DDIM, 50 steps, guidance 3, seed 1, 4 samples". */
    String describe() {
        String g = guidance == Math.rint(guidance) ? Long.toString((long) guidance) : String.format(Locale.ROOT, "%.1f", guidance);
        return "DDIM, " + steps + " steps, guidance " + g + ", seed " + seed + ", " + samples + (samples == 1 ? " sample" : " samples");
    }
}
