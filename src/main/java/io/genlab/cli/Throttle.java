package io.genlab.cli;

/** Decides when a progress line is due: at most one every interval, and always the last. */
final class Throttle {
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long last;

    Throttle(double seconds) {
        this.intervalNanos = (long) (seconds * 1e9);
    }

    /** Whether to print now; {@code finished} lines are always due. */
    boolean due(boolean finished) {
        long now = System.nanoTime();
        if (now - last < intervalNanos && !finished) return false;
        last = now;
        return true;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
