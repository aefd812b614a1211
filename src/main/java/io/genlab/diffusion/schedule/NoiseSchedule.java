package io.genlab.diffusion.schedule;

import java.util.Locale;

/**
 * The forward-process noise schedule of a diffusion model and every coefficient derived from it;
 * pure double math on plain arrays, not a sampler and not a model.
 *
 * <p>Index {@code t} runs over {@code 0..T-1}; it is the papers' timestep {@code t+1}, as in the
 * DDPM reference code. All coefficients are computed once, in double, in the constructor, and
 * named as in Ho et al. 2020 and lucidrains' denoising-diffusion-pytorch. Batch methods take a
 * flat {@code float[]} of N examples and one timestep per example ({@code int[] t} of length N);
 * the values per example are {@code x.length / N}.
 */
public final class NoiseSchedule {
    /** Cosine schedule: betas are clipped at this value so the last step stays finite (Nichol and Dhariwal 2021). */
    public static final double COSINE_MAX_BETA = 0.999;
    public static final double DEFAULT_BETA_START = 1e-4;
    public static final double DEFAULT_BETA_END = 0.02;
    public static final double DEFAULT_COSINE_S = 0.008;

    private final String name;
    private final int numTimesteps;
    private final double[] betas;
    private final double[] alphas;
    /** alpha-bar_t, the product of alphas up to and including t. */
    private final double[] alphasCumprod;
    /** alpha-bar_{t-1}, with 1 before the first step. */
    private final double[] alphasCumprodPrev;
    private final double[] sqrtAlphasCumprod;
    private final double[] sqrtOneMinusAlphasCumprod;
    private final double[] sqrtRecipAlphasCumprod;
    private final double[] sqrtRecipm1AlphasCumprod;
    /** beta-tilde_t of eq. 7: the variance of q(x_{t-1} | x_t, x_0); 0 at t = 0. */
    private final double[] posteriorVariance;
    /** log beta-tilde_t with the 0 at t = 0 replaced by the value at t = 1 (finite everywhere). */
    private final double[] posteriorLogVarianceClipped;
    /** Coefficient of x_0 in the posterior mean mu-tilde_t (eq. 7). */
    private final double[] posteriorMeanCoef1;
    /** Coefficient of x_t in the posterior mean mu-tilde_t (eq. 7). */
    private final double[] posteriorMeanCoef2;
    /** Signal-to-noise ratio alpha-bar_t / (1 - alpha-bar_t) (Kingma et al. 2021). */
    private final double[] snr;

    private NoiseSchedule(String name, double[] betas) {
        int n = betas.length;
        for (int t = 0; t < n; t++) {
            if (!(betas[t] > 0 && betas[t] < 1)) {
                throw new IllegalArgumentException("beta_" + t + " = " + betas[t] + " is not in (0, 1)");
            }
        }
        this.name = name;
        this.numTimesteps = n;
        this.betas = betas;
        this.alphas = new double[n];
        this.alphasCumprod = new double[n];
        this.alphasCumprodPrev = new double[n];
        this.sqrtAlphasCumprod = new double[n];
        this.sqrtOneMinusAlphasCumprod = new double[n];
        this.sqrtRecipAlphasCumprod = new double[n];
        this.sqrtRecipm1AlphasCumprod = new double[n];
        this.posteriorVariance = new double[n];
        this.posteriorLogVarianceClipped = new double[n];
        this.posteriorMeanCoef1 = new double[n];
        this.posteriorMeanCoef2 = new double[n];
        this.snr = new double[n];
        double prod = 1.0;
        for (int t = 0; t < n; t++) {
            alphas[t] = 1.0 - betas[t];
            alphasCumprodPrev[t] = prod;
            prod *= alphas[t];
            alphasCumprod[t] = prod;
            double abar = prod;
            double abarPrev = alphasCumprodPrev[t];
            sqrtAlphasCumprod[t] = Math.sqrt(abar);
            sqrtOneMinusAlphasCumprod[t] = Math.sqrt(1.0 - abar);
            sqrtRecipAlphasCumprod[t] = Math.sqrt(1.0 / abar);
            sqrtRecipm1AlphasCumprod[t] = Math.sqrt(1.0 / abar - 1.0);
            posteriorVariance[t] = betas[t] * (1.0 - abarPrev) / (1.0 - abar);
            posteriorMeanCoef1[t] = betas[t] * Math.sqrt(abarPrev) / (1.0 - abar);
            posteriorMeanCoef2[t] = (1.0 - abarPrev) * Math.sqrt(alphas[t]) / (1.0 - abar);
            snr[t] = abar / (1.0 - abar);
        }
        for (int t = 0; t < n; t++) {
            double v = t == 0 && n > 1 ? posteriorVariance[1] : posteriorVariance[t];
            posteriorLogVarianceClipped[t] = Math.log(v);
        }
    }

    // ---- factories --------------------------------------------------------------------------

    /**
     * Linear betas from {@code betaStart} to {@code betaEnd} inclusive (Ho et al. 2020, section 4:
     * 1e-4 to 0.02 over T = 1000), spaced as {@code torch.linspace}.
     */
    public static NoiseSchedule linear(int T, double betaStart, double betaEnd) {
        requireSteps(T);
        if (!(betaStart > 0 && betaEnd < 1 && betaStart <= betaEnd)) {
            throw new IllegalArgumentException("linear schedule needs 0 < betaStart <= betaEnd < 1, got "
                    + betaStart + ".." + betaEnd);
        }
        double[] betas = new double[T];
        for (int t = 0; t < T; t++) {
            betas[t] = T == 1 ? betaStart : betaStart + (betaEnd - betaStart) * t / (T - 1);
        }
        return new NoiseSchedule(String.format(Locale.ROOT, "linear(%d, %g, %g)", T, betaStart, betaEnd), betas);
    }

    /**
     * Cosine schedule (Nichol and Dhariwal 2021, eq. 17): alpha-bar(t) = f(t) / f(0) with
     * f(t) = cos^2(((t/T) + s) / (1 + s) * pi/2), and beta_t = 1 - alpha-bar(t+1) / alpha-bar(t)
     * clipped at {@link #COSINE_MAX_BETA}. Before clipping, {@code alphasCumprod()[t]} equals
     * alpha-bar(t + 1) of the formula.
     */
    public static NoiseSchedule cosine(int T, double s) {
        requireSteps(T);
        if (!(s >= 0 && s < 1)) throw new IllegalArgumentException("cosine offset s must be in [0, 1), got " + s);
        double[] betas = new double[T];
        for (int t = 0; t < T; t++) {
            betas[t] = Math.min(1.0 - cosineAlphaBar(t + 1, T, s) / cosineAlphaBar(t, T, s), COSINE_MAX_BETA);
        }
        return new NoiseSchedule(String.format(Locale.ROOT, "cosine(%d, %g)", T, s), betas);
    }

    /** alpha-bar(t) = f(t) / f(0) of eq. 17, for a real-valued paper timestep t in [0, T]. */
    public static double cosineAlphaBar(double t, int T, double s) {
        return cosineF(t, T, s) / cosineF(0, T, s);
    }

    private static double cosineF(double t, int T, double s) {
        double c = Math.cos((t / T + s) / (1 + s) * Math.PI / 2);
        return c * c;
    }

    /** "linear" (betas 1e-4..0.02) or "cosine" (s = 0.008) with {@code T} steps. */
    public static NoiseSchedule forName(String name, int T) {
        if (name == null) throw new IllegalArgumentException("schedule name is missing; use \"linear\" or \"cosine\"");
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "linear" -> linear(T, DEFAULT_BETA_START, DEFAULT_BETA_END);
            case "cosine" -> cosine(T, DEFAULT_COSINE_S);
            default -> throw new IllegalArgumentException("unknown noise schedule \"" + name + "\"; use \"linear\" or \"cosine\"");
        };
    }

    private static void requireSteps(int T) {
        if (T < 1) throw new IllegalArgumentException("number of timesteps T must be at least 1, got " + T);
    }

    // ---- accessors (copies: the schedule is immutable) ---------------------------------------

    public String name() { return name; }

    /** T, the number of diffusion timesteps; valid indices are 0..T-1. */
    public int numTimesteps() { return numTimesteps; }

    public double[] betas() { return betas.clone(); }
    public double[] alphas() { return alphas.clone(); }
    public double[] alphasCumprod() { return alphasCumprod.clone(); }
    public double[] alphasCumprodPrev() { return alphasCumprodPrev.clone(); }
    public double[] sqrtAlphasCumprod() { return sqrtAlphasCumprod.clone(); }
    public double[] sqrtOneMinusAlphasCumprod() { return sqrtOneMinusAlphasCumprod.clone(); }
    public double[] sqrtRecipAlphasCumprod() { return sqrtRecipAlphasCumprod.clone(); }
    public double[] sqrtRecipm1AlphasCumprod() { return sqrtRecipm1AlphasCumprod.clone(); }
    public double[] posteriorVariance() { return posteriorVariance.clone(); }
    public double[] posteriorLogVarianceClipped() { return posteriorLogVarianceClipped.clone(); }
    public double[] posteriorMeanCoef1() { return posteriorMeanCoef1.clone(); }
    public double[] posteriorMeanCoef2() { return posteriorMeanCoef2.clone(); }
    public double[] snr() { return snr.clone(); }

    /** alpha-bar_t without copying the array. */
    public double alphaBar(int t) { return alphasCumprod[checkT(t)]; }

    /** SNR_t = alpha-bar_t / (1 - alpha-bar_t) without copying the array. */
    public double snr(int t) { return snr[checkT(t)]; }

    // ---- batch math -------------------------------------------------------------------------

    /** Eq. 4: x_t = sqrt(alpha-bar_t) x_0 + sqrt(1 - alpha-bar_t) eps, a sample of q(x_t | x_0). */
    public float[] qSample(float[] x0, float[] noise, int[] t) {
        return combine(x0, noise, t, sqrtAlphasCumprod, sqrtOneMinusAlphasCumprod, 1);
    }

    /** Eq. 4 solved for x_0: x_0 = sqrt(1/alpha-bar_t) x_t - sqrt(1/alpha-bar_t - 1) eps. */
    public float[] predictStartFromNoise(float[] xt, int[] t, float[] eps) {
        return combine(xt, eps, t, sqrtRecipAlphasCumprod, sqrtRecipm1AlphasCumprod, -1);
    }

    /** Eq. 4 solved for eps: eps = (sqrt(1/alpha-bar_t) x_t - x_0) / sqrt(1/alpha-bar_t - 1). */
    public float[] predictNoiseFromStart(float[] xt, int[] t, float[] x0) {
        int per = exampleSize(xt, x0, t);
        float[] out = new float[xt.length];
        for (int i = 0; i < xt.length; i++) {
            int ti = t[i / per];
            out[i] = (float) ((sqrtRecipAlphasCumprod[ti] * xt[i] - x0[i]) / sqrtRecipm1AlphasCumprod[ti]);
        }
        return out;
    }

    /** Eq. 7: mu-tilde_t(x_t, x_0) = coef1_t x_0 + coef2_t x_t, the mean of q(x_{t-1} | x_t, x_0). */
    public float[] posteriorMean(float[] x0, float[] xt, int[] t) {
        return combine(x0, xt, t, posteriorMeanCoef1, posteriorMeanCoef2, 1);
    }

    /** Velocity (Salimans and Ho 2022, section 4): v = sqrt(alpha-bar_t) eps - sqrt(1 - alpha-bar_t) x_0. */
    public float[] velocity(float[] x0, float[] noise, int[] t) {
        return combine(noise, x0, t, sqrtAlphasCumprod, sqrtOneMinusAlphasCumprod, -1);
    }

    /** x_0 = sqrt(alpha-bar_t) x_t - sqrt(1 - alpha-bar_t) v (Salimans and Ho 2022). */
    public float[] predictStartFromVelocity(float[] xt, int[] t, float[] v) {
        return combine(xt, v, t, sqrtAlphasCumprod, sqrtOneMinusAlphasCumprod, -1);
    }

    /** eps = sqrt(1 - alpha-bar_t) x_t + sqrt(alpha-bar_t) v (Salimans and Ho 2022). */
    public float[] predictNoiseFromVelocity(float[] xt, int[] t, float[] v) {
        return combine(xt, v, t, sqrtOneMinusAlphasCumprod, sqrtAlphasCumprod, 1);
    }

    /** out = ca[t] a + sign cb[t] b, per example, in double. */
    private float[] combine(float[] a, float[] b, int[] t, double[] ca, double[] cb, int sign) {
        int per = exampleSize(a, b, t);
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            int ti = t[i / per];
            out[i] = (float) (ca[ti] * a[i] + sign * cb[ti] * b[i]);
        }
        return out;
    }

    /** Values per example; checks the lengths agree and every t is a valid index. */
    int exampleSize(float[] a, float[] b, int[] t) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("arrays differ in length: " + a.length + " vs " + b.length);
        }
        if (t.length == 0 || a.length % t.length != 0) {
            throw new IllegalArgumentException(a.length + " values cannot be split into " + t.length + " examples");
        }
        for (int ti : t) checkT(ti);
        return a.length / t.length;
    }

    private int checkT(int t) {
        if (t < 0 || t >= numTimesteps) {
            throw new IllegalArgumentException("timestep " + t + " is outside 0.." + (numTimesteps - 1));
        }
        return t;
    }

    @Override
    public String toString() { return name; }
}
