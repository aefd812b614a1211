package io.genlab.nn;

/**
 * Returns the native memory of a finished SameDiff training step before the next one starts.
 *
 * <p>ND4J frees an array's native buffer only when Java's garbage collector collects the array
 * object. A unet-s step at batch 64 allocates gigabytes of activations and gradients but very
 * little Java heap, so the collector rarely runs: resident memory climbs to JavaCPP's bound,
 * every new buffer is fresh pages from the kernel, and measured on 2 cores (see README,
 * Performance) half of the step went to system time. One collection per step keeps the memory
 * flat and made the unet-s step about 2.5x faster.
 */
public final class NativeMemory {
    private NativeMemory() {}

    /** Call after a training step, when its arrays are no longer referenced. */
    public static void releaseStep() {
        System.gc();
    }
}
