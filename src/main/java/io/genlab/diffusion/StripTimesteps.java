package io.genlab.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The timesteps a forward-process strip shows, as a user types them ("0, 50, 100, 250") or as a
 * sensible default for a schedule of T steps; text in, checked indices out, nothing drawn.
 */
public final class StripTimesteps {
    /** Where the default strip looks, as fractions of T: dense early, where the image still shows. */
    private static final double[] DEFAULT_FRACTIONS = {0, 0.05, 0.1, 0.25, 0.5, 0.75, 1};
    /** More columns than this make a strip unreadable. */
    public static final int MAX_STEPS = 16;

    private StripTimesteps() {}

    /** 0, 50, 100, 250, 500, 750, 999 for T = 1000; the same fractions of T-1 for other T, without repeats. */
    public static int[] defaults(int T) {
        if (T < 1) throw new IllegalArgumentException("T must be at least 1, got " + T);
        List<Integer> out = new ArrayList<>();
        for (double f : DEFAULT_FRACTIONS) {
            int t = f == 1 ? T - 1 : (int) Math.round(f * T);
            t = Math.min(t, T - 1);
            if (!out.contains(t)) out.add(t);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Reads timesteps separated by commas or spaces, each in 0..T-1, at most {@link #MAX_STEPS};
     * they are sorted and repeats dropped. Anything else is an {@link IllegalArgumentException}
     * saying what to type.
     */
    public static int[] parse(String text, int T) {
        if (T < 1) throw new IllegalArgumentException("T must be at least 1, got " + T);
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) throw new IllegalArgumentException("type the timesteps to show, e.g. 0, 50, 100, 500, " + (T - 1));
        String[] parts = s.split("[,;\\s]+");
        int[] ts = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                ts[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + parts[i] + "\" is not a whole number; timesteps run from 0 to " + (T - 1));
            }
            if (ts[i] < 0 || ts[i] >= T) {
                throw new IllegalArgumentException("timestep " + ts[i] + " is outside 0.." + (T - 1));
            }
        }
        int[] sorted = Arrays.stream(ts).distinct().sorted().toArray();
        if (sorted.length > MAX_STEPS) {
            throw new IllegalArgumentException(sorted.length + " timesteps are too many for one strip; give at most " + MAX_STEPS);
        }
        return sorted;
    }

    /** The timesteps as {@link #parse} reads them back, e.g. "0, 50, 100". */
    public static String format(int[] ts) {
        return Arrays.stream(ts).mapToObj(t -> String.format(Locale.ROOT, "%d", t)).collect(Collectors.joining(", "));
    }

    /**
     * {@code count} timesteps from 0 to T-1, evenly spaced and without repeats: the frames of an
     * animation of the forward process.
     */
    public static int[] evenly(int T, int count) {
        if (T < 1 || count < 1) throw new IllegalArgumentException("need T >= 1 and count >= 1, got " + T + ", " + count);
        int k = Math.min(count, T);
        if (k == 1) return new int[]{0};
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = (int) Math.round(i * (T - 1) / (double) (k - 1));
        return out;
    }
}
