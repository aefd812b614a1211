package io.genlab.ui.autoregressive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences the Autoregressive view writes under its pictures: what was drawn, how long it took, what a pixel sees. */
final class PixelTexts {
    private PixelTexts() {}

    /** The sample chooser's names: "sample 1: Sneaker", ... */
    static List<String> sampleNames(int[] labels, List<String> classNames) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) names.add("sample " + (i + 1) + ": " + classNames.get(labels[i]));
        return names;
    }

    /** "pixel (3, 5): drew 212, p = 0.34" (with the channel for colour images). */
    static String drawn(PixelTrace.Step s, int level, double probability, int channels) {
        String p = probability >= 0.01 ? String.format(Locale.ROOT, "%.2f", probability) : String.format(Locale.ROOT, "%.4f", probability);
        return String.format(Locale.ROOT, "%s: drew %d, p = %s", where(s, channels), level, p);
    }

    /** "pixel (3, 5)", or "pixel (3, 5), channel 1" for colour images. */
    static String where(PixelTrace.Step s, int channels) {
        return String.format(Locale.ROOT, "pixel (%d, %d)%s", s.row(), s.column(), channels == 1 ? "" : ", channel " + s.channel());
    }

    /** The counter while values arrive: "312 of 784 network passes, 1.4 s". */
    static String running(PixelTrace.Step s) {
        return String.format(Locale.ROOT, "%,d of %,d network passes%s", s.passes(), s.total(), s.elapsedNanos() < 0 ? ""
                : String.format(Locale.ROOT, ", %.1f s", s.elapsedNanos() / 1e9));
    }

    /** The counter once a generation has ended: "784 network passes in 3.1 s (4.0 ms per pass)", or where it stopped. */
    static String finished(PixelTrace trace) {
        PixelTrace.Step last = trace.last();
        String passes = trace.complete() ? String.format(Locale.ROOT, "%,d network passes", last.passes())
                : String.format(Locale.ROOT, "Stopped after %,d of %,d network passes", last.passes(), last.total());
        if (last.elapsedNanos() < 0) return passes;
        double seconds = last.elapsedNanos() / 1e9;
        return String.format(Locale.ROOT, "%s in %.1f s (%.1f ms per pass)", passes, seconds, 1000 * seconds / Math.max(1, last.passes()));
    }

    /** Why it takes so many passes. */
    static String why(PixelTrace.Step s) {
        return String.format(Locale.ROOT, "One pass per value: each value is drawn from a distribution that depends on every value "
                + "before it, so the %,d passes run one after another (a GAN draws a whole image in one pass).", s.total());
    }

    /** The player's caption: "value 312 of 784: pixel (11, 3), at 1.2 s". */
    static String position(PixelTrace.Step s, int channels) {
        return String.format(Locale.ROOT, "value %,d of %,d: %s%s", s.index() + 1, s.total(), where(s, channels),
                s.elapsedNanos() < 0 ? "" : String.format(Locale.ROOT, ", at %.2f s", s.elapsedNanos() / 1e9));
    }

    /**
     * What the receptive field of pixel (row, col) shows: how many pixels it sees, and how many of the
     * pixels drawn before it it does not (the blind spot).
     */
    static String field(int row, int col, boolean[] field, int width, int channels) {
        int[] n = counts(row, col, field, width);
        String own = channels == 1 ? "" : " (its own pixel only through the channels drawn before)";
        String seen = String.format(Locale.ROOT, "Pixel (%d, %d) sees the %d tinted pixels%s: only they change its distribution. ",
                row, col, n[0], own);
        if (n[1] == 0) {
            return seen + "Every pixel drawn before it is tinted: the blind spot (pixels above and to the right that stacked "
                    + "masked convolutions never reach) has none here.";
        }
        return seen + String.format(Locale.ROOT, "%d pixels drawn before it are not tinted: the blind spot above and to the right, "
                + "which stacked masked convolutions never reach.", n[1]);
    }

    /** One line for a picture of the field: "sees 130 pixels; 42 drawn before it are in the blind spot". */
    static String fieldSummary(int row, int col, boolean[] field, int width) {
        int[] n = counts(row, col, field, width);
        return String.format(Locale.ROOT, "sees %d pixels; %d drawn before it are in the blind spot", n[0], n[1]);
    }

    /** {pixels in the field, pixels before (row, col) in raster order that are not}. */
    private static int[] counts(int row, int col, boolean[] field, int width) {
        int at = row * width + col, seen = 0, blind = 0;
        for (int p = 0; p < field.length; p++) {
            if (field[p]) seen++;
            else if (p < at) blind++;
        }
        return new int[]{seen, blind};
    }
}
