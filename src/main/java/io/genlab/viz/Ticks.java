package io.genlab.viz;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis tick positions (steps of 1, 2 or 5 times a power of ten) and their labels; not an axis renderer. */
final class Ticks {
    private Ticks() {
    }

    /** Tick values inside [low, high], about {@code target} of them. */
    static double[] between(double low, double high, int target) {
        double step = step(low, high, target);
        List<Double> out = new ArrayList<>();
        for (double v = Math.ceil(low / step) * step; v <= high + step * 1e-9; v += step) {
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double step(double low, double high, int target) {
        double raw = (high - low) / Math.max(1, target);
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / pow;
        return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * pow;
    }

    /** A short label for a tick with the given spacing: just enough decimals to tell ticks apart. */
    static String label(double v, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        String s = String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
}
