package io.genlab.viz;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * A grid of numbers [H, W] drawn as coloured cells with a colour bar, e.g. a feature map or an attention
 * map, rendered to a {@link BufferedImage}; it does not choose what to show or reshape tensors.
 *
 * <p>Values are mapped linearly from the range (default: smallest to largest finite value) to [0, 1]
 * and through the {@link ColourMap}; values outside are clamped and NaN is drawn in
 * {@link ImageTensors#NAN_RGB}. Each value becomes a square of {@code cellScale} pixels, or a
 * rectangle of {@code cellSize}; rows may be labelled on the left (e.g. the tokens of a prompt). The
 * colour bar is at least {@value #BAR_MIN_LINES} lines of text high, also beside a map of one row.
 * Build one with {@link #builder()}.
 */
public final class Heatmap {
    private static final int BAR_WIDTH = ColourBar.BAR_WIDTH;
    /** The shortest colour bar, in lines of label text, so that its ticks do not overlap. */
    static final int BAR_MIN_LINES = 3;

    private final float[] values;
    private final int rows, cols, cellW, cellH;
    private final List<String> rowLabels;
    private final float low, high;
    private final ColourMap map;
    private final boolean colourBar;
    private final String title;
    private final Theme theme;
    private final Rectangle mapArea, barArea;
    private final int width, height;

    private Heatmap(Builder b, float low, float high) {
        this.values = b.values;
        this.rows = b.rows;
        this.cols = b.cols;
        this.cellW = b.cellW;
        this.cellH = b.cellH;
        this.rowLabels = b.rowLabels;
        this.low = low;
        this.high = high;
        this.map = b.map;
        this.colourBar = b.colourBar;
        this.title = b.title;
        this.theme = b.theme;
        FontMetrics fm = Canvas.metrics(theme.labelFont());
        int pad = fm.getHeight() / 2;
        int top = pad + (title == null ? 0 : Canvas.metrics(theme.titleFont()).getHeight() + pad);
        int rowLabelW = 0;
        if (rowLabels != null) {
            for (String s : rowLabels) rowLabelW = Math.max(rowLabelW, fm.stringWidth(s));
            rowLabelW += pad;
        }
        this.mapArea = new Rectangle(pad + rowLabelW, top, cols * cellW, rows * cellH);
        int labelW = 0;
        double step = Ticks.step(low, high, 4);
        for (double v : Ticks.between(low, high, 4)) {
            labelW = Math.max(labelW, fm.stringWidth(Ticks.label(v, step)));
        }
        int barH = Math.max(mapArea.height, BAR_MIN_LINES * fm.getHeight());
        this.barArea = colourBar ? new Rectangle(mapArea.x + mapArea.width + 2 * pad, top, BAR_WIDTH, barH) : null;
        int right = colourBar ? barArea.x + BAR_WIDTH + 6 + labelW + pad : mapArea.x + mapArea.width + pad;
        int titleW = title == null ? 0 : Canvas.metrics(theme.titleFont()).stringWidth(title) + 2 * pad;
        this.width = Math.max(right, titleW);
        this.height = top + (colourBar ? barH : mapArea.height) + pad + (colourBar ? fm.getHeight() / 2 : 0);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value range mapped onto the colour scale, as {low, high}. */
    public float[] range() {
        return new float[]{low, high};
    }

    /** Where the cells are drawn in the rendered image; cell (r, c) starts at (x + c * cell width, y + r * cell height). */
    public Rectangle mapBounds() {
        return new Rectangle(mapArea);
    }

    /** The colour (0xRRGGBB) that {@code v} gets in this heatmap. */
    public int colourOf(float v) {
        return map.rgb(Float.isNaN(v) ? Double.NaN : ((double) v - low) / ((double) high - low));
    }

    /** Draws the heatmap into a new {@code TYPE_INT_RGB} image. */
    public BufferedImage render() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        try {
            BufferedImage cells = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    cells.setRGB(c, r, colourOf(values[r * cols + c]));   // [H, W] row-major
                }
            }
            g.drawImage(cells, mapArea.x, mapArea.y, mapArea.width, mapArea.height, null);       // nearest neighbour: sharp cells
            if (rowLabels != null) {
                g.setColor(theme.text());
                g.setFont(theme.labelFont());
                int pad = g.getFontMetrics().getHeight() / 2;
                for (int r = 0; r < rows; r++) Canvas.rightAligned(g, rowLabels.get(r), mapArea.x - pad, mapArea.y + r * cellH + cellH / 2);
            }
            if (title != null) {
                g.setColor(theme.text());
                g.setFont(theme.titleFont());
                Canvas.centred(g, title, width / 2, mapArea.y - g.getFontMetrics().getHeight() - Canvas.metrics(theme.labelFont()).getHeight() / 2);
            }
            if (colourBar) {
                ColourBar.draw(g, barArea, map, low, high, theme);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Collects the settings of a {@link Heatmap}: {@code set*} are required, {@code opt*} optional. */
    public static final class Builder {
        private float[] values;
        private int rows, cols;
        private int cellW = 8, cellH = 8;
        private List<String> rowLabels;
        private Float low, high;
        private ColourMap map = ColourMap.VIRIDIS;
        private boolean colourBar = true;
        private String title;
        private Theme theme = Theme.LIGHT;

        private Builder() {
        }

        /** Required: the values, [height, width] row-major. */
        public Builder setValues(float[] values, int height, int width) {
            this.values = Objects.requireNonNull(values, "values").clone();
            this.rows = height;
            this.cols = width;
            return this;
        }

        /** Pixels per value, 1 to 256; default 8. */
        public Builder optCellScale(int scale) {
            return optCellSize(scale, scale);
        }

        /** Width and height of each value's cell in pixels, each 1 to 256, e.g. rows as tall as a label; default 8 x 8. */
        public Builder optCellSize(int width, int height) {
            this.cellW = width;
            this.cellH = height;
            return this;
        }

        /**
         * Text left of each row, one per row, right-aligned; the rows are best at least as tall as a
         * line of label text ({@link #optCellSize}).
         */
        public Builder optRowLabels(List<String> labels) {
            this.rowLabels = List.copyOf(labels);
            return this;
        }

        /** A fixed value range, e.g. [0, 1] for attention weights; default: the finite min and max. */
        public Builder optRange(float low, float high) {
            this.low = low;
            this.high = high;
            return this;
        }

        /** The colour map; default {@link ColourMap#VIRIDIS}. */
        public Builder optColourMap(ColourMap map) {
            this.map = Objects.requireNonNull(map, "colour map");
            return this;
        }

        /** Whether to draw the colour bar with value ticks on the right; default true. */
        public Builder optColourBar(boolean show) {
            this.colourBar = show;
            return this;
        }

        /** A title above the map. */
        public Builder optTitle(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Colours and text size; default {@link Theme#LIGHT}. */
        public Builder optTheme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /** Checks the settings, fixes the range and lays out the heatmap. */
        public Heatmap build() {
            if (values == null) {
                throw new IllegalArgumentException("a heatmap needs values (setValues)");
            }
            if (rows <= 0 || cols <= 0) {
                throw new IllegalArgumentException("heatmap size must be positive, got " + rows + "x" + cols);
            }
            if (values.length != (long) rows * cols) {
                throw new IllegalArgumentException("heatmap has " + values.length + " values but " + rows + "x" + cols
                        + " needs " + (long) rows * cols);
            }
            if (cellW < 1 || cellW > 256 || cellH < 1 || cellH > 256) {
                throw new IllegalArgumentException("cell size must be in [1, 256], got " + cellW + "x" + cellH);
            }
            if (rowLabels != null && rowLabels.size() != rows) {
                throw new IllegalArgumentException(rowLabels.size() + " row labels for " + rows + " rows");
            }
            float[] range = low != null ? new float[]{low, high} : ImageTensors.finiteRange(values);
            if (!(range[0] < range[1]) || !Float.isFinite(range[0]) || !Float.isFinite(range[1])) {
                throw new IllegalArgumentException("heatmap range must be finite with low < high, got [" + range[0] + ", " + range[1] + "]");
            }
            return new Heatmap(this, range[0], range[1]);
        }
    }
}
