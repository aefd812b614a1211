package io.genlab.viz;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of equally sized images in rows and columns, with optional title, row, column and per-cell
 * labels, rendered to one {@link BufferedImage}; it does not convert tensors itself (see
 * {@link ImageTensors}) or write files (see {@link ImageFiles}).
 *
 * <p>Images fill the grid row by row; the last row may be partly empty. Each image is enlarged by
 * the integer cell scale with nearest-neighbour sampling, so pixels stay sharp. Layout, from the top:
 * padding, title, column labels, then each row as (cells, cell labels, padding); row labels sit left
 * of the cells, right-aligned. Build one with {@link #builder()}.
 */
public final class ImageGrid {
    private final List<BufferedImage> images;
    private final int columns, rows, scale, padding;
    private final List<String> cellLabels, rowLabels, columnLabels;
    private final String title;
    private final Theme theme;
    // layout, in pixels
    private final int cellW, cellH, left, top, cellLabelH, width, height;

    private ImageGrid(Builder b) {
        this.images = List.copyOf(b.images);
        this.columns = b.columns;
        this.rows = (images.size() + columns - 1) / columns;
        this.scale = b.scale;
        this.padding = b.padding;
        this.rowLabels = b.rowLabels;
        this.columnLabels = b.columnLabels;
        this.title = b.title;
        this.theme = b.theme;

        FontMetrics label = Canvas.metrics(theme.labelFont());
        FontMetrics titleFm = Canvas.metrics(theme.titleFont());
        this.cellW = images.get(0).getWidth() * scale;
        this.cellH = images.get(0).getHeight() * scale;
        this.cellLabels = b.cellLabels == null || !b.wrapCellLabels ? b.cellLabels
                : b.cellLabels.stream().map(s -> Canvas.wrap(s, label, cellW)).toList();
        int titleH = title == null ? 0 : titleFm.getHeight() + padding;
        int columnLabelH = columnLabels == null ? 0 : label.getHeight() + padding / 2;
        this.cellLabelH = cellLabels == null ? 0 : lines(cellLabels) * label.getHeight() + 2;
        int rowLabelW = 0;
        if (rowLabels != null) {
            for (String s : rowLabels) {
                rowLabelW = Math.max(rowLabelW, label.stringWidth(s));
            }
            rowLabelW += padding;
        }
        int gridW = padding + rowLabelW + columns * (cellW + padding);
        int titleW = title == null ? 0 : titleFm.stringWidth(title) + 2 * padding;
        this.width = Math.max(gridW, titleW);
        this.height = padding + titleH + columnLabelH + rows * (cellH + cellLabelH + padding);
        this.left = (width - gridW) / 2 + padding + rowLabelW;
        this.top = padding + titleH + columnLabelH;
    }

    /** The most lines of any cell label. */
    private static int lines(List<String> labels) {
        int most = 1;
        for (String s : labels) most = Math.max(most, s.split("\n").length);
        return most;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int width() { return width; }
    public int height() { return height; }
    public int rows() { return rows; }
    public int columns() { return columns; }

    /** Where image {@code index} is drawn in the rendered grid (after scaling), e.g. to find the cell under the mouse. */
    public Rectangle cellBounds(int index) {
        Objects.checkIndex(index, images.size());
        int r = index / columns, c = index % columns;
        return new Rectangle(left + c * (cellW + padding), top + r * (cellH + cellLabelH + padding), cellW, cellH);
    }

    /** The index of the image at pixel (x, y) of the rendered grid, or -1 if there is none there. */
    public int cellAt(int x, int y) {
        for (int i = 0; i < images.size(); i++) {
            if (cellBounds(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    /** Draws the grid into a new {@code TYPE_INT_RGB} image of {@link #width()} x {@link #height()}. */
    public BufferedImage render() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        try {
            g.setColor(theme.text());
            if (title != null) {
                g.setFont(theme.titleFont());
                Canvas.centred(g, title, width / 2, padding);
            }
            g.setFont(theme.labelFont());
            FontMetrics fm = g.getFontMetrics();
            if (columnLabels != null) {
                for (int c = 0; c < columns; c++) {
                    Rectangle cell = cellBounds(c);
                    Canvas.centred(g, Canvas.fit(columnLabels.get(c), fm, cellW + padding), cell.x + cellW / 2,
                            cell.y - fm.getHeight() - padding / 2);
                }
            }
            for (int r = 0; r < rows && rowLabels != null; r++) {
                Rectangle cell = cellBounds(r * columns);
                Canvas.rightAligned(g, rowLabels.get(r), cell.x - padding, cell.y + cellH / 2);
            }
            for (int i = 0; i < images.size(); i++) {
                Rectangle cell = cellBounds(i);
                g.drawImage(ImageTensors.toRgb(ImageTensors.upscale(images.get(i), scale)), cell.x, cell.y, null);
                if (cellLabels != null && !cellLabels.get(i).isEmpty()) {
                    String[] lines = cellLabels.get(i).split("\n");
                    for (int k = 0; k < lines.length; k++) {
                        Canvas.centred(g, Canvas.fit(lines[k], fm, cellW + padding), cell.x + cellW / 2,
                                cell.y + cellH + 1 + k * fm.getHeight());
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Collects the settings of an {@link ImageGrid}: {@code set*} are required, {@code opt*} optional. */
    public static final class Builder {
        private List<BufferedImage> images;
        private int columns;
        private int scale = 1;
        private int padding = 8;
        private List<String> cellLabels, rowLabels, columnLabels;
        private boolean wrapCellLabels;
        private String title;
        private Theme theme = Theme.LIGHT;

        private Builder() {
        }

        /** Required: the images, all the same size, filled in row by row. */
        public Builder setImages(List<BufferedImage> images) {
            this.images = new ArrayList<>(Objects.requireNonNull(images, "images"));
            return this;
        }

        /** Required (alternative to {@link #setImages}): every image of an [N, C, H, W] array in [-1, 1]. */
        public Builder setImages(float[] nchw, long[] shape) {
            return setImages(ImageTensors.toImages(nchw, shape));
        }

        /** Required: the number of columns; rows follow from the image count. */
        public Builder setColumns(int columns) {
            this.columns = columns;
            return this;
        }

        /** Integer enlargement of every image, 1 to 64; default 1. A 28x28 image wants about 4 on a projector. */
        public Builder optCellScale(int scale) {
            this.scale = scale;
            return this;
        }

        /** Gap between cells and around the grid, 0 to 200 pixels; default 8. */
        public Builder optPadding(int padding) {
            this.padding = padding;
            return this;
        }

        /** Text under each cell, one per image (empty strings for none); {@code \n} starts another line. */
        public Builder optCellLabels(List<String> labels) {
            this.cellLabels = List.copyOf(labels);
            return this;
        }

        /** Cell labels too wide for their cell break at spaces onto more lines instead of being cut short. */
        public Builder optWrapCellLabels() {
            this.wrapCellLabels = true;
            return this;
        }

        /** Text left of each row, one per row. */
        public Builder optRowLabels(List<String> labels) {
            this.rowLabels = List.copyOf(labels);
            return this;
        }

        /** Text above each column, one per column. */
        public Builder optColumnLabels(List<String> labels) {
            this.columnLabels = List.copyOf(labels);
            return this;
        }

        /** A title centred above the grid. */
        public Builder optTitle(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Colours and text size; default {@link Theme#LIGHT}. */
        public Builder optTheme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /** Checks the settings and lays out the grid. */
        public ImageGrid build() {
            if (images == null || images.isEmpty()) {
                throw new IllegalArgumentException("an image grid needs at least one image (setImages)");
            }
            if (columns < 1) {
                throw new IllegalArgumentException("an image grid needs at least one column (setColumns), got " + columns);
            }
            if (scale < 1 || scale > 64) {
                throw new IllegalArgumentException("cell scale must be in [1, 64], got " + scale);
            }
            if (padding < 0 || padding > 200) {
                throw new IllegalArgumentException("padding must be in [0, 200] pixels, got " + padding);
            }
            BufferedImage first = Objects.requireNonNull(images.get(0), "image 0");
            for (int i = 1; i < images.size(); i++) {
                BufferedImage im = Objects.requireNonNull(images.get(i), "image " + i);
                if (im.getWidth() != first.getWidth() || im.getHeight() != first.getHeight()) {
                    throw new IllegalArgumentException("image " + i + " is " + im.getWidth() + "x" + im.getHeight()
                            + " but image 0 is " + first.getWidth() + "x" + first.getHeight() + "; grid images must match");
                }
            }
            int rows = (images.size() + columns - 1) / columns;
            checkCount("cell labels", cellLabels, images.size(), "images");
            checkCount("row labels", rowLabels, rows, "rows");
            checkCount("column labels", columnLabels, columns, "columns");
            return new ImageGrid(this);
        }

        private static void checkCount(String what, List<String> labels, int expected, String of) {
            if (labels != null && labels.size() != expected) {
                throw new IllegalArgumentException(labels.size() + " " + what + " for " + expected + " " + of);
            }
        }
    }
}
