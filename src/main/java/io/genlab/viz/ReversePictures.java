package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Pictures of a diffusion model's reverse process for the workbench: one step as x_t, predicted
 * noise and predicted x0 side by side; the strip from pure noise to the final image with the four
 * stages written over it; and the sampler grid (samplers by step counts, same start noise). It draws
 * traces, it does not make them (see {@code ReverseProcess}).
 */
public final class ReversePictures {
    /** The stages a student sees, in order; each names a quarter of the strip. */
    public static final List<String> STAGES = List.of("pure noise", "basic shapes", "clear forms", "final image");
    /** Predicted noise is drawn on [-NOISE_LIMIT, NOISE_LIMIT]: eps is standard normal, not in [-1, 1]. */
    public static final float NOISE_LIMIT = 3f;
    private static final List<String> TENSORS = List.of("x_t", "eps", "x0");
    private static final List<String> TENSOR_TITLES = List.of("x_t", "predicted noise", "predicted x0");

    private ReversePictures() {}

    /**
     * The trace frames a strip of {@code columns} columns shows: {@code columns - 1} frames spread
     * evenly from the first (pure noise) to the last; the strip's last column is the final sample.
     */
    public static List<Integer> stripFrames(int frames, int columns) {
        if (frames < 1) throw new IllegalArgumentException("a strip needs at least one trace frame");
        if (columns < 2) throw new IllegalArgumentException("a strip needs at least 2 columns, got " + columns);
        return TracePictures.evenlySpaced(frames, columns - 1);
    }

    /**
     * The stage written over column {@code column} of a strip of {@code columns}: four equal groups,
     * in order; the last column (the final sample) is always the final image.
     */
    public static String stage(int column, int columns) {
        if (column < 0 || column >= columns) throw new IndexOutOfBoundsException("column " + column + " of " + columns);
        return column == columns - 1 ? STAGES.get(STAGES.size() - 1) : STAGES.get(column * STAGES.size() / columns);
    }

    /**
     * One step: x_t, the predicted noise and the predicted x0 of the first {@code samples} examples,
     * each as a small grid, side by side under the step and its caption, with {@code title} (the model
     * and settings) under that.
     */
    public static BufferedImage frame(TraceFrame frame, int samples, String title, Theme theme) {
        List<BufferedImage> parts = new ArrayList<>();
        for (int i = 0; i < TENSORS.size(); i++) {
            Tensor t = frame.tensors().get(TENSORS.get(i));
            if (t == null) continue;
            if (t.rank() != 4) throw new IllegalArgumentException("tensor '" + TENSORS.get(i) + "' is not a batch of images: " + t);
            float limit = TENSORS.get(i).equals("eps") ? NOISE_LIMIT : 1f;
            List<BufferedImage> cells = images(t, samples, limit);
            parts.add(ImageGrid.builder().setImages(cells).setColumns(columnsFor(cells.size())).optPadding(4)
                    .optCellScale(Math.max(1, 84 / t.shape()[2])).optTitle(TENSOR_TITLES.get(i)).optTheme(theme).build().render());
        }
        if (parts.isEmpty()) throw new IllegalArgumentException("trace frame " + frame.index() + " holds none of " + TENSORS);
        String heading = "Step " + (frame.index() + 1) + " of " + frame.total() + ", " + frame.caption();
        return Montage.titled(Montage.row(parts, 2 * theme.fontSize(), theme), heading, title, theme);
    }

    /**
     * The strip: rows are the first {@code rowLabels.size()} samples, columns x_t at the frames of
     * {@link #stripFrames} (captioned with their t) and the final sample, with the stage words over
     * their groups of columns.
     */
    public static BufferedImage strip(List<TraceFrame> frames, Tensor finalSample, List<String> rowLabels, int columns,
                                      String title, Theme theme) {
        List<Integer> chosen = stripFrames(frames.size(), columns);
        int samples = rowLabels.size();
        int k = chosen.size() + 1;
        List<List<BufferedImage>> byColumn = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int idx : chosen) {
            TraceFrame f = frames.get(idx);
            Tensor xt = f.tensors().get("x_t");
            if (xt == null || xt.rank() != 4) throw new IllegalArgumentException("trace frame " + idx + " holds no image batch 'x_t'");
            byColumn.add(images(xt, samples, 1f));
            captions.add(f.caption());
        }
        byColumn.add(images(finalSample, samples, 1f));
        captions.add("final");
        List<BufferedImage> cells = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            for (List<BufferedImage> column : byColumn) cells.add(column.get(s));
        }
        ImageGrid grid = ImageGrid.builder().setImages(cells).setColumns(k).optPadding(6)
                .optCellScale(Math.max(1, 56 / finalSample.shape()[2])).optRowLabels(rowLabels).optColumnLabels(captions)
                .optTheme(theme).build();
        return Montage.titled(withStages(grid, k, theme), title, theme);
    }

    /** The grid with a band above it: each stage word centred over its columns, with a bracket line. */
    private static BufferedImage withStages(ImageGrid grid, int columns, Theme theme) {
        BufferedImage body = grid.render();
        FontMetrics fm = Canvas.metrics(theme.labelFont().deriveFont(java.awt.Font.BOLD));
        int band = fm.getHeight() + 8;
        BufferedImage out = new BufferedImage(body.getWidth(), body.getHeight() + band, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        try {
            g.drawImage(body, 0, band, null);
            g.setFont(theme.labelFont().deriveFont(java.awt.Font.BOLD));
            int first = 0;
            for (int c = 1; c <= columns; c++) {
                if (c < columns && stage(c, columns).equals(stage(first, columns))) continue;
                Rectangle a = grid.cellBounds(first), b = grid.cellBounds(c - 1);
                int left = a.x, right = b.x + b.width;
                g.setColor(theme.gridLines().darker());
                g.fillRect(left, band - 4, right - left, 2);
                g.setColor(theme.text());
                Canvas.centred(g, Canvas.fit(stage(first, columns), fm, right - left + 8), (left + right) / 2, 2);
                first = c;
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * The sampler grid: rows are samplers, columns step counts, each cell the samples one setting made
     * from the same start noise, as a row of images. A null cell (not computed yet) is drawn blank.
     *
     * @param cells     row-major, rows x columns entries, each [k, C, H, W] or null
     * @param cellShape the shape every cell has, [k, C, H, W]
     */
    public static BufferedImage samplerGrid(List<String> rowLabels, List<String> columnLabels, List<Tensor> cells,
                                            int[] cellShape, String title, Theme theme) {
        if (cells.size() != rowLabels.size() * columnLabels.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + rowLabels.size() + " x " + columnLabels.size());
        }
        int k = cellShape[0], scale = Math.max(1, 56 / cellShape[2]);
        BufferedImage blank = null;
        List<BufferedImage> pictures = new ArrayList<>();
        for (Tensor cell : cells) {
            if (cell == null) {
                pictures.add(null);
                continue;
            }
            pictures.add(ImageGrid.builder().setImages(images(cell, k, 1f)).setColumns(k).optPadding(2)
                    .optCellScale(scale).optTheme(theme).build().render());
        }
        for (int i = 0; i < pictures.size(); i++) {
            if (pictures.get(i) != null) continue;
            if (blank == null) blank = blank(k, cellShape, scale, theme);
            pictures.set(i, blank);
        }
        return ImageGrid.builder().setImages(pictures).setColumns(columnLabels.size()).optRowLabels(rowLabels)
                .optColumnLabels(columnLabels).optTitle(title).optTheme(theme).build().render();
    }

    private static BufferedImage blank(int k, int[] cellShape, int scale, Theme theme) {
        BufferedImage one = new BufferedImage(cellShape[3], cellShape[2], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = one.createGraphics();
        g.setColor(new Color(0xEEEEEE));
        g.fillRect(0, 0, one.getWidth(), one.getHeight());
        g.dispose();
        return ImageGrid.builder().setImages(java.util.Collections.nCopies(k, one)).setColumns(k).optPadding(2)
                .optCellScale(scale).optTheme(theme).build().render();
    }

    /** About twice as tall as wide, so three grids side by side make a picture about 3:2: 8 samples as 2 x 4. */
    static int columnsFor(int n) {
        return Math.max(1, (int) Math.ceil(Math.sqrt(n / 2.0)));
    }

    /** The first {@code n} images of a batch [N, C, H, W], values in [-limit, limit]. */
    private static List<BufferedImage> images(Tensor batch, int n, float limit) {
        if (batch.rank() != 4) throw new IllegalArgumentException("not a batch of images [N, C, H, W]: " + batch);
        if (n < 1 || n > batch.shape()[0]) throw new IllegalArgumentException(n + " images asked of a batch of " + batch.shape()[0]);
        List<BufferedImage> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Tensor one = batch.slice(i);                                     // [C, H, W]
            out.add(ImageTensors.toImage(one.data(), one.shape()[0], one.shape()[1], one.shape()[2], -limit, limit));
        }
        return out;
    }
}
