package io.genlab.eval.metrics;

/**
 * How often a class-conditional model draws what it was asked for: the judge's accuracy on
 * samples generated for each class, overall and per class.
 *
 * @param overall  share of samples the judge put in the class they were generated for
 * @param perClass the same per requested class (NaN for a class nothing was generated for)
 * @param counts   samples generated per class
 */
public record ConditionalAccuracy(double overall, double[] perClass, int[] counts) {

    /**
     * @param requested the class each sample was generated for
     * @param predicted the judge's class for each sample
     */
    public static ConditionalAccuracy of(int[] requested, int[] predicted, int classes) {
        if (requested.length != predicted.length) {
            throw new IllegalArgumentException(requested.length + " requested classes for " + predicted.length + " judged samples");
        }
        int[] counts = new int[classes], right = new int[classes];
        int total = 0;
        for (int i = 0; i < requested.length; i++) {
            counts[requested[i]]++;
            if (requested[i] == predicted[i]) {
                right[requested[i]]++;
                total++;
            }
        }
        double[] per = new double[classes];
        for (int c = 0; c < classes; c++) per[c] = counts[c] == 0 ? Double.NaN : (double) right[c] / counts[c];
        return new ConditionalAccuracy(requested.length == 0 ? Double.NaN : (double) total / requested.length, per, counts);
    }
}
