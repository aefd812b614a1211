package io.genlab.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Procedural 2D point distributions, each scaled to roughly [-1, 1]: a ring of 8 Gaussians,
 * a two-arm spiral, two moons and a checkerboard. Point i comes from
 * {@code new Random(Seeds.mix(seed, i))} alone, so a seed fixes every point whatever the count.
 * For points from a file see {@link PointsCsv}.
 */
public final class Toy2D {
    /** How many points a toy2d spec means when no count is given. */
    public static final int DEFAULT_COUNT = 10_000;

    /** The built-in distributions. */
    public enum Kind {
        RING("ring of 8 Gaussians, radius 0.8, std 0.05"),
        SPIRAL("two-arm spiral out to radius 0.95, noise 0.02"),
        MOONS("two interleaved half circles, x in [-1, 1], y in [-0.5, 0.5], noise 0.04"),
        CHECKERBOARD("8 filled cells of a 4x4 checkerboard on [-1, 1]^2");

        private final String description;

        Kind(String description) { this.description = description; }

        /** The name in a spec, e.g. "ring" for {@code toy2d:ring}. */
        public String key() { return name().toLowerCase(Locale.ROOT); }

        /** What the points look like, in a few words. */
        public String description() { return description; }

        /** Parses a key; a {@link DatasetException} lists the valid keys otherwise. */
        public static Kind fromKey(String key) {
            for (Kind k : values()) if (k.key().equals(key)) return k;
            throw new DatasetException("unknown toy2d distribution '" + key + "'; valid: "
                    + String.join(", ", Arrays.stream(values()).map(Kind::key).toList()));
        }
    }

    private Toy2D() {}

    /** {@code count} points of {@code kind} from {@code seed}, named e.g. "toy2d:ring". */
    public static PointSet generate(Kind kind, int count, long seed) {
        if (count <= 0) throw new IllegalArgumentException("point count must be positive, got " + count);
        float[] xy = new float[2 * count];
        for (int i = 0; i < count; i++) {
            Random r = new Random(Seeds.mix(seed, i));
            double[] p = switch (kind) {
                case RING -> ring(r);
                case SPIRAL -> spiral(r);
                case MOONS -> moons(r);
                case CHECKERBOARD -> checkerboard(r);
            };
            xy[2 * i] = (float) p[0];
            xy[2 * i + 1] = (float) p[1];
        }
        return new PointSet("toy2d:" + kind.key(), "procedural, seed " + seed, xy);
    }

    /** The ring's modes, its radius and each mode's standard deviation. */
    public static final int RING_MODES = 8;
    private static final double RING_RADIUS = 0.8, RING_STD = 0.05;

    private static double[] ring(Random r) {
        double a = 2 * Math.PI * r.nextInt(RING_MODES) / RING_MODES;
        return new double[]{RING_RADIUS * Math.cos(a) + RING_STD * r.nextGaussian(), RING_RADIUS * Math.sin(a) + RING_STD * r.nextGaussian()};
    }

    /**
     * For points (x, y, x, y, ...), the share within three standard deviations of each of the
     * ring's modes, counterclockwise from (0.8, 0): a generator that covers the ring puts about
     * 1/8 near each, a collapsed one puts nearly everything near one or two.
     */
    public static double[] ringModeShares(float[] points) {
        int n = points.length / 2;
        double[] shares = new double[RING_MODES];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < RING_MODES; k++) {
                double a = 2 * Math.PI * k / RING_MODES;
                if (Math.hypot(points[2 * i] - RING_RADIUS * Math.cos(a), points[2 * i + 1] - RING_RADIUS * Math.sin(a)) < 3 * RING_STD) {
                    shares[k] += 1.0 / n;
                }
            }
        }
        return shares;
    }

    private static double[] spiral(Random r) {
        double t = Math.sqrt(r.nextDouble());                    // even density along the arm
        double a = t * 3 * Math.PI + (r.nextBoolean() ? Math.PI : 0);
        double rad = 0.05 + 0.9 * t;
        return new double[]{rad * Math.cos(a) + 0.02 * r.nextGaussian(), rad * Math.sin(a) + 0.02 * r.nextGaussian()};
    }

    private static double[] moons(Random r) {
        double a = Math.PI * r.nextDouble();
        double x, y;
        if (r.nextBoolean()) { x = Math.cos(a); y = Math.sin(a); }     // upper moon, as scikit-learn
        else { x = 1 - Math.cos(a); y = 0.5 - Math.sin(a); }          // lower moon
        return new double[]{(x - 0.5) / 1.5 + 0.04 * r.nextGaussian(), (y - 0.25) / 1.5 + 0.04 * r.nextGaussian()};
    }

    private static double[] checkerboard(Random r) {
        int cell = r.nextInt(8);
        int row = cell / 2, col = 2 * (cell % 2) + (row % 2);     // (row + col) even
        return new double[]{-1 + 0.5 * col + 0.5 * r.nextDouble(), -1 + 0.5 * row + 0.5 * r.nextDouble()};
    }
}
