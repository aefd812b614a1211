package io.genlab.ui.reverse;

import io.genlab.diffusion.SamplerSettings;
import io.genlab.train.GenerationRequest;
import io.genlab.ui.shell.LinkSettings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the Reverse process form asks for: seed, sampler, eta, steps, guidance, class and number of
 * samples. It only turns them into a {@link GenerationRequest}; the model checks the sampler options
 * itself ({@link SamplerSettings#parse}: steps within T, eta in [0, 1], ...), so its message reaches
 * the user unchanged.
 *
 * @param classChoice a class index, {@link #EVERY_CLASS} (cycle through the classes) or
 *                    {@link #NO_CLASS} (unconditional)
 */
record ReverseSettings(long seed, SamplerSettings.Method sampler, double eta, int steps, double guidance,
                       int classChoice, int count) {
    static final int EVERY_CLASS = -2;
    static final int NO_CLASS = -1;
    static final int MAX_COUNT = 16;

    ReverseSettings {
        if (count < 1 || count > MAX_COUNT) throw new IllegalArgumentException("number of samples must be in 1.." + MAX_COUNT + ", got " + count);
        if (classChoice < EVERY_CLASS) throw new IllegalArgumentException("no class " + classChoice);
    }

    /** The sampler options for the model: eta only for DDIM (DDPM rejects it). */
    Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put(SamplerSettings.SAMPLER, sampler.key());
        o.put(SamplerSettings.STEPS, Integer.toString(steps));
        if (sampler == SamplerSettings.Method.DDIM) o.put(SamplerSettings.ETA, Double.toString(eta));
        o.put(SamplerSettings.GUIDANCE, Double.toString(guidance));
        return o;
    }

    /** The request for {@code n} samples with these settings, for a model with {@code numClasses} classes. */
    GenerationRequest request(int n, int numClasses) {
        if (classChoice >= numClasses) {
            throw new IllegalArgumentException("class " + classChoice + " does not exist; the model has classes 0.." + (numClasses - 1));
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = classChoice == EVERY_CLASS ? i % numClasses : classChoice;
        return new GenerationRequest(n, labels, seed, options());
    }

    /** The request for {@link #count()} samples. */
    GenerationRequest request(int numClasses) {
        return request(count, numClasses);
    }

    /** The same settings with another sampler, eta and number of steps (one cell of the sampler grid). */
    ReverseSettings withSampler(SamplerSettings.Method newSampler, double newEta, int newSteps) {
        return new ReverseSettings(seed, newSampler, newEta, newSteps, guidance, classChoice, count);
    }

    /**
     * The class choice a lesson names: a class index, a class name (any case), "all" (every class in
     * turn) or "none" (unconditional). A model of unlabelled data takes only "all" and "none", which
     * then mean the same.
     *
     * @param classNames the model's classes; null while the model is not known yet: then only the form of
     *                   the text is checked and a class name gives {@link #EVERY_CLASS}, to be looked up later
     * @throws IllegalArgumentException saying what the values can be
     */
    static int parseClass(String text, java.util.List<String> classNames) {
        String v = text.trim();
        boolean labelled = classNames == null || classNames.size() > 1;
        if (v.equalsIgnoreCase("all")) return EVERY_CLASS;
        if (v.equalsIgnoreCase("none")) return labelled ? NO_CLASS : EVERY_CLASS;
        if (!labelled) throw LinkSettings.bad("class", "all or none (the model's data has no classes)", text);
        String what = classNames == null ? "a class index, a class name, all or none"
                : "a class index 0.." + (classNames.size() - 1) + ", a class name (" + String.join(", ", classNames) + "), all or none";
        if (v.matches("\\d{1,9}")) {
            int k = Integer.parseInt(v);
            if (classNames == null || k < classNames.size()) return k;
            throw LinkSettings.bad("class", what, text);
        }
        if (v.isEmpty() || v.matches("-?\\d+")) throw LinkSettings.bad("class", what, text);
        if (classNames == null) return EVERY_CLASS;              // a name: looked up when the classes are known
        for (int k = 0; k < classNames.size(); k++) if (classNames.get(k).equalsIgnoreCase(v)) return k;
        throw LinkSettings.bad("class", what, text);
    }

    /** Short description for titles, e.g. "DDIM eta 0, 50 steps, guidance 3, seed 1". */
    String describe() {
        return sampler.name() + (sampler == SamplerSettings.Method.DDIM ? " eta " + trim(eta) : "") + ", " + steps
                + " steps, guidance " + trim(guidance) + ", seed " + seed;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
