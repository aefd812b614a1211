package io.genlab.viz;

import io.genlab.data.Tensor;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Pictures of a network's feature maps (activations [B, C, H, W] of one example): every channel of a
 * layer as a grid of small heatmaps on one colour scale, and an overview with one channel per layer;
 * it does not run the network (see {@code GenerativeModel.probe}).
 *
 * <p>Activations are signed, so the colour scale is blue-white-red, symmetric around zero: white is
 * zero, red positive, blue negative. Its limit is the 99th percentile of |value|, so a few extreme
 * values do not wash every other channel out to white; values beyond it are drawn at full colour.
 */
public final class FeatureMaps {
    /** The colour scale of every feature picture. */
    public static final ColourMap MAP = ColourMap.BLUE_WHITE_RED;

    private FeatureMaps() {}

    /** Whether a probed tensor is a stack of feature maps, [B, C, H, W], that these pictures can show. */
    public static boolean isFeatureMap(Tensor t) {
        return t.rank() == 4 && t.shape()[0] >= 1 && t.shape()[1] >= 1 && t.shape()[2] >= 1 && t.shape()[3] >= 1;
    }

    /** The 99th percentile of |v| over the finite values; 1 when there are none or all are zero. */
    public static float symmetricLimit(float[] values) {
        float[] abs = new float[values.length];
        int n = 0;
        for (float v : values) {
            if (Float.isFinite(v)) abs[n++] = Math.abs(v);
        }
        if (n == 0) return 1f;
        Arrays.sort(abs, 0, n);
        float limit = abs[Math.min(n - 1, (int) Math.ceil(0.99 * n) - 1)];
        if (!(limit > 0)) limit = abs[n - 1];
        return limit > 0 ? limit : 1f;
    }

    /** The channel of a [C, H, W] map whose values vary most (largest variance over positions). */
    public static int representativeChannel(float[] chw, int channels, int height, int width) {
        int hw = height * width;
        if (chw.length != channels * hw) throw new IllegalArgumentException(chw.length + " values for " + channels + "x" + height + "x" + width);
        int best = 0;
        double bestVar = -1;
        for (int c = 0; c < channels; c++) {
            double sum = 0, sq = 0;
            for (int p = 0; p < hw; p++) {
                double v = chw[c * hw + p];
                if (!Double.isFinite(v)) continue;
                sum += v;
                sq += v * v;
            }
            double var = sq / hw - (sum / hw) * (sum / hw);
            if (var > bestVar) {
                bestVar = var;
                best = c;
            }
        }
        return best;
    }

    /** Columns for a grid of {@code channels} maps: about twice as wide as tall. */
    static int columnsFor(int channels) {
        return Math.max(1, Math.min(channels, (int) Math.ceil(Math.sqrt(2.0 * channels))));
    }

    /**
     * Every channel of example 0 of a layer's activations [B, C, H, W], as a grid of heatmaps on one
     * colour scale, with that scale's colour bar on the right.
     */
    public static BufferedImage layerGrid(Tensor activations, String title, Theme theme) {
        if (!isFeatureMap(activations)) throw new IllegalArgumentException("not a stack of feature maps [B, C, H, W]: " + activations);
        int c = activations.shape()[1], h = activations.shape()[2], w = activations.shape()[3];
        float[] chw = activations.slice(0).data();                          // [C, H, W]
        float limit = symmetricLimit(chw);
        List<BufferedImage> cells = new ArrayList<>(c);
        for (int k = 0; k < c; k++) cells.add(colourise(chw, k * h * w, h, w, limit));
        ImageGrid grid = ImageGrid.builder().setImages(cells).setColumns(columnsFor(c)).optPadding(4)
                .optCellScale(Math.max(1, 56 / Math.max(h, w))).optTheme(theme).build();
        BufferedImage gridImage = grid.render();
        ColourBar bar = new ColourBar(MAP, -limit, limit, Math.max(gridImage.getHeight(), 6 * theme.fontSize()), theme);
        BufferedImage body = Montage.row(List.of(gridImage, bar.render()), theme.fontSize(), theme);
        return Montage.titled(body, title, theme);
    }

    /**
     * One channel per layer, in the map's order (input to output): each layer's most varied channel of
     * example 0 on its own symmetric scale, enlarged to the size of the largest map, labelled with the
     * layer name. Entries that are not feature maps are left out.
     */
    public static BufferedImage overview(Map<String, Tensor> layers, String title, Theme theme) {
        int maxH = 0, maxW = 0;
        for (Tensor t : layers.values()) {
            if (!isFeatureMap(t)) continue;
            maxH = Math.max(maxH, t.shape()[2]);
            maxW = Math.max(maxW, t.shape()[3]);
        }
        if (maxH == 0) throw new IllegalArgumentException("no feature maps [B, C, H, W] among " + layers.keySet());
        List<BufferedImage> cells = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (var e : layers.entrySet()) {
            Tensor t = e.getValue();
            if (!isFeatureMap(t)) continue;
            int c = t.shape()[1], h = t.shape()[2], w = t.shape()[3];
            float[] chw = t.slice(0).data();
            int k = representativeChannel(chw, c, h, w);
            float[] one = Arrays.copyOfRange(chw, k * h * w, (k + 1) * h * w);
            cells.add(resize(colourise(one, 0, h, w, symmetricLimit(one)), maxW, maxH));
            labels.add(shortName(e.getKey()));
        }
        java.awt.FontMetrics fm = Canvas.metrics(theme.labelFont());
        int labelW = labels.stream().mapToInt(fm::stringWidth).max().orElse(0);
        int scale = Math.max(84 / Math.max(maxH, maxW), (labelW + maxW - 1) / maxW);    // cells as wide as the longest label
        return ImageGrid.builder().setImages(cells).setColumns(cells.size()).optCellScale(Math.max(1, Math.min(64, scale)))
                .optCellLabels(labels).optTitle(title).optTheme(theme).build().render();
    }

    /** A layer name without the "/out" that names a block's output, e.g. "enc1.0/out" becomes "enc1.0". */
    public static String shortName(String layer) {
        return layer.endsWith("/out") ? layer.substring(0, layer.length() - 4) : layer;
    }

    /** One [H, W] map starting at {@code offset}, coloured on the scale [-limit, limit]. */
    static BufferedImage colourise(float[] values, int offset, int height, int width, float limit) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = values[offset + y * width + x];                   // [H, W] row-major
                out.setRGB(x, y, MAP.rgb(Float.isNaN(v) ? Double.NaN : (v + limit) / (2.0 * limit)));
            }
        }
        return out;
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height) return image;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
