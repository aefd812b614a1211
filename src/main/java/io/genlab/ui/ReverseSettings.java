package io.genlab.ui;

import io.genlab.diffusion.SamplerSettings;
import io.genlab.train.GenerationRequest;

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

    /** Short description for titles, e.g. "DDIM eta 0, 50 steps, guidance 3, seed 1". */
    String describe() {
        return sampler.name() + (sampler == SamplerSettings.Method.DDIM ? " eta " + trim(eta) : "") + ", " + steps
                + " steps, guidance " + trim(guidance) + ", seed " + seed;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
