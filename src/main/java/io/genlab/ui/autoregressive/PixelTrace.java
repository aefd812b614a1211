package io.genlab.ui.autoregressive;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every step of a pixel-by-pixel generation, kept small: each step's position, pass count, time and
 * 256-way distributions, but only the newest canvas. A PixelCNN draws the values in raster order
 * (pixel by pixel, and within a pixel channel by channel), so the canvas of any earlier step is the
 * newest canvas with every value after that step blanked; a 28x28 trace of 4 samples holds 3 MB
 * instead of the 13 MB of its frames. Fill it from one thread; read it once filling has ended.
 */
final class PixelTrace {
    /** The canvas value of a value not drawn yet (black). */
    static final float UNDRAWN = -1f;
    static final int LEVELS = 256;

    /**
     * One value drawn.
     *
     * @param index         the step's place in the generation, 0-based
     * @param total         how many values the generation draws
     * @param passes        network passes so far
     * @param probabilities each sample's distribution for the value, [N * 256]
     * @param elapsedNanos  time since the generation started, or -1 if not known (a recorded trace)
     */
    record Step(int index, int total, int row, int column, int channel, int passes, float[] probabilities, long elapsedNanos) {}

    private final List<Step> steps = new ArrayList<>();
    private Tensor newest;                        // the canvas after the last step, [N, C, H, W]

    /** The frames of a recorded generation, in order, without timings. */
    static PixelTrace of(List<TraceFrame> frames) {
        PixelTrace trace = new PixelTrace();
        frames.forEach(f -> trace.add(f, -1));
        return trace;
    }

    /** Adds the next frame of a PixelCNN's generation ("x", "probabilities", row, column, channel, passes). */
    void add(TraceFrame frame, long elapsedNanos) {
        Step step = step(frame, elapsedNanos);
        newest = frame.tensors().get("x");
        steps.add(step);
    }

    /** What a frame of a PixelCNN's generation says of the value it drew; its canvas is {@code frame.tensors().get("x")}. */
    static Step step(TraceFrame frame, long elapsedNanos) {
        Tensor canvas = frame.tensors().get("x"), probabilities = frame.tensors().get("probabilities");
        if (canvas == null || probabilities == null || canvas.rank() != 4 || probabilities.length() != canvas.shape()[0] * LEVELS) {
            throw new IllegalArgumentException("frame " + frame.index() + " is not a frame of a pixel-by-pixel generation");
        }
        return new Step(frame.index(), frame.total(), scalar(frame, "row"), scalar(frame, "column"), scalar(frame, "channel"),
                frame.scalars().containsKey("passes") ? scalar(frame, "passes") : frame.index() + 1,
                probabilities.data(), elapsedNanos);
    }

    private static int scalar(TraceFrame frame, String name) {
        Double v = frame.scalars().get(name);
        if (v == null) throw new IllegalArgumentException("frame " + frame.index() + " has no " + name);
        return (int) Math.round(v);
    }

    /** The level (0..255) sample {@code b} drew at {@code step}, read off a canvas [N, C, H, W] from that step on. */
    static int level(Tensor canvas, int b, Step step) {
        int c = canvas.shape()[1], h = canvas.shape()[2], w = canvas.shape()[3];
        float v = canvas.data()[((b * c + step.channel()) * h + step.row()) * w + step.column()];
        return Math.max(0, Math.min(LEVELS - 1, Math.round((v + 1) * 127.5f)));
    }

    int size() { return steps.size(); }

    boolean isEmpty() { return steps.isEmpty(); }

    Step step(int k) { return steps.get(k); }

    Step last() { return steps.get(steps.size() - 1); }

    /** Samples in the generation. */
    int samples() { return newest.shape()[0]; }

    int channels() { return newest.shape()[1]; }

    int height() { return newest.shape()[2]; }

    int width() { return newest.shape()[3]; }

    /** Whether the generation drew every value it meant to. */
    boolean complete() {
        return !isEmpty() && last().index() == last().total() - 1;
    }

    /** The canvas [N, C, H, W] just after step k: the values drawn so far, the rest {@link #UNDRAWN}. */
    Tensor canvas(int k) {
        Step s = steps.get(k);
        int c = channels(), hw = height() * width(), at = s.row() * width() + s.column();
        float[] out = newest.data().clone();
        for (int b = 0; b < samples(); b++) {
            for (int ch = 0; ch < c; ch++) {
                for (int p = at; p < hw; p++) {
                    if (p > at || ch > s.channel()) out[(b * c + ch) * hw + p] = UNDRAWN;
                }
            }
        }
        return new Tensor(out, newest.shape());
    }

    /** The level (0..255) sample {@code b} drew at step k. */
    int drawn(int k, int b) {
        return level(newest, b, steps.get(k));
    }

    /** Step k as the frame the model reported (its canvas rebuilt), e.g. for {@code PixelPictures.frame}. */
    TraceFrame frame(int k) {
        Step s = steps.get(k);
        int n = samples();
        String where = String.format(Locale.ROOT, "pixel (%d, %d)%s", s.row(), s.column(), channels() == 1 ? "" : ", channel " + s.channel());
        return new TraceFrame(s.index(), s.total(), where,
                Map.of("x", canvas(k), "probabilities", new Tensor(s.probabilities(), new int[]{n, LEVELS})),
                Map.of("row", (double) s.row(), "column", (double) s.column(), "channel", (double) s.channel(), "passes", (double) s.passes()));
    }
}
