package io.genlab.eval.race;

import java.util.Arrays;
import java.util.List;

/** How fast a recorded race is replayed, in race seconds per second: the choices of the Race view and of {@code genlab race --speed}. */
public enum ReplaySpeed {
    REAL("1", 1, "1× (real time)"), HALF("0.5", 0.5, "1/2×"), TENTH("0.1", 0.1, "1/10×"), HUNDREDTH("0.01", 0.01, "1/100×");

    private final String key;
    private final double factor;
    private final String label;

    ReplaySpeed(String key, double factor, String label) {
        this.key = key;
        this.factor = factor;
        this.label = label;
    }

    /** The value a lesson link or the command line gives, e.g. "0.1". */
    public String key() { return key; }

    public double factor() { return factor; }

    /** The speed whose key is {@code text}, e.g. "0.1"; "1.0" and "0.10" are read as numbers too. */
    public static ReplaySpeed of(String text) {
        for (ReplaySpeed s : values()) {
            if (s.key.equals(text.strip())) return s;
        }
        try {
            double v = Double.parseDouble(text.strip());
            for (ReplaySpeed s : values()) {
                if (s.factor == v) return s;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException("speed must be " + keys() + ", got \"" + text + "\"");
    }

    /** "1, 0.5, 0.1 or 0.01". */
    static String keys() {
        List<String> keys = Arrays.stream(values()).map(ReplaySpeed::key).toList();
        return String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
    }

    @Override
    public String toString() { return label; }
}
