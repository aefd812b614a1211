package io.genlab.diffusion;

/**
 * Counts of values in equal-width bins over [lo, hi], values outside falling into the edge bins;
 * a picture of a distribution, not a density estimate with error bars.
 *
 * @param lo     left edge of the first bin
 * @param hi     right edge of the last bin
 * @param counts values per bin
 */
public record Histogram(double lo, double hi, long[] counts) {
    public Histogram {
        if (!(hi > lo) || counts.length < 1) throw new IllegalArgumentException("need hi > lo and at least one bin");
        counts = counts.clone();
    }

    /** The histogram of {@code values} in {@code bins} bins over [lo, hi]. */
    public static Histogram of(float[] values, int bins, double lo, double hi) {
        long[] c = new long[bins];
        double width = (hi - lo) / bins;
        for (float v : values) {
            int b = (int) Math.floor((v - lo) / width);
            c[Math.max(0, Math.min(bins - 1, b))]++;
        }
        return new Histogram(lo, hi, c);
    }

    @Override
    public long[] counts() { return counts.clone(); }

    public int bins() { return counts.length; }

    public double binWidth() { return (hi - lo) / counts.length; }

    public double binCenter(int i) { return lo + (i + 0.5) * binWidth(); }

    public long total() {
        long n = 0;
        for (long c : counts) n += c;
        return n;
    }

    /** counts / (total * binWidth): comparable with a probability density. */
    public double[] density() {
        double norm = total() * binWidth();
        double[] d = new double[counts.length];
        for (int i = 0; i < d.length; i++) d[i] = norm == 0 ? 0 : counts[i] / norm;
        return d;
    }

    /** The standard normal density at each bin centre, to draw over {@link #density()}. */
    public double[] standardNormalDensity() {
        double[] d = new double[counts.length];
        for (int i = 0; i < d.length; i++) {
            double x = binCenter(i);
            d[i] = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
        }
        return d;
    }
}
