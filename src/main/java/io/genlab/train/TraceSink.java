package io.genlab.train;

/** Receives the frames of a generation as they happen; implementations decide what to keep. */
@FunctionalInterface
public interface TraceSink {
    void accept(TraceFrame frame);

    /** A sink that keeps nothing. */
    TraceSink NONE = frame -> { };
}
