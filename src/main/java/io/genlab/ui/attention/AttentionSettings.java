package io.genlab.ui.attention;

import io.genlab.diffusion.AttentionRecorder;
import io.genlab.diffusion.SamplerSettings;
import io.genlab.train.GenerationRequest;
import io.genlab.ui.shell.LinkSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the Attention view samples its one picture: seed, sampler, steps, guidance and class. It
 * turns them into a request that records every attention layer at every step; the model checks the
 * sampler options itself (steps within T, ...), so its message reaches the user unchanged.
 *
 * @param classChoice a class index, or {@link #NO_CLASS} (unconditional)
 */
record AttentionSettings(long seed, SamplerSettings.Method sampler, int steps, double guidance, int classChoice) {
    static final int NO_CLASS = -1;
    /** Most sampler steps: every step's maps are kept (dit-s: 6 layers x 4 heads x 49 x 49 weights a step). */
    static final int MAX_STEPS = 200;

    AttentionSettings {
        if (steps < 1 || steps > MAX_STEPS) throw new IllegalArgumentException("steps must be 1 to " + MAX_STEPS + ", got " + steps);
        if (classChoice < NO_CLASS) throw new IllegalArgumentException("no class " + classChoice);
    }

    /** One sample, every attention layer recorded at every step. */
    GenerationRequest request(int numClasses) {
        if (classChoice >= numClasses) {
            throw new IllegalArgumentException("class " + classChoice + " does not exist; the model has classes 0.." + (numClasses - 1));
        }
        Map<String, String> o = new LinkedHashMap<>();
        o.put(SamplerSettings.SAMPLER, sampler.key());
        o.put(SamplerSettings.STEPS, Integer.toString(steps));
        o.put(SamplerSettings.GUIDANCE, Double.toString(guidance));
        o.put(AttentionRecorder.OPTION, "all");
        return new GenerationRequest(1, new int[]{classChoice}, seed, o);
    }

    /** E.g. "DDIM, 50 steps, guidance 3, seed 1". */
    String describe() {
        return sampler.name() + ", " + steps + " steps, guidance " + (guidance == Math.rint(guidance) ? Long.toString((long) guidance)
                : Double.toString(guidance)) + ", seed " + seed;
    }

    /**
     * The class a lesson names: a class index, a class name (any case) or "none" (unconditional).
     *
     * @param classNames the model's classes
     * @throws IllegalArgumentException naming the setting and the values it takes
     */
    static int parseClass(String text, List<String> classNames) {
        String v = text.strip();
        if (v.equalsIgnoreCase("none")) return NO_CLASS;
        if (v.matches("\\d{1,9}") && Integer.parseInt(v) < classNames.size()) return Integer.parseInt(v);
        for (int k = 0; k < classNames.size(); k++) {
            if (classNames.get(k).equalsIgnoreCase(v)) return k;
        }
        throw LinkSettings.bad("class", "a class index 0.." + (classNames.size() - 1) + ", a class name ("
                + String.join(", ", classNames) + ") or none", text);
    }
}
