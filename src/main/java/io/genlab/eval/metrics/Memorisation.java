package io.genlab.eval.metrics;

import java.util.Arrays;

/**
 * Whether samples are copies of training images: each sample's nearest training image in pixel
 * space and their distance, put on the scale of how far apart training images themselves are.
 * A sample is flagged as a copy when its distance is below {@link #COPY_RATIO} of the typical
 * (median) distance between a training image and its nearest other training image; a model that
 * reproduces training images scores near 0 there, a model that makes new ones does not.
 *
 * @param nearest       for each sample, the index of its nearest training image
 * @param distance      for each sample, the Euclidean pixel distance to it
 * @param typicalNearest the median distance from a training image to its nearest other one (the scale)
 * @param copies        samples flagged as copies
 */
public record Memorisation(int[] nearest, double[] distance, double typicalNearest, int copies) {
    /** A sample closer to a training image than this share of {@link #typicalNearest} is flagged. */
    public static final double COPY_RATIO = 1.0 / 3;
    /** Training images whose nearest other training image sets the scale. */
    static final int SCALE_IMAGES = 200;

    /**
     * @param samples  pixels of each sample
     * @param training pixels of each training image (all of them are searched)
     * @param seed     chooses the training images that set the scale
     */
    public static Memorisation of(float[][] samples, float[][] training, long seed) {
        if (training.length < 2) throw new IllegalArgumentException("memorisation needs at least 2 training images, got " + training.length);
        int[] nearest = new int[samples.length];
        double[] distance = new double[samples.length];
        for (int s = 0; s < samples.length; s++) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int t = 0; t < training.length; t++) {
                double d = Distances.squared(samples[s], training[t]);
                if (d < bestD) {
                    bestD = d;
                    best = t;
                }
            }
            nearest[s] = best;
            distance[s] = Math.sqrt(bestD);
        }
        double scale = typicalNearest(training, seed);
        int copies = 0;
        for (double d : distance) if (d < COPY_RATIO * scale) copies++;
        return new Memorisation(nearest, distance, scale, copies);
    }

    /** The share of samples flagged as copies. */
    public double copyShare() {
        return distance.length == 0 ? Double.NaN : (double) copies / distance.length;
    }

    /** The median of the samples' distances divided by {@link #typicalNearest}: about 1 for new images, 0 for copies. */
    public double medianRatio() {
        if (distance.length == 0) return Double.NaN;
        double[] d = distance.clone();
        Arrays.sort(d);
        double median = d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
        return median / typicalNearest;
    }

    private static double typicalNearest(float[][] training, long seed) {
        java.util.Random rng = new java.util.Random(seed);
        int n = Math.min(SCALE_IMAGES, training.length);
        double[] nn = new double[n];
        for (int k = 0; k < n; k++) {
            int i = training.length <= SCALE_IMAGES ? k : rng.nextInt(training.length);
            double best = Double.POSITIVE_INFINITY;
            for (int t = 0; t < training.length; t++) {
                if (t == i) continue;
                best = Math.min(best, Distances.squared(training[i], training[t]));
            }
            nn[k] = Math.sqrt(best);
        }
        Arrays.sort(nn);
        return n % 2 == 1 ? nn[n / 2] : (nn[n / 2 - 1] + nn[n / 2]) / 2;
    }
}
