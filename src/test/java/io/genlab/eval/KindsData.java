package io.genlab.eval;

import io.genlab.data.IdxWriter;

import java.nio.file.Path;
import java.util.Random;

/**
 * A labelled image dataset small and easy enough for end-to-end tests of judges, evaluation and
 * experiments: 8x8 grey images of three kinds (dark, light, vertical stripes) with a little noise.
 */
public final class KindsData {
    private KindsData() {}

    /** Writes {@code n} images as the IDX pair PREFIX-images-idx3-ubyte / PREFIX-labels-idx1-ubyte. */
    public static void writeIdx(Path prefix, int n, long seed) {
        Random rng = new Random(seed);
        byte[] pixels = new byte[n * 64];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int p = 0; p < 64; p++) {
                int base = switch (labels[i]) {
                    case 0 -> 30;
                    case 1 -> 220;
                    default -> p % 2 == 0 ? 240 : 15;
                };
                pixels[i * 64 + p] = (byte) Math.max(0, Math.min(255, base + (int) (12 * rng.nextGaussian())));
            }
        }
        IdxWriter.writeBytes(Path.of(prefix + "-images-idx3-ubyte"), new int[]{n, 8, 8}, pixels, false);
        IdxWriter.writeLabels(Path.of(prefix + "-labels-idx1-ubyte"), labels, false);
    }
}
