package io.genlab.ui.widgets;

import io.genlab.train.MetricsLog;
import io.genlab.train.TrainingEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.swing.JComponent;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The loss chart of the Train view and of the 2D view: one series per named loss (a GAN reports
 * "d" and "g"), drawn thin, with a smoothed curve of the same colour over it, against the training
 * step. A marker can show the step of the snapshot being looked at. Styled by
 * {@link ThemedChartPanel} like the workbench's other charts.
 *
 * <p>The loss axis is logarithmic: a diffusion loss falls from about 1 to a few hundredths, and
 * most of what training does happens in that tail; on a linear axis it is a flat line near zero,
 * on a log axis every halving of the loss is the same height. A loss that can be zero or negative
 * (the negative log-likelihood of a continuous density) has no logarithm, so the first such value
 * turns the axis linear, for that run.
 *
 * <p>Its datasets change only on the event dispatch thread, a batch at a time.
 */
public final class LossChart {
    /**
     * The smoothed curve is a moving average whose window grows with the step (about 2 steps at
     * first, 50 steps from step 500 on): the loss falls fast early and slowly later, so the curve
     * follows the fall without lagging behind it and is calm on the long plateau.
     */
    static double smoothing(long step) {
        return Math.max(0.02, Math.min(0.5, 10.0 / Math.max(1, step)));
    }

    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9)};

    /** The losses of one step, by name. */
    public record Point(long step, Map<String, Double> losses) {}

    private final XYSeriesCollection raw = new XYSeriesCollection();
    private final XYSeriesCollection smooth = new XYSeriesCollection();
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ThemedChartPanel panel;
    private final ValueMarker marker = new ValueMarker(0, new Color(0x808080), new BasicStroke(1.5f));
    private boolean marked;
    /** The fixed 0..1 axis of a chart of probabilities; null for a loss chart, whose axis is logarithmic while it can be. */
    private final NumberAxis unitAxis;

    public LossChart() {
        this(null);
    }

    /** @param title shown above the chart, or null for none */
    public LossChart(String title) {
        this(title, null);
    }

    /**
     * A chart of values that are not losses, e.g. probabilities in [0, 1].
     *
     * @param title  shown above the chart, or null for none
     * @param yLabel the label of a linear y axis from 0 to 1; null for the log-scale loss axis
     */
    public LossChart(String title, String yLabel) {
        NumberAxis steps = new NumberAxis("training step");
        steps.setAutoRangeIncludesZero(false);
        unitAxis = yLabel == null ? null : new NumberAxis(yLabel);
        if (unitAxis != null) unitAxis.setRange(0, 1);
        plot = new XYPlot(raw, steps, unitAxis == null ? logAxis() : unitAxis, renderer(1f));
        plot.setNoDataMessage(unitAxis == null ? "The loss appears here while the model trains" : "Values appear here while the model trains");
        plot.setDataset(1, smooth);
        plot.setRenderer(1, renderer(2.5f));
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        panel = new ThemedChartPanel(chart);
    }

    public JComponent component() { return panel; }

    /** The chart itself, e.g. to export it with {@link ThemedChartPanel#render}. */
    public JFreeChart chart() { return chart; }

    /** Adds one batch of steps; the chart redraws once per loss, not once per point. */
    public void append(List<TrainingEvent.StepCompleted> steps) {
        List<Point> points = new ArrayList<>();
        for (TrainingEvent.StepCompleted s : steps) points.add(new Point(s.step(), s.losses()));
        add(points);
    }

    /** Replaces the curves with a run's metrics.csv. */
    public void load(List<MetricsLog.Row> rows) {
        clear();
        List<Point> points = new ArrayList<>();
        for (MetricsLog.Row r : rows) points.add(new Point(r.step(), r.losses()));
        add(points);
    }

    public void clear() {
        raw.removeAllSeries();
        smooth.removeAllSeries();
        if (unitAxis != null) setRangeAxis(unitAxis);
        else if (!logScale()) setRangeAxis(logAxis());
    }

    /** Drops the points after {@code step}, where a continued run starts again from its checkpoint. */
    public void truncateAfter(long step) {
        List<XYSeries> touched = new ArrayList<>();
        for (int i = 0; i < raw.getSeriesCount(); i++) {
            XYSeries r = raw.getSeries(i);
            XYSeries s = smooth.getSeries(i);
            int keep = 0;
            while (keep < r.getItemCount() && r.getX(keep).doubleValue() <= step) keep++;
            if (keep < r.getItemCount()) {
                for (XYSeries t : List.of(r, s)) {
                    t.setNotify(false);
                    t.delete(keep, t.getItemCount() - 1);
                    touched.add(t);
                }
            }
        }
        for (XYSeries t : touched) t.setNotify(true);
    }

    /** Shows a vertical line at {@code step}, or none for a negative step. */
    public void markStep(long step) {
        plot.removeDomainMarker(marker);
        marked = step >= 0;
        if (marked) {
            marker.setValue(step);
            plot.addDomainMarker(marker);
        }
    }

    /** The names of the losses, in the order they first appeared. */
    public List<String> lossNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < raw.getSeriesCount(); i++) names.add((String) raw.getSeriesKey(i));
        return names;
    }

    /** Points in the raw series of a loss (0 if there is none). */
    public int pointCount(String loss) {
        int i = raw.getSeriesIndex(loss);
        return i < 0 ? 0 : raw.getSeries(i).getItemCount();
    }

    public boolean isEmpty() { return raw.getSeriesCount() == 0 || raw.getSeries(0).getItemCount() == 0; }

    /** Whether the loss axis is logarithmic (false once a loss of zero or below has come). */
    boolean logScale() { return plot.getRangeAxis() instanceof LogAxis; }

    /**
     * The chart drawn into an image, without the snapshot marker, for exports. It is drawn on the
     * event dispatch thread, where the datasets change, whichever thread asks.
     */
    public BufferedImage render(int width, int height) {
        return ThemedChartPanel.drawOnEdt(() -> {
            boolean hide = marked;
            if (hide) plot.removeDomainMarker(0, marker, Layer.FOREGROUND, false);
            try {
                return chart.createBufferedImage(width, height);
            } finally {
                if (hide) plot.addDomainMarker(0, marker, Layer.FOREGROUND, false);
            }
        });
    }

    /** Adds points in step order; the smoothed curve goes on from its last value. */
    public void add(List<Point> points) {
        if (points.isEmpty()) return;
        List<XYSeries> touched = new ArrayList<>();
        for (Point p : points) {
            for (var e : new TreeMap<>(p.losses()).entrySet()) {      // the same series order every time
                double v = e.getValue();
                if (!Double.isFinite(v)) continue;
                if (v <= 0 && logScale()) setRangeAxis(linearAxis());
                XYSeries r = series(raw, e.getKey());
                XYSeries s = series(smooth, e.getKey());
                if (!touched.contains(r)) {
                    touched.add(r);
                    touched.add(s);
                    r.setNotify(false);
                    s.setNotify(false);
                }
                double previous = s.getItemCount() == 0 ? v : s.getY(s.getItemCount() - 1).doubleValue();
                r.add(p.step(), v, false);
                s.add(p.step(), previous + smoothing(p.step()) * (v - previous), false);
            }
        }
        for (XYSeries t : touched) t.setNotify(true);
    }

    private XYSeries series(XYSeriesCollection collection, String name) {
        int i = collection.getSeriesIndex(name);
        if (i >= 0) return collection.getSeries(i);
        XYSeries s = new XYSeries(name, false, true);
        collection.addSeries(s);
        int index = collection.getSeriesCount() - 1;
        Color c = PALETTE[index % PALETTE.length];
        if (collection == raw) {
            plot.getRenderer(0).setSeriesPaint(index, new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
            plot.getRenderer(0).setSeriesVisibleInLegend(index, false);    // the legend shows the smoothed curve's colour
        } else {
            plot.getRenderer(1).setSeriesPaint(index, c);
        }
        return s;
    }

    private void setRangeAxis(ValueAxis axis) {
        plot.setRangeAxis(axis);
        ThemedChartPanel.style(chart);
    }

    private static LogAxis logAxis() {
        LogAxis loss = new LogAxis("loss (log scale)");
        loss.setSmallestValue(1e-6);
        loss.setNumberFormatOverride(TWO_DIGITS);
        return loss;
    }

    /** Tick labels such as 1, 0.63, 0.4, 0.25, 0.016: two significant digits, no exponent. */
    private static final NumberFormat TWO_DIGITS = new NumberFormat() {
        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            if (!Double.isFinite(number) || number == 0) return to.append(number == 0 ? "0" : "");
            return to.append(new BigDecimal(number).round(new MathContext(2)).stripTrailingZeros().toPlainString());
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("tick labels are only formatted");
        }
    };

    private static NumberAxis linearAxis() {
        NumberAxis loss = new NumberAxis("loss");
        loss.setAutoRangeIncludesZero(true);            // how far from perfect, not only how it wiggles
        return loss;
    }

    private static XYLineAndShapeRenderer renderer(float width) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDefaultStroke(new BasicStroke(width));
        r.setAutoPopulateSeriesStroke(false);
        return r;
    }
}
