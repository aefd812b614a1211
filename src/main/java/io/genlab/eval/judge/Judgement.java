package io.genlab.eval.judge;

/**
 * What a judge says of N images: each one's features (the judge's penultimate layer, where FID
 * and precision/recall measure) and its class probabilities.
 *
 * @param features      [N][128]
 * @param probabilities [N][K], each row summing to 1
 */
public record Judgement(float[][] features, float[][] probabilities) {

    public int size() { return features.length; }

    /** The most probable class of each image. */
    public int[] predicted() {
        int[] out = new int[probabilities.length];
        for (int i = 0; i < out.length; i++) {
            float[] p = probabilities[i];
            int best = 0;
            for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
            out[i] = best;
        }
        return out;
    }

    /** The share of images whose most probable class is the given label. */
    public double accuracy(int[] labels) {
        if (labels.length != size()) throw new IllegalArgumentException(labels.length + " labels for " + size() + " images");
        if (labels.length == 0) return Double.NaN;
        int[] p = predicted();
        int right = 0;
        for (int i = 0; i < p.length; i++) if (p[i] == labels[i]) right++;
        return (double) right / p.length;
    }
}
