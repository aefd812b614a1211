package io.genlab.ui.autoregressive;

import io.genlab.autoregressive.PixelCnnModel;
import io.genlab.train.GenerationRequest;
import io.genlab.ui.shell.LinkSettings;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the Autoregressive view samples: the seed, the temperature that divides the logits, the
 * sampler, the class and the number of samples. It turns them into the requests the PixelCNN reads.
 *
 * @param classChoice a class index, or {@link #EVERY_CLASS}
 */
record PixelSettings(long seed, double temperature, Sampler sampler, int classChoice, int samples) {
    static final int EVERY_CLASS = -1, MAX_SAMPLES = 16;
    static final double MIN_TEMPERATURE = 0.2, MAX_TEMPERATURE = 3;

    /** The PixelCNN's two samplers; both draw the same samples for a seed. */
    enum Sampler {
        CACHED("cached", "cached (one new position per pass)"),
        NAIVE("naive", "naive (the whole network per pixel)");

        private final String key;
        private final String label;

        Sampler(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The name the model and lesson links use. */
        String key() { return key; }

        @Override
        public String toString() { return label; }
    }

    PixelSettings {
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
            throw new IllegalArgumentException("temperature must be from " + MIN_TEMPERATURE + " to " + MAX_TEMPERATURE + ", got " + temperature);
        }
        if (samples < 1 || samples > MAX_SAMPLES) throw new IllegalArgumentException("samples must be 1 to " + MAX_SAMPLES + ", got " + samples);
    }

    /** The model's sampling options: temperature and sampler. */
    Map<String, String> options() {
        return Map.of(PixelCnnModel.TEMPERATURE, String.format(Locale.ROOT, "%.2f", temperature), PixelCnnModel.SAMPLER, sampler.key());
    }

    /** The request for Generate: every class in turn or the chosen one. */
    GenerationRequest request(int numClasses) {
        if (classChoice >= numClasses) {
            throw new IllegalArgumentException("class " + classChoice + " does not exist; the model has classes 0.." + (numClasses - 1));
        }
        GenerationRequest r = classChoice == EVERY_CLASS ? GenerationRequest.cyclingClasses(samples, numClasses, seed)
                : GenerationRequest.ofClass(samples, classChoice, seed);
        return r.withOptions(options());
    }

    /** The request for a completion: {@code count} completions, all of the given image's class. */
    GenerationRequest completionRequest(int count, int label) {
        return GenerationRequest.ofClass(count, label, seed).withOptions(options());
    }

    /** E.g. "temperature 1.00, cached sampler, seed 7". */
    String describe() {
        return String.format(Locale.ROOT, "temperature %.2f, %s sampler, seed %d", temperature, sampler.key(), seed);
    }

    /**
     * The class a lesson names: "all" (every class in turn), a class index or a class name (any case).
     *
     * @param classNames the model's classes
     * @throws IllegalArgumentException naming the setting and the values it takes
     */
    static int parseClass(String text, List<String> classNames) {
        String v = text.strip();
        if (v.equalsIgnoreCase("all")) return EVERY_CLASS;
        if (v.matches("\\d{1,9}") && Integer.parseInt(v) < classNames.size()) return Integer.parseInt(v);
        for (int k = 0; k < classNames.size(); k++) {
            if (classNames.get(k).equalsIgnoreCase(v)) return k;
        }
        throw LinkSettings.bad("class", "all, a class index 0.." + (classNames.size() - 1) + " or a class name ("
                + String.join(", ", classNames) + ")", text);
    }
}
