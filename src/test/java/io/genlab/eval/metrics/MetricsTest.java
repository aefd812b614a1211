package io.genlab.eval.metrics;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Every metric on a case whose answer is known. */
class MetricsTest {

    private static float[][] gaussian(int n, int d, double shift, double scale, long seed) {
        Random rng = new Random(seed);
        float[][] x = new float[n][d];
        for (float[] row : x) for (int i = 0; i < d; i++) row[i] = (float) (shift + scale * rng.nextGaussian());
        return x;
    }

    @Test
    void jacobiFindsKnownEigenvaluesAndSquareRoots() {
        double[] v = SymmetricEigen.values(new double[][]{{2, 1}, {1, 2}});
        Arrays.sort(v);
        assertArrayEquals(new double[]{1, 3}, v, 1e-12);
        Random rng = new Random(1);
        int n = 12;
        double[][] b = new double[n][n], a = new double[n][n];
        for (double[] row : b) for (int i = 0; i < n; i++) row[i] = rng.nextGaussian();
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) for (int k = 0; k < n; k++) a[i][j] += b[i][k] * b[j][k];
        double trace = 0, sum = Arrays.stream(SymmetricEigen.values(a)).sum();
        for (int i = 0; i < n; i++) trace += a[i][i];
        assertEquals(trace, sum, 1e-9 * trace);
        double[][] r = SymmetricEigen.sqrtPsd(a);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double rr = 0;
                for (int k = 0; k < n; k++) rr += r[i][k] * r[k][j];
                assertEquals(a[i][j], rr, 1e-9 * trace);
            }
        }
    }

    @Test
    void frechetDistanceOfGaussiansWithCommutingCovariancesIsItsClosedForm() {
        // S1 = Q diag(a) Qᵀ and S2 = Q diag(b) Qᵀ: FID = |m1 - m2|² + sum (sqrt a - sqrt b)²
        double c = Math.cos(0.7), s = Math.sin(0.7);
        double[][] q = {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
        double[] a = {1, 4, 9}, b = {4, 1, 0.25};
        FrechetDistance.Gaussian g1 = new FrechetDistance.Gaussian(new double[]{0, 0, 0}, rotated(q, a));
        FrechetDistance.Gaussian g2 = new FrechetDistance.Gaussian(new double[]{1, 2, 0}, rotated(q, b));
        double expected = 1 + 4 + 1 + 1 + Math.pow(3 - 0.5, 2);
        assertEquals(expected, FrechetDistance.between(g1, g2), 1e-9);
        assertEquals(0, FrechetDistance.between(g1, g1), 1e-9);
    }

    private static double[][] rotated(double[][] q, double[] diag) {
        int n = diag.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) for (int k = 0; k < n; k++) out[i][j] += q[i][k] * diag[k] * q[j][k];
        return out;
    }

    @Test
    void identicalDistributionsSitAtTheFloorAndAShiftedOneAboveIt() {
        float[][] real = gaussian(2000, 8, 0, 1, 1), again = gaussian(2000, 8, 0, 1, 2), shifted = gaussian(2000, 8, 0.5, 1, 3);
        double floor = FrechetDistance.between(real, again);
        assertEquals(0, FrechetDistance.between(real, real), 1e-9, "the same sample: exactly 0");
        assertTrue(floor < 0.05, "two samples of one distribution: near 0, got " + floor);
        double shift = FrechetDistance.between(real, shifted);
        assertEquals(8 * 0.25, shift, 0.15, "a mean shift of 0.5 in 8 dimensions: about 2");
    }

    @Test
    void precisionAndRecallSeeRealismAndCoverage() {
        float[][] real = gaussian(400, 4, 0, 1, 1);
        PrecisionRecall same = PrecisionRecall.of(real, gaussian(400, 4, 0, 1, 2));
        assertTrue(same.precision() > 0.9 && same.recall() > 0.9, same.toString());
        PrecisionRecall far = PrecisionRecall.of(real, gaussian(400, 4, 20, 1, 3));
        assertEquals(0, far.precision());
        assertEquals(0, far.recall());
        PrecisionRecall collapsed = PrecisionRecall.of(real, gaussian(400, 4, 0, 0.05, 4));
        assertTrue(collapsed.precision() > 0.95, "every sample looks real: " + collapsed);
        assertTrue(collapsed.recall() < 0.1, "but most of the data is missed: " + collapsed);
    }

    @Test
    void aCollapsedGeneratorHasCoverageEntropyNearZero() {
        int[] collapsed = new int[500];
        Arrays.fill(collapsed, 7);
        collapsed[0] = 3;
        ClassCoverage c = ClassCoverage.of(collapsed, 10);
        assertTrue(c.normalisedEntropy() < 0.01, c.toString());
        assertEquals(499 / 500.0, c.largestShare(), 1e-12);
        int[] even = new int[1000];
        for (int i = 0; i < even.length; i++) even[i] = i % 10;
        assertEquals(1.0, ClassCoverage.of(even, 10).normalisedEntropy(), 1e-12);
        assertEquals(Math.log(10) / Math.log(2), ClassCoverage.of(even, 10).entropyBits(), 1e-12);
    }

    @Test
    void conditionalAccuracyCountsWhatWasAskedFor() {
        ConditionalAccuracy a = ConditionalAccuracy.of(new int[]{0, 0, 1, 1, 1, 2}, new int[]{0, 1, 1, 1, 0, 2}, 4);
        assertEquals(4 / 6.0, a.overall(), 1e-12);
        assertEquals(0.5, a.perClass()[0], 1e-12);
        assertEquals(2 / 3.0, a.perClass()[1], 1e-12);
        assertEquals(1.0, a.perClass()[2], 1e-12);
        assertTrue(Double.isNaN(a.perClass()[3]));
        assertArrayEquals(new int[]{2, 3, 1, 0}, a.counts());
    }

    @Test
    void aModelThatCopiesTrainingImagesIsFlaggedAndOneThatDoesNotIsNot() {
        float[][] training = gaussian(300, 64, 0, 1, 1);
        float[][] copies = {training[5].clone(), training[17].clone(), training[299].clone()};
        Memorisation m = Memorisation.of(copies, training, 1);
        assertEquals(3, m.copies());
        assertArrayEquals(new int[]{5, 17, 299}, m.nearest());
        assertEquals(0, m.medianRatio(), 1e-12);
        Memorisation fresh = Memorisation.of(gaussian(20, 64, 0, 1, 2), training, 1);
        assertEquals(0, fresh.copies());
        assertTrue(fresh.medianRatio() > 0.8, "new images sit as far from the training set as its members from each other: " + fresh.medianRatio());
    }
}
