package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Pictures of a 2D point cloud being denoised: the points x_t of one trace frame over the
 * training data, with the paths a few chosen points took from x_T to that frame. Fixed axes, so
 * the frames of an animation line up. For plain frames without data or paths see
 * {@link TracePictures#pointsFrame}.
 */
public final class PointCloudPictures {
    /** Axes of every picture: x_T is standard normal noise, so almost all of it lies inside. */
    public static final double BOUND = 2.5;
    public static final Color DATA = new Color(0xB8B8B8);
    public static final Color POINTS = new Color(0x0072B2);
    public static final Color START = new Color(0xE69F00);
    public static final Color PATHS = new Color(0x202020);
    public static final Color END = new Color(0x003F6B);

    private PointCloudPictures() {}

    /** {@code count} point indices spread evenly over {@code 0..n-1}, distinct and ascending. */
    public static int[] pick(int n, int count) {
        if (n < 0 || count < 0) throw new IllegalArgumentException("need n >= 0 and count >= 0, got " + n + ", " + count);
        int k = Math.min(n, count);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = (int) ((long) i * n / k);
        return out;
    }

    /**
     * The paths of the chosen points through frames {@code 0..upTo}: one [K, 2] array per frame,
     * K = {@code indices.length}, as {@link ScatterPlot.Builder#optTrajectories} takes them.
     */
    public static List<float[]> paths(List<TraceFrame> frames, int[] indices, int upTo) {
        if (upTo < 0 || upTo >= frames.size()) {
            throw new IllegalArgumentException("frame " + upTo + " is outside 0.." + (frames.size() - 1));
        }
        List<float[]> out = new ArrayList<>();
        for (int f = 0; f <= upTo; f++) {
            float[] xy = points(frames.get(f));
            float[] sub = new float[2 * indices.length];
            for (int i = 0; i < indices.length; i++) {
                if (2 * indices[i] + 1 >= xy.length) {
                    throw new IllegalArgumentException("frame " + f + " has " + xy.length / 2 + " points, no point " + indices[i]);
                }
                sub[2 * i] = xy[2 * indices[i]];
                sub[2 * i + 1] = xy[2 * indices[i] + 1];
            }
            out.add(sub);
        }
        return out;
    }

    /** The points x_t of a trace frame, [N, 2] row-major. */
    public static float[] points(TraceFrame frame) {
        Tensor xt = frame.tensors().get("x_t");
        if (xt == null || xt.rank() != 2 || xt.shape()[1] != 2) {
            throw new IllegalArgumentException("trace frame " + frame.index() + " holds no 2D points 'x_t' [N, 2]");
        }
        return xt.data();
    }

    /**
     * Frame {@code k} of a denoising: the data in light grey, all points of frame k in blue, and on
     * top the paths of {@code pathCount} points from x_T (orange) to frame k (dark blue).
     *
     * @param data  the training points [M, 2], drawn underneath, or null
     * @param title heading, or null for the frame's caption alone
     */
    public static BufferedImage frame(List<TraceFrame> frames, int k, float[] data, int pathCount, String title,
                                      Theme theme, int size) {
        TraceFrame f = frames.get(k);
        float[] xt = points(f);
        int[] chosen = pick(xt.length / 2, pathCount);
        ScatterPlot.Builder b = ScatterPlot.builder().optBounds(-BOUND, BOUND, -BOUND, BOUND).optSize(size, size)
                .optTheme(theme).optPointRadius(Math.max(1.2f, size / 320f)).optLegend(true)
                .optTitle(title == null ? f.caption() : title + ": " + f.caption());
        if (data != null) b.addPoints("data", data, DATA);
        b.addPoints(k == frames.size() - 1 ? "samples" : "x_t", xt, POINTS);
        List<float[]> paths = chosen.length > 0 ? paths(frames, chosen, k) : List.of();
        if (!paths.isEmpty()) b.addPoints("x_T of the paths", paths.get(0), START);
        ScatterPlot plot = b.build();
        BufferedImage image = plot.render();
        if (!paths.isEmpty()) drawPaths(image, plot, paths, size / 640f);
        return image;
    }

    /** The paths over the cloud, so they stay visible where the points are dense. */
    private static void drawPaths(BufferedImage image, ScatterPlot plot, List<float[]> paths, float scale) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double[] bounds = plot.bounds();
            Point2D.Double lo = plot.toPixel(bounds[0], bounds[2]), hi = plot.toPixel(bounds[1], bounds[3]);
            g.clip(new Rectangle2D.Double(lo.x, hi.y, hi.x - lo.x, lo.y - hi.y));
            g.setStroke(new BasicStroke(Math.max(1f, 1.6f * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(PATHS);
            int n = paths.get(0).length / 2;
            for (int i = 0; i < n; i++) {
                Path2D.Double line = new Path2D.Double();
                boolean pen = false;
                for (float[] frame : paths) {
                    float x = frame[2 * i], y = frame[2 * i + 1];
                    if (!Float.isFinite(x) || !Float.isFinite(y)) {
                        pen = false;
                        continue;
                    }
                    Point2D.Double p = plot.toPixel(x, y);
                    if (pen) line.lineTo(p.x, p.y);
                    else line.moveTo(p.x, p.y);
                    pen = true;
                }
                g.draw(line);
            }
            dots(g, plot, paths.get(0), START, Math.max(2.5f, 4f * scale));
            if (paths.size() > 1) dots(g, plot, paths.get(paths.size() - 1), END, Math.max(2f, 3.5f * scale));
        } finally {
            g.dispose();
        }
    }

    private static void dots(Graphics2D g, ScatterPlot plot, float[] xy, Color colour, float r) {
        g.setColor(colour);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (!Float.isFinite(xy[i]) || !Float.isFinite(xy[i + 1])) continue;
            Point2D.Double p = plot.toPixel(xy[i], xy[i + 1]);
            g.fill(new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r));
        }
    }

    /**
     * The denoising side by side: {@code count} frames from x_T to the samples, evenly spaced,
     * each drawn as by {@link #frame} on the same axes.
     */
    public static BufferedImage strip(List<TraceFrame> frames, float[] data, int count, int pathCount, String title,
                                      Theme theme, int cellSize) {
        List<BufferedImage> cells = new ArrayList<>();
        for (int k : TracePictures.evenlySpaced(frames.size(), count)) {
            cells.add(frame(frames, k, data, pathCount, null, theme, cellSize));
        }
        return ImageGrid.builder().setImages(cells).setColumns(cells.size()).optTheme(theme).optTitle(title).build().render();
    }
}
