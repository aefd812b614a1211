package io.genlab.train;

import java.util.ArrayList;
import java.util.List;

/**
 * A trace sink that keeps about {@code limit} frames of a long generation, evenly spaced from the
 * first to the last, and the newest frame so far; it decides as the frames arrive (each frame says
 * how many there will be), so a DDPM run of 1000 steps never holds more than {@code limit + 1}.
 * The kept frames keep their {@link TraceFrame#index()}, so a view can say which step each is.
 * Use it from one thread at a time.
 */
public final class KeptTrace implements TraceSink {
    /** How many frames the workbench keeps of one generation. */
    public static final int DEFAULT_LIMIT = 200;
    private final int limit;
    private final List<TraceFrame> kept = new ArrayList<>();
    private TraceFrame newest;                  // the latest frame when it is not among the kept ones
    private int received;

    /** @param limit how many evenly spaced frames to keep, at least 2 (the first and the last) */
    public KeptTrace(int limit) {
        if (limit < 2) throw new IllegalArgumentException("a kept trace needs room for the first and last frame, got " + limit);
        this.limit = limit;
    }

    public KeptTrace() {
        this(DEFAULT_LIMIT);
    }

    /** Keeps the frame if it is one of the evenly spaced ones; otherwise only until the next frame arrives. */
    @Override
    public void accept(TraceFrame frame) {
        received++;
        if (isKept(frame.index(), frame.total(), limit)) {
            kept.add(frame);
            newest = null;
        } else {
            newest = frame;
        }
    }

    /** The kept frames in order, ending with the newest frame received (also when it is not an evenly spaced one). */
    public List<TraceFrame> frames() {
        if (newest == null) return List.copyOf(kept);
        List<TraceFrame> out = new ArrayList<>(kept.size() + 1);
        out.addAll(kept);
        out.add(newest);
        return List.copyOf(out);
    }

    /** How many frames arrived, kept or not. */
    public int received() { return received; }

    /** The newest frame received, or null before the first. */
    public TraceFrame last() {
        if (newest != null) return newest;
        return kept.isEmpty() ? null : kept.get(kept.size() - 1);
    }

    /**
     * Whether frame {@code index} of {@code total} is one of {@code limit} evenly spaced frames: the
     * frames at round(i (total - 1) / (limit - 1)) for i = 0 .. limit - 1, so always the first and
     * the last; every frame when there are at most {@code limit}.
     */
    public static boolean isKept(int index, int total, int limit) {
        if (total <= limit || index <= 0 || index >= total - 1) return true;
        double spacing = (total - 1) / (double) (limit - 1);
        long i = Math.round(index / spacing);
        return Math.round(i * spacing) == index;
    }
}
