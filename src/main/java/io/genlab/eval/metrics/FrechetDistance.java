package io.genlab.eval.metrics;

/**
 * The Fréchet distance between two sets of feature vectors, each summarised by a Gaussian
 * (Heusel et al. 2017, "GANs trained by a two time-scale update rule converge to a local Nash
 * equilibrium", eq. 6): {@code |mu1 - mu2|² + Tr(S1 + S2 - 2 (S1 S2)^(1/2))}.
 *
 * <p>Here the features are the GenLab judge's, not Inception-v3's, so the numbers measure the
 * same idea on another scale and are not comparable to the FID values in papers. Two finite
 * samples of the same distribution do not give 0: compare a model with the real-against-real
 * value, its floor.
 */
public final class FrechetDistance {
    private FrechetDistance() {}

    /** The distance between two sets of D-dimensional vectors (each at least two vectors). */
    public static double between(float[][] a, float[][] b) {
        Gaussian ga = Gaussian.fit(a), gb = Gaussian.fit(b);
        if (ga.mean.length != gb.mean.length) {
            throw new IllegalArgumentException("features of different sizes: " + ga.mean.length + " and " + gb.mean.length);
        }
        return between(ga, gb);
    }

    static double between(Gaussian a, Gaussian b) {
        int d = a.mean.length;
        double meanTerm = 0;
        for (int i = 0; i < d; i++) meanTerm += (a.mean[i] - b.mean[i]) * (a.mean[i] - b.mean[i]);
        // Tr((S1 S2)^(1/2)) = Tr((A S2 A)^(1/2)) with A = S1^(1/2): the same eigenvalues, and A S2 A is symmetric
        double[][] root = SymmetricEigen.sqrtPsd(a.covariance);
        double[][] m = multiply(multiply(root, b.covariance), root);
        symmetrise(m);
        double traceSqrt = 0;
        for (double lambda : SymmetricEigen.values(m)) traceSqrt += Math.sqrt(Math.max(0, lambda));
        double trace = 0;
        for (int i = 0; i < d; i++) trace += a.covariance[i][i] + b.covariance[i][i];
        return Math.max(0, meanTerm + trace - 2 * traceSqrt);
    }

    /** The mean and (unbiased) covariance of a set of vectors, in double. */
    record Gaussian(double[] mean, double[][] covariance) {
        static Gaussian fit(float[][] x) {
            if (x.length < 2) throw new IllegalArgumentException("a covariance needs at least 2 vectors, got " + x.length);
            int d = x[0].length;
            double[] mean = new double[d];
            for (float[] row : x) for (int i = 0; i < d; i++) mean[i] += row[i];
            for (int i = 0; i < d; i++) mean[i] /= x.length;
            double[][] cov = new double[d][d];
            double[] c = new double[d];
            for (float[] row : x) {
                for (int i = 0; i < d; i++) c[i] = row[i] - mean[i];
                for (int i = 0; i < d; i++) {
                    double ci = c[i];
                    if (ci == 0) continue;
                    for (int j = i; j < d; j++) cov[i][j] += ci * c[j];
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    cov[i][j] /= x.length - 1;
                    cov[j][i] = cov[i][j];
                }
            }
            return new Gaussian(mean, cov);
        }
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, k = b.length, m = b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < k; t++) {
                double ait = a[i][t];
                if (ait == 0) continue;
                for (int j = 0; j < m; j++) out[i][j] += ait * b[t][j];
            }
        }
        return out;
    }

    private static void symmetrise(double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                double avg = (m[i][j] + m[j][i]) / 2;
                m[i][j] = avg;
                m[j][i] = avg;
            }
        }
    }
}
