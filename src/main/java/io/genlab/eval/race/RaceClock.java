package io.genlab.eval.race;

/**
 * The common clock of a replay as the player's frames: frame k is a time from 0 to the end of the
 * race, one frame per millisecond for short races and at most {@link #MAX_FRAMES} for long ones.
 * Every frame's time is at or after the one before; {@link #frameAt} finds the last frame at or
 * before a time, so a lane never shows a picture before it was made.
 *
 * @param endNanos when the slowest lane finished
 */
public record RaceClock(long endNanos) {
    /** Most frames the player gets (a 30 s race: one every 15 ms). */
    public static final int MAX_FRAMES = 2001;
    private static final long FRAME_NANOS = 1_000_000;

    public RaceClock {
        if (endNanos < 0) throw new IllegalArgumentException("a race cannot end before it starts: " + endNanos + " ns");
    }

    /** How many frames the player scrubs: one if nothing happened. */
    public int frames() {
        if (endNanos == 0) return 1;
        return (int) Math.max(2, Math.min(MAX_FRAMES, (endNanos + FRAME_NANOS - 1) / FRAME_NANOS + 1));
    }

    /** The time of frame {@code frame}: 0 for the first, the end for the last. */
    public long timeOf(int frame) {
        int last = frames() - 1;
        if (last == 0) return 0;
        int k = Math.max(0, Math.min(last, frame));
        return (endNanos * k + last - 1) / last;                    // rounded up: frameAt(timeOf(k)) == k
    }

    /** The last frame whose time is at or before {@code nanos}. */
    public int frameAt(long nanos) {
        int last = frames() - 1;
        if (last == 0 || nanos <= 0) return 0;
        if (nanos >= endNanos) return last;
        return (int) (nanos * last / endNanos);                    // rounded down
    }
}
