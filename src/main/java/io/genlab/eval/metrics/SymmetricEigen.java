package io.genlab.eval.metrics;

/**
 * Eigenvalues of a real symmetric matrix by the cyclic Jacobi method (Golub &amp; Van Loan,
 * Matrix Computations, 4th ed., Algorithm 8.5.3): rotations zero the off-diagonal entries one
 * pair at a time until they are negligible. Plain double arithmetic, for the judge's 128x128
 * covariances; accurate to rounding, which the Fréchet distance needs near its floor.
 */
final class SymmetricEigen {
    private static final int MAX_SWEEPS = 100;

    private SymmetricEigen() {}

    /**
     * @param symmetric an n x n symmetric matrix (not changed)
     * @return its eigenvalues, in no particular order
     */
    static double[] values(double[][] symmetric) {
        return decompose(symmetric).values;
    }

    /** The matrix's square root V diag(sqrt(max(λ, 0))) Vᵀ, for a symmetric positive semi-definite matrix. */
    static double[][] sqrtPsd(double[][] symmetric) {
        Decomposition d = decompose(symmetric);
        int n = d.values.length;
        double[][] out = new double[n][n];
        for (int k = 0; k < n; k++) {
            double s = Math.sqrt(Math.max(0, d.values[k]));
            for (int i = 0; i < n; i++) {
                double vik = d.vectors[i][k] * s;
                for (int j = 0; j < n; j++) out[i][j] += vik * d.vectors[j][k];
            }
        }
        return out;
    }

    private record Decomposition(double[] values, double[][] vectors) {}

    private static Decomposition decompose(double[][] symmetric) {
        int n = symmetric.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            if (symmetric[i].length != n) throw new IllegalArgumentException("not a square matrix: row " + i + " has " + symmetric[i].length + " entries");
            a[i] = symmetric[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) v[i][i] = 1;
        double scale = 0;
        for (double[] row : a) for (double x : row) scale += x * x;
        double tolerance = 1e-30 * Math.max(scale, Double.MIN_NORMAL);
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > tolerance; sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] != 0) rotate(a, v, p, q);
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i][i];
        return new Decomposition(values, v);
    }

    private static double offDiagonal(double[][] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a.length; j++) if (i != j) s += a[i][j] * a[i][j];
        return s;
    }

    /** One Jacobi rotation in the (p, q) plane that zeroes a[p][q] (the symmetric Schur decomposition of Algorithm 8.5.1). */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double tau = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = Math.signum(tau) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        if (tau == 0) t = 1;
        double c = 1 / Math.sqrt(1 + t * t), s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {                       // A = A J (columns p and q)
            double akp = a[k][p], akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {                       // A = Jᵀ A (rows p and q)
            double apk = a[p][k], aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++) {                       // V = V J
            double vkp = v[k][p], vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }
}
