package io.genlab.eval.race;

import io.genlab.train.DataShape;

import java.util.Locale;

/**
 * The words and numbers of a race, in the Race view and from {@code genlab race} alike: times,
 * network evaluations, what each family does. It formats; it measures nothing.
 */
public final class RaceTexts {
    private RaceTexts() {}

    /** A time on the race clock: "0.023 s" under a tenth of a second, "7.93 s" under 100 s, else "124 s". */
    public static String seconds(long nanos) {
        double s = nanos / 1e9;
        if (s < 0.1) return String.format(Locale.ROOT, "%.3f s", s);
        return s < 100 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%,.0f s", s);
    }

    /** "1 network evaluation", "1,568 network evaluations". */
    public static String evaluations(int n) {
        return String.format(Locale.ROOT, "%,d network evaluation%s", n, n == 1 ? "" : "s");
    }

    /** What a finished lane took, as under the pictures: "0.023 s · 1 network evaluation". */
    public static String finished(LaneRecording lane) {
        return seconds(lane.finish().nanos()) + " · " + evaluations(lane.evaluations());
    }

    /** A lane on its way: "0.84 s · 112 network evaluations". */
    public static String running(long nanos, LaneRecording.Moment shown) {
        return seconds(nanos) + " · " + progress(shown);
    }

    /** The network evaluations done by the moment shown, none before the first: "112 network evaluations". */
    public static String progress(LaneRecording.Moment shown) {
        return evaluations(shown == null ? 0 : shown.evaluations());
    }

    /** What one network evaluation took on average in a finished lane: "0.6 ms per evaluation". */
    public static String perEvaluation(LaneRecording lane) {
        double ms = lane.finish().nanos() / 1e6 / Math.max(1, lane.evaluations());
        return String.format(Locale.ROOT, ms < 10 ? "%.1f ms" : "%,.0f ms", ms) + " per evaluation";
    }

    /** The family as a class says it: "GAN", "diffusion", "transformer", "autoregressive". */
    public static String family(String family) {
        return family.equals("gan") ? "GAN" : family;
    }

    /**
     * What a model of this family does to make a picture in the race, e.g. "50 denoising steps", "one
     * generator pass", "784 pixels one by one"; just the family for any other.
     */
    public static String method(String family, DataShape shape, RaceSettings settings) {
        return switch (family) {
            case "diffusion", "transformer" -> settings.steps() + (settings.steps() == 1 ? " denoising step" : " denoising steps");
            case "gan" -> "one generator pass";
            case "autoregressive" -> String.format(Locale.ROOT, "%,d %s one by one", shape.exampleSize(),
                    shape.channels() == 1 ? "pixels" : "values");
            default -> family;
        };
    }

    /** A lane's second line: "diffusion · 50 denoising steps". */
    public static String about(String family, String method) {
        return method.equals(family) ? family(family) : family(family) + " · " + method;
    }

    /** "Lane 2 of 4, dit-s". */
    public static String lane(int index, int lanes, String model) {
        return "Lane " + (index + 1) + " of " + lanes + ", " + model;
    }

    /** Why something failed, for a lane's problem: the error's own message, or its type when it has none. */
    public static String problem(Throwable cause) {
        String m = cause.getMessage();
        return m == null || m.isBlank() ? cause.getClass().getSimpleName() : m;
    }

    /** A number without a needless ".0": 3, 2.5. */
    public static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
