package io.genlab.eval.metrics;

/**
 * Which classes unconditional samples look like, as the judge sees them: the histogram of
 * predicted classes and its entropy. A generator that covers every class evenly scores a
 * normalised entropy near 1; one that collapsed onto a few kinds of picture shows a spike and
 * an entropy near 0.
 *
 * @param counts            samples predicted as each class
 * @param entropyBits       entropy of the predicted-class histogram, in bits
 * @param normalisedEntropy entropy divided by log2(K), in [0, 1]
 */
public record ClassCoverage(int[] counts, double entropyBits, double normalisedEntropy) {

    /** @param predicted the judge's class for each sample; classes the number of classes K */
    public static ClassCoverage of(int[] predicted, int classes) {
        if (classes < 2) throw new IllegalArgumentException("coverage needs at least 2 classes, got " + classes);
        int[] counts = new int[classes];
        for (int p : predicted) counts[p]++;
        double h = 0;
        for (int c : counts) {
            if (c == 0) continue;
            double q = (double) c / predicted.length;
            h -= q * Math.log(q) / Math.log(2);
        }
        return new ClassCoverage(counts, h, h / (Math.log(classes) / Math.log(2)));
    }

    /** The share of samples in the most common class. */
    public double largestShare() {
        int max = 0, total = 0;
        for (int c : counts) {
            max = Math.max(max, c);
            total += c;
        }
        return total == 0 ? Double.NaN : (double) max / total;
    }
}
