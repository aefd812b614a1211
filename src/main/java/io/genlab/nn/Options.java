package io.genlab.nn;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a model's options map (from config.json or the command line) strictly: unknown keys and
 * wrong types are errors that name the key, and absent keys take the documented default.
 */
public final class Options {
    private final String model;
    private final Map<String, Object> values;

    /**
     * @param model   the model name, for messages
     * @param values  the given options
     * @param allowed every key the model understands
     */
    public Options(String model, Map<String, Object> values, Set<String> allowed) {
        this.model = model;
        this.values = Map.copyOf(values);
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(model + " has no option '" + unknown.iterator().next() + "'; its options are "
                    + new TreeSet<>(allowed));
        }
    }

    public double number(String key, double def) {
        Object v = values.get(key);
        if (v == null) return def;
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException(model + " option '" + key + "' must be a number, got '" + v + "'");
    }

    public double positive(String key, double def) {
        double v = number(key, def);
        if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException(model + " option '" + key + "' must be > 0, got " + v);
        return v;
    }

    /** A number that must be an integer in [min, max]. */
    public int integer(String key, int def, int min, int max) {
        double v = number(key, def);
        if (v != Math.rint(v) || v < min || v > max) {
            throw new IllegalArgumentException(model + " option '" + key + "' must be an integer in " + min + ".." + max + ", got " + values.get(key));
        }
        return (int) v;
    }

    /** A number in [min, max]. */
    public double inRange(String key, double def, double min, double max) {
        double v = number(key, def);
        if (!(v >= min && v <= max)) throw new IllegalArgumentException(model + " option '" + key + "' must be in [" + min + ", " + max + "], got " + v);
        return v;
    }

    /** One of the allowed words. */
    public String choice(String key, String def, Set<String> allowed) {
        Object v = values.get(key);
        if (v == null) return def;
        if (v instanceof String s && allowed.contains(s)) return s;
        throw new IllegalArgumentException(model + " option '" + key + "' must be one of " + new TreeSet<>(allowed) + ", got '" + v + "'");
    }

    /** true or false, written as the word or read back from a config as a boolean. */
    public boolean flag(String key, boolean def) {
        Object v = values.get(key);
        if (v == null) return def;
        if (v instanceof Boolean b) return b;
        if (v instanceof String s && (s.equals("true") || s.equals("false"))) return Boolean.parseBoolean(s);
        throw new IllegalArgumentException(model + " option '" + key + "' must be true or false, got '" + v + "'");
    }
}
