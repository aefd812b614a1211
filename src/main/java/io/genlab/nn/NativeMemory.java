package io.genlab.nn;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.InferenceSession;

/**
 * Returns the native memory SameDiff holds: a finished training step's arrays, and the arrays
 * a graph's per-thread sessions keep cached.
 *
 * <p>ND4J frees an array's native buffer only when Java's garbage collector collects the array
 * object. {@link Backprop} hands most of a step's arrays back to SameDiff's cache, but about a
 * tenth of them (some 0.3 GB of a unet-s step at batch 64) are never taken back, and a step
 * uses little Java heap, so the collector rarely runs on its own: resident memory would climb
 * towards JavaCPP's bound and every new buffer would be fresh pages from the kernel. One
 * collection per step keeps the memory flat and the step faster: on 2 cores,
 * {@code genlab bench --model unet-s --steps 60} took 1,250 ms per step with a peak resident
 * memory of 1.9 GiB, and 1,324 ms and 4.6 GiB with the collections turned off
 * ({@code GENLAB_JAVA_OPTS=-XX:+DisableExplicitGC}).
 */
public final class NativeMemory {
    private NativeMemory() {}

    /** Call after a training step, when its arrays are no longer referenced. */
    public static void releaseStep() {
        System.gc();
    }

    /**
     * Frees the arrays SameDiff keeps cached for this thread's runs of {@code sd}; call when this
     * thread is done with the graph (after a sampling run). SameDiff keeps one session, with a
     * cache of the arrays it can reuse, per thread and graph, and never drops it: each worker
     * thread that sampled unet-s at batch 32 would otherwise hold on to about 90 MB.
     */
    public static void releaseThreadSession(SameDiff sd) {
        InferenceSession session = sd.getSessions().remove(Thread.currentThread().getId());
        if (session != null) session.getMmgr().close();
    }

    /** Frees the cached arrays of the sessions that threads other than this one left on {@code sd}. */
    public static void releaseOtherThreadsSessions(SameDiff sd) {
        long me = Thread.currentThread().getId();
        sd.getSessions().entrySet().removeIf(e -> {
            if (e.getKey() == me) return false;
            e.getValue().getMmgr().close();
            return true;
        });
    }
}
