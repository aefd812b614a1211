package io.genlab.viz;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A 2D scatter plot of one or more point sets, with axes, optional legend and optional trajectories,
 * rendered to a {@link BufferedImage}; it is a static picture, not an interactive chart (the workbench
 * uses JFreeChart for those).
 *
 * <p>Points are {@code float[]} [N, 2] row-major (x0, y0, x1, y1, ...), as Toy2D batches are. Points
 * with a NaN or infinite coordinate are skipped. Trajectories are a list of T frames of the same N
 * points, drawn as one polyline per point from frame 0 to frame T-1 under the point sets, e.g. the
 * path of each sample through the reverse diffusion process. Build one with {@link #builder()}.
 */
public final class ScatterPlot {
    /** Colour-blind-safe defaults (Okabe and Ito) for point sets added without a colour. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9)};

    private record Series(String name, float[] xy, Color colour) {
    }

    private final List<Series> series;
    private final List<float[]> trajectories;
    private final Color trajectoryColour;
    private final String title;
    private final Theme theme;
    private final float radius, alpha;
    private final boolean legend;
    private final int width, height;
    private final double xMin, xMax, yMin, yMax;
    private final Rectangle area;   // the plotting area inside the axes, in pixels

    private ScatterPlot(Builder b, double[] bounds) {
        this.series = List.copyOf(b.series);
        this.trajectories = b.trajectories == null ? List.of() : List.copyOf(b.trajectories);
        this.trajectoryColour = b.trajectoryColour;
        this.title = b.title;
        this.theme = b.theme;
        this.radius = b.radius;
        this.alpha = b.alpha;
        this.legend = b.legend != null ? b.legend : series.size() > 1;
        this.width = b.width;
        this.height = b.height;
        this.xMin = bounds[0];
        this.xMax = bounds[1];
        this.yMin = bounds[2];
        this.yMax = bounds[3];
        FontMetrics fm = Canvas.metrics(theme.labelFont());
        int pad = fm.getHeight() / 2;
        int tickW = 0;
        double yStep = Ticks.step(yMin, yMax, 5);
        for (double v : Ticks.between(yMin, yMax, 5)) {
            tickW = Math.max(tickW, fm.stringWidth(Ticks.label(v, yStep)));
        }
        int top = pad + (title == null ? 0 : Canvas.metrics(theme.titleFont()).getHeight() + pad);
        int left = pad + tickW + 6;
        int bottom = pad + fm.getHeight() + 6;
        this.area = new Rectangle(left, top, width - left - 2 * pad, height - top - bottom);
        if (area.width < 20 || area.height < 20) {
            throw new IllegalArgumentException("plot size " + width + "x" + height + " leaves no room to plot at font size " + theme.fontSize());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The data bounds shown, as {xMin, xMax, yMin, yMax}. */
    public double[] bounds() {
        return new double[]{xMin, xMax, yMin, yMax};
    }

    /** The pixel position of data point (x, y) in the rendered image; y grows upwards in data, downwards in pixels. */
    public Point2D.Double toPixel(double x, double y) {
        return new Point2D.Double(area.x + (x - xMin) / (xMax - xMin) * area.width,
                area.y + area.height - (y - yMin) / (yMax - yMin) * area.height);
    }

    /** Draws the plot into a new {@code TYPE_INT_RGB} image. */
    public BufferedImage render() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        try {
            drawAxes(g);
            g.setClip(area);
            drawTrajectories(g);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
            for (Series s : series) {
                g.setColor(s.colour());
                for (int i = 0; i + 1 < s.xy().length; i += 2) {
                    float x = s.xy()[i], y = s.xy()[i + 1];
                    if (Float.isFinite(x) && Float.isFinite(y)) {
                        Point2D.Double p = toPixel(x, y);
                        g.fill(new Ellipse2D.Double(p.x - radius, p.y - radius, 2 * radius, 2 * radius));
                    }
                }
            }
            g.setComposite(AlphaComposite.SrcOver);
            g.setClip(null);
            if (legend) {
                drawLegend(g);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private void drawAxes(Graphics2D g) {
        g.setFont(theme.labelFont());
        FontMetrics fm = g.getFontMetrics();
        double xStep = Ticks.step(xMin, xMax, 5), yStep = Ticks.step(yMin, yMax, 5);
        for (double v : Ticks.between(xMin, xMax, 5)) {
            int px = (int) Math.round(toPixel(v, yMin).x);
            g.setColor(theme.gridLines());
            g.drawLine(px, area.y, px, area.y + area.height);
            g.setColor(theme.text());
            Canvas.centred(g, Ticks.label(v, xStep), px, area.y + area.height + 4);
        }
        for (double v : Ticks.between(yMin, yMax, 5)) {
            int py = (int) Math.round(toPixel(xMin, v).y);
            g.setColor(theme.gridLines());
            g.drawLine(area.x, py, area.x + area.width, py);
            g.setColor(theme.text());
            Canvas.rightAligned(g, Ticks.label(v, yStep), area.x - 5, py);
        }
        g.setColor(theme.axis());
        g.drawRect(area.x, area.y, area.width, area.height);
        if (title != null) {
            g.setFont(theme.titleFont());
            g.setColor(theme.text());
            Canvas.centred(g, title, area.x + area.width / 2, fm.getHeight() / 2);
        }
    }

    private void drawTrajectories(Graphics2D g) {
        if (trajectories.isEmpty()) {
            return;
        }
        g.setColor(trajectoryColour);
        g.setStroke(new BasicStroke(1f));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, Math.min(1f, alpha * 0.6f)));
        int n = trajectories.get(0).length / 2;
        for (int i = 0; i < n; i++) {
            Path2D.Double path = new Path2D.Double();
            boolean pen = false;
            for (float[] frame : trajectories) {
                float x = frame[2 * i], y = frame[2 * i + 1];
                if (!Float.isFinite(x) || !Float.isFinite(y)) {
                    pen = false;
                    continue;
                }
                Point2D.Double p = toPixel(x, y);
                if (pen) {
                    path.lineTo(p.x, p.y);
                } else {
                    path.moveTo(p.x, p.y);
                    pen = true;
                }
            }
            g.draw(path);
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    private void drawLegend(Graphics2D g) {
        g.setFont(theme.labelFont());
        FontMetrics fm = g.getFontMetrics();
        int line = fm.getHeight(), dot = Math.max(8, line / 2), w = 0;
        for (Series s : series) {
            w = Math.max(w, fm.stringWidth(s.name()));
        }
        int boxW = w + dot + 18, boxH = series.size() * line + 8;
        int x0 = area.x + area.width - boxW - 6, y0 = area.y + 6;
        g.setColor(theme.background());
        g.fillRect(x0, y0, boxW, boxH);
        g.setColor(theme.axis());
        g.drawRect(x0, y0, boxW, boxH);
        for (int k = 0; k < series.size(); k++) {
            int cy = y0 + 4 + k * line + line / 2;
            g.setColor(series.get(k).colour());
            g.fillOval(x0 + 6, cy - dot / 2, dot, dot);
            g.setColor(theme.text());
            g.drawString(series.get(k).name(), x0 + 12 + dot, cy - line / 2 + fm.getAscent());
        }
    }

    /** Collects the settings of a {@link ScatterPlot}: {@code set*}/{@code add*} are required, {@code opt*} optional. */
    public static final class Builder {
        private final List<Series> series = new ArrayList<>();
        private List<float[]> trajectories;
        private Color trajectoryColour = new Color(0x808080);
        private String title;
        private Theme theme = Theme.LIGHT;
        private float radius = 2.5f, alpha = 0.7f;
        private Boolean legend;
        private int width = 480, height = 480;
        private double[] bounds;

        private Builder() {
        }

        /** Required, at least once: a named point set [N, 2] in the next default colour. */
        public Builder addPoints(String name, float[] xy) {
            return addPoints(name, xy, PALETTE[series.size() % PALETTE.length]);
        }

        /** Required, at least once: a named point set [N, 2] in the given colour. */
        public Builder addPoints(String name, float[] xy, Color colour) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(xy, "points of '" + name + "'");
            if (xy.length % 2 != 0) {
                throw new IllegalArgumentException("points of '" + name + "' must be [N, 2], got " + xy.length + " values");
            }
            series.add(new Series(name, xy.clone(), Objects.requireNonNull(colour, "colour")));
            return this;
        }

        /** Image size in pixels; default 480 x 480. */
        public Builder optSize(int width, int height) {
            if (width < 64 || height < 64 || width > 8192 || height > 8192) {
                throw new IllegalArgumentException("plot size must be in [64, 8192] pixels, got " + width + "x" + height);
            }
            this.width = width;
            this.height = height;
            return this;
        }

        /** Fixed data bounds, e.g. so frames of an animation share axes; default: fitted to all points, plus 5%. */
        public Builder optBounds(double xMin, double xMax, double yMin, double yMax) {
            this.bounds = new double[]{xMin, xMax, yMin, yMax};
            return this;
        }

        /** A title above the plot. */
        public Builder optTitle(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Point radius in pixels, (0, 50]; default 2.5. */
        public Builder optPointRadius(float radius) {
            this.radius = radius;
            return this;
        }

        /** Point opacity, (0, 1]; default 0.7, so dense regions look darker. */
        public Builder optAlpha(float alpha) {
            this.alpha = alpha;
            return this;
        }

        /** Show a legend of the point set names; default: shown when there is more than one set. */
        public Builder optLegend(boolean show) {
            this.legend = show;
            return this;
        }

        /** T frames, each [N, 2] for the same N points, drawn as one polyline per point; default none. */
        public Builder optTrajectories(List<float[]> frames) {
            this.trajectories = new ArrayList<>(Objects.requireNonNull(frames, "trajectory frames"));
            return this;
        }

        /** Colour of the trajectory lines; default mid grey. */
        public Builder optTrajectoryColour(Color colour) {
            this.trajectoryColour = Objects.requireNonNull(colour, "colour");
            return this;
        }

        /** Colours and text size; default {@link Theme#LIGHT}. */
        public Builder optTheme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /** Checks the settings, fixes the bounds and lays out the plot. */
        public ScatterPlot build() {
            if (series.isEmpty()) {
                throw new IllegalArgumentException("a scatter plot needs at least one point set (addPoints)");
            }
            if (!(radius > 0 && radius <= 50)) {
                throw new IllegalArgumentException("point radius must be in (0, 50], got " + radius);
            }
            if (!(alpha > 0 && alpha <= 1)) {
                throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
            }
            if (trajectories != null && !trajectories.isEmpty()) {
                int len = Objects.requireNonNull(trajectories.get(0), "trajectory frame 0").length;
                for (int t = 0; t < trajectories.size(); t++) {
                    float[] f = Objects.requireNonNull(trajectories.get(t), "trajectory frame " + t);
                    if (f.length != len || len % 2 != 0) {
                        throw new IllegalArgumentException("trajectory frame " + t + " has " + f.length
                                + " values; every frame must be [N, 2] with frame 0's " + len);
                    }
                }
            }
            double[] b = bounds != null ? bounds : fitBounds();
            for (int axis = 0; axis < 2; axis++) {
                double lo = b[2 * axis], hi = b[2 * axis + 1];
                if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
                    throw new IllegalArgumentException((axis == 0 ? "x" : "y") + " bounds must be finite with min < max, got ["
                            + lo + ", " + hi + "]");
                }
            }
            return new ScatterPlot(this, b);
        }

        private double[] fitBounds() {
            double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            List<float[]> all = new ArrayList<>();
            series.forEach(s -> all.add(s.xy()));
            if (trajectories != null) {
                all.addAll(trajectories);
            }
            for (float[] xy : all) {
                for (int i = 0; i + 1 < xy.length; i += 2) {
                    if (Float.isFinite(xy[i]) && Float.isFinite(xy[i + 1])) {
                        b[0] = Math.min(b[0], xy[i]);
                        b[1] = Math.max(b[1], xy[i]);
                        b[2] = Math.min(b[2], xy[i + 1]);
                        b[3] = Math.max(b[3], xy[i + 1]);
                    }
                }
            }
            for (int axis = 0; axis < 2; axis++) {
                double lo = b[2 * axis], hi = b[2 * axis + 1];
                if (lo > hi) {            // no finite points at all
                    lo = -1;
                    hi = 1;
                } else if (lo == hi) {
                    lo -= 1;
                    hi += 1;
                }
                double margin = 0.05 * (hi - lo);
                b[2 * axis] = lo - margin;
                b[2 * axis + 1] = hi + margin;
            }
            return b;
        }
    }
}
