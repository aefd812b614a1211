package io.genlab.viz;

/**
 * Maps a number in [0, 1] to a colour for heatmaps; it computes colours from a formula, it does not
 * hold large lookup tables or know about value ranges (see {@link Heatmap}).
 */
public enum ColourMap {
    /**
     * Matplotlib's viridis: perceptually uniform, readable in grey print and by colour-blind viewers;
     * dark purple (0) to yellow (1). Computed with the degree-6 polynomial fit by Matt Zucker (CC0),
     * within about 1/255 of the published table.
     */
    VIRIDIS {
        @Override
        int colour(double u) {
            return pack(poly(u, 0.2777273272234177, 0.1050930431085774, -0.3308618287255563, -4.634230498983486,
                            6.228269936347081, 4.776384997670288, -5.435455855934631),
                    poly(u, 0.005407344544966578, 1.404613529898575, 0.214847559468213, -5.799100973351585,
                            14.17993336680509, -13.74514537774601, 4.645852612178535),
                    poly(u, 0.3340998053353061, 1.384590162594685, 0.09509516302823659, -19.33244095627987,
                            56.69055260068105, -65.35303263337234, 26.3124352495832));
        }
    },
    /** Black (0) to white (1). */
    GREY {
        @Override
        int colour(double u) {
            return pack(u, u, u);
        }
    },
    /** Blue (0) through white (0.5) to red (1), for signed values centred on zero. */
    BLUE_WHITE_RED {
        @Override
        int colour(double u) {
            double[] blue = {0.13, 0.40, 0.67}, red = {0.70, 0.09, 0.17};
            double[] end = u < 0.5 ? blue : red;
            double k = Math.abs(u - 0.5) * 2;   // 0 at white, 1 at the end colour
            return pack(1 + k * (end[0] - 1), 1 + k * (end[1] - 1), 1 + k * (end[2] - 1));
        }
    };

    /** The colour for {@code t} in [0, 1] as 0xRRGGBB; t outside is clamped, NaN gives {@link ImageTensors#NAN_RGB}. */
    public final int rgb(double t) {
        if (Double.isNaN(t)) {
            return ImageTensors.NAN_RGB;
        }
        return colour(t < 0 ? 0 : t > 1 ? 1 : t);
    }

    /** The colour for u, already clamped to [0, 1]. */
    abstract int colour(double u);

    private static double poly(double t, double c0, double c1, double c2, double c3, double c4, double c5, double c6) {
        return c0 + t * (c1 + t * (c2 + t * (c3 + t * (c4 + t * (c5 + t * c6)))));
    }

    private static int pack(double r, double g, double b) {
        return channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
