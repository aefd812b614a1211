package io.genlab.ui.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's model options as the Train form shows them: {@code key=value} pairs typed in one field
 * and the learning rate in another, read into the options of a run and written back from them.
 * It checks only how they are written; what they mean, each model checks when it is built.
 */
final class ModelOptionsText {
    /** The option that holds the learning rate. */
    private static final String LEARNING_RATE = "lr";

    private ModelOptionsText() {}

    /** Model options typed as {@code key=value} pairs, separated by commas or spaces. */
    static Map<String, Object> parse(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("model options are key=value pairs such as timesteps=100, not '" + part + "'");
            }
            out.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return out;
    }

    /**
     * The options typed, with the learning rate typed if there is one.
     *
     * @param learningRate a number above 0, or blank for the model's own
     * @throws IllegalArgumentException if either is written wrongly
     */
    static Map<String, Object> read(String options, String learningRate) {
        Map<String, Object> opts = parse(options);
        String lr = learningRate.strip();
        if (!lr.isEmpty()) {
            double value;
            try {
                value = Double.parseDouble(lr);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the learning rate must be a number such as 0.001, not '" + lr + "'");
            }
            if (!(value > 0) || Double.isInfinite(value)) throw new IllegalArgumentException("the learning rate must be above 0, got " + lr);
            opts.put(LEARNING_RATE, value);
        }
        return opts;
    }

    /** A run's learning rate as typed, or "" when the run used the model's own. */
    static String learningRate(Map<String, Object> options) {
        Object lr = options.get(LEARNING_RATE);
        return lr == null ? "" : lr.toString();
    }

    /** A run's options other than the learning rate, as typed, e.g. "timesteps=100, schedule=cosine". */
    static String options(Map<String, Object> options) {
        StringBuilder o = new StringBuilder();
        options.forEach((k, v) -> {
            if (!k.equals(LEARNING_RATE)) o.append(o.length() == 0 ? "" : ", ").append(k).append('=').append(v);
        });
        return o.toString();
    }
}
