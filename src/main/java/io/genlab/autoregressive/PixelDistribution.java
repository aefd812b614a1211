package io.genlab.autoregressive;

/**
 * The 256-way distribution of one pixel value and how a value is drawn from it: a softmax of the
 * network's logits divided by a temperature (below 1 sharper, above 1 flatter), and the value
 * whose cumulative probability first exceeds a uniform draw u in [0, 1). Both samplers draw
 * through here, so the same logits and the same u give the same value.
 */
final class PixelDistribution {
    static final int LEVELS = PixelCnnS.LEVELS;

    private PixelDistribution() {}

    /** Probabilities [256] from logits[offset .. offset+255] at the given temperature (> 0). */
    static double[] probabilities(float[] logits, int offset, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < LEVELS; v++) max = Math.max(max, logits[offset + v] / temperature);
        double[] p = new double[LEVELS];
        double sum = 0;
        for (int v = 0; v < LEVELS; v++) {
            p[v] = Math.exp(logits[offset + v] / temperature - max);
            sum += p[v];
        }
        for (int v = 0; v < LEVELS; v++) p[v] /= sum;
        return p;
    }

    /** The value v with P(value <= v) > u, for u in [0, 1). */
    static int draw(double[] p, double u) {
        double cumulative = 0;
        for (int v = 0; v < LEVELS - 1; v++) {
            cumulative += p[v];
            if (u < cumulative) return v;
        }
        return LEVELS - 1;
    }

    /** An image value in [-1, 1] as its 8-bit level. */
    static int level(float x) {
        return (int) Math.max(0, Math.min(LEVELS - 1, Math.round((x + 1) * 127.5)));
    }

    /** An 8-bit level as an image value in [-1, 1]. */
    static float value(int level) {
        return (float) (level / 127.5 - 1);
    }
}
