package io.genlab.eval.metrics;

import java.util.Arrays;

/** Squared Euclidean distances between sets of vectors, and what the metrics read from them. */
final class Distances {
    private Distances() {}

    /** [a.length][b.length] squared distances. */
    static double[][] squared(float[][] a, float[][] b) {
        double[][] out = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            float[] x = a[i];
            for (int j = 0; j < b.length; j++) out[i][j] = squared(x, b[j]);
        }
        return out;
    }

    static double squared(float[] x, float[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("vectors of different sizes: " + x.length + " and " + y.length);
        double s = 0;
        for (int d = 0; d < x.length; d++) {
            double diff = x[d] - y[d];
            s += diff * diff;
        }
        return s;
    }

    /**
     * For each row of a set's distances to itself, the distance to its k-th nearest other member
     * (the diagonal, each vector's distance to itself, is skipped).
     */
    static double[] kthNeighbour(double[][] selfDistances, int k) {
        double[] out = new double[selfDistances.length];
        for (int i = 0; i < out.length; i++) {
            double[] row = new double[selfDistances.length - 1];
            for (int j = 0, o = 0; j < selfDistances.length; j++) if (j != i) row[o++] = selfDistances[i][j];
            Arrays.sort(row);
            out[i] = row[k - 1];
        }
        return out;
    }
}
