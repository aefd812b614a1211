package io.genlab.data;

/**
 * Derives independent seeds from one run seed, so every component (data order, model init,
 * noise of step s) has its own stream and the whole run is reproducible from a single number.
 */
public final class Seeds {
    private Seeds() {}

    /** SplitMix64 finaliser of (seed, stream): well-mixed, and different streams do not collide in practice. */
    public static long mix(long seed, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed for a named component, e.g. {@code of(runSeed, "data")}. */
    public static long of(long seed, String component) {
        return mix(seed, component.hashCode());
    }
}
