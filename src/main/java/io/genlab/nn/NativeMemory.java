package io.genlab.nn;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.InferenceSession;

/**
 * Frees the arrays a graph's per-thread SameDiff sessions keep cached. (A training step's
 * arrays are returned by {@link StepCollector}.)
 */
public final class NativeMemory {
    private NativeMemory() {}

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
