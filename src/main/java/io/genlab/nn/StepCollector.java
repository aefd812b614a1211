package io.genlab.nn;

import org.bytedeco.javacpp.Pointer;

/**
 * Returns a finished training step's native memory: the shared SameDiff training-step helper
 * every family calls after its update.
 *
 * <p>ND4J frees an array's native buffer only when Java's garbage collector collects the array
 * object. {@link Backprop} hands most of a step's arrays back to SameDiff's cache, but some are
 * never taken back, and a step uses little Java heap, so the collector may rarely run on its
 * own. A collector asks for a collection once the process's resident memory is more than its
 * slack above the lowest it has been right after a collection: with no slack, after every step.
 * Measuring from the lowest point, not the latest, keeps memory flat: freed native memory often
 * stays resident (the allocator keeps it for reuse), and a baseline that rose with it would let
 * resident memory ratchet upwards by a slack at a time.
 *
 * <p>unet-s needs every step's collection: about 0.3 GB of a step at batch 64 is never taken
 * back, and on 2 cores {@code genlab bench --model unet-s --steps 60} took 1,250 ms per step
 * with a peak resident memory of 1.9 GiB, against 1,324 ms and 4.6 GiB with no collections
 * ({@code GENLAB_JAVA_OPTS=-XX:+DisableExplicitGC}). A dcgan-s step leaves little behind, and a
 * collection (25-35 ms) would be a tenth of its step, and a slack of 512 MB saves most of them.
 */
public final class StepCollector {
    private final long slackBytes;
    private long lowestAfterCollection = Long.MAX_VALUE;

    /** @param slackBytes resident-memory growth tolerated between collections; 0 collects after every step */
    public StepCollector(long slackBytes) {
        if (slackBytes < 0) throw new IllegalArgumentException("slack must be >= 0, got " + slackBytes);
        this.slackBytes = slackBytes;
    }

    /** A collector for every step. */
    public static StepCollector everyStep() {
        return new StepCollector(0);
    }

    /** Call after a training step, when its arrays are no longer referenced. */
    public void afterStep() {
        if (slackBytes > 0 && lowestAfterCollection != Long.MAX_VALUE && Pointer.physicalBytes() - lowestAfterCollection < slackBytes) return;
        System.gc();
        lowestAfterCollection = Math.min(lowestAfterCollection, Pointer.physicalBytes());
    }
}
