package io.genlab.eval.metrics;

/**
 * Precision and recall of a sample distribution in feature space, with k-nearest-neighbour
 * manifolds (Kynkäänniemi et al. 2019, "Improved precision and recall metric for assessing
 * generative models", eq. 1-3). Each real vector gets a ball reaching its k-th nearest real
 * neighbour; precision is the share of generated vectors inside some real ball (are the samples
 * realistic?). Likewise with balls around the generated vectors, recall is the share of real
 * vectors inside some generated ball (is all of the data covered?).
 *
 * @param precision in [0, 1]
 * @param recall    in [0, 1]
 * @param k         the neighbour the balls reach
 */
public record PrecisionRecall(double precision, double recall, int k) {
    /** The paper's choice. */
    public static final int DEFAULT_K = 3;

    public static PrecisionRecall of(float[][] real, float[][] generated) {
        return of(real, generated, DEFAULT_K);
    }

    /** @throws IllegalArgumentException if either set has no more than k vectors */
    public static PrecisionRecall of(float[][] real, float[][] generated, int k) {
        if (real.length <= k || generated.length <= k) {
            throw new IllegalArgumentException("precision and recall need more than k=" + k + " vectors in each set, got "
                    + real.length + " real and " + generated.length + " generated");
        }
        double[][] realToGenerated = Distances.squared(real, generated);
        double[] realRadii = Distances.kthNeighbour(Distances.squared(real, real), k);
        double[] generatedRadii = Distances.kthNeighbour(Distances.squared(generated, generated), k);
        int inside = 0;
        for (int j = 0; j < generated.length; j++) {
            for (int i = 0; i < real.length; i++) {
                if (realToGenerated[i][j] <= realRadii[i]) {
                    inside++;
                    break;
                }
            }
        }
        int covered = 0;
        for (int i = 0; i < real.length; i++) {
            for (int j = 0; j < generated.length; j++) {
                if (realToGenerated[i][j] <= generatedRadii[j]) {
                    covered++;
                    break;
                }
            }
        }
        return new PrecisionRecall((double) inside / generated.length, (double) covered / real.length, k);
    }
}
