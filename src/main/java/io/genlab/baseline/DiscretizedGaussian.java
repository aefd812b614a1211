package io.genlab.baseline;

/**
 * The probability a Gaussian gives to one of the 256 bins of an 8-bit value scaled to [-1, 1]
 * (Ho et al. 2020, "Denoising diffusion probabilistic models", eq. 13): the mass between the
 * bin's edges x ± 1/255, with the first and last bins reaching to -inf and +inf so the 256 bins
 * hold all of it.
 */
final class DiscretizedGaussian {
    private static final double HALF_BIN = 1.0 / 255;
    private static final double LN2 = Math.log(2);

    private DiscretizedGaussian() {}

    /** -log2 P(bin of x) under N(mean, sigma²); x is a bin centre in [-1, 1]. */
    static double bits(double x, double mean, double sigma) {
        double upper = x >= 1 - 1e-6 ? Double.POSITIVE_INFINITY : (x + HALF_BIN - mean) / sigma;
        double lower = x <= -1 + 1e-6 ? Double.NEGATIVE_INFINITY : (x - HALF_BIN - mean) / sigma;
        return -logMass(lower, upper) / LN2;
    }

    /** log(Phi(b) - Phi(a)) for a < b, accurate in both tails. */
    static double logMass(double a, double b) {
        double p;
        if (a > 0) p = 0.5 * (erfc(a / Math.sqrt(2)) - erfc(b / Math.sqrt(2)));          // both in the upper tail
        else if (b < 0) p = 0.5 * (erfc(-b / Math.sqrt(2)) - erfc(-a / Math.sqrt(2)));   // both in the lower tail
        else p = 1 - 0.5 * erfc(-a / Math.sqrt(2)) - 0.5 * erfc(b / Math.sqrt(2));       // around the mean
        return Math.log(Math.max(p, 1e-300));
    }

    /**
     * The complementary error function, with relative error below 1.2e-7 everywhere (Press et
     * al., Numerical Recipes, 2nd ed., section 6.2, erfcc: a Chebyshev fit).
     */
    static double erfc(double x) {
        if (x == Double.POSITIVE_INFINITY) return 0;
        if (x == Double.NEGATIVE_INFINITY) return 2;
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
