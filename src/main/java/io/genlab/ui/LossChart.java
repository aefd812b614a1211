package io.genlab.ui;

import io.genlab.train.MetricsLog;
import io.genlab.train.TrainingEvent;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.swing.JComponent;
import javax.swing.UIManager;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The live loss chart of the Train view: one series per named loss (a GAN reports "d" and "g"),
 * drawn thin, with a smoothed curve of the same colour over it, against the training step. A
 * marker shows the step of the snapshot being looked at.
 * Its datasets change only on the event dispatch thread, a batch at a time.
 */
final class LossChart {
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

    private final XYSeriesCollection raw = new XYSeriesCollection();
    private final XYSeriesCollection smooth = new XYSeriesCollection();
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartPanel panel;
    private final ValueMarker marker = new ValueMarker(0, new Color(0x808080), new BasicStroke(1.5f));

    LossChart() {
        NumberAxis loss = new NumberAxis("loss");
        loss.setAutoRangeIncludesZero(true);            // how far from perfect, not only how it wiggles
        plot = new XYPlot(raw, new NumberAxis("training step"), loss, rawRenderer());
        plot.setNoDataMessage("The loss appears here while the model trains");
        plot.setDataset(1, smooth);
        plot.setRenderer(1, smoothRenderer());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        panel = new ChartPanel(chart, false, true, false, true, true) {
            @Override
            public void updateUI() {
                super.updateUI();
                applyFonts();             // presenter mode changes the default font
            }
        };
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(150);
        applyFonts();
    }

    JComponent component() { return panel; }

    /** Adds one batch of steps; the chart redraws once per loss, not once per point. */
    void append(List<TrainingEvent.StepCompleted> steps) {
        List<Point> points = new ArrayList<>();
        for (TrainingEvent.StepCompleted s : steps) points.add(new Point(s.step(), s.losses()));
        add(points);
    }

    /** Replaces the curves with a run's metrics.csv. */
    void load(List<MetricsLog.Row> rows) {
        clear();
        List<Point> points = new ArrayList<>();
        for (MetricsLog.Row r : rows) points.add(new Point(r.step(), r.losses()));
        add(points);
    }

    void clear() {
        raw.removeAllSeries();
        smooth.removeAllSeries();
    }

    /** Drops the points after {@code step}, where a continued run starts again from its checkpoint. */
    void truncateAfter(long step) {
        for (int i = 0; i < raw.getSeriesCount(); i++) {
            XYSeries r = raw.getSeries(i);
            XYSeries s = smooth.getSeries(i);
            int keep = 0;
            while (keep < r.getItemCount() && r.getX(keep).doubleValue() <= step) keep++;
            if (keep < r.getItemCount()) {
                r.delete(keep, r.getItemCount() - 1);
                s.delete(keep, s.getItemCount() - 1);
            }
        }
    }

    /** Shows a vertical line at {@code step}, or none for a negative step. */
    void markStep(long step) {
        plot.removeDomainMarker(marker);
        if (step >= 0) {
            marker.setValue(step);
            plot.addDomainMarker(marker);
        }
    }

    /** The names of the losses, in the order they first appeared. */
    List<String> lossNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < raw.getSeriesCount(); i++) names.add((String) raw.getSeriesKey(i));
        return names;
    }

    /** Points in the raw series of a loss (0 if there is none). */
    int pointCount(String loss) {
        int i = raw.getSeriesIndex(loss);
        return i < 0 ? 0 : raw.getSeries(i).getItemCount();
    }

    boolean isEmpty() { return raw.getSeriesCount() == 0 || raw.getSeries(0).getItemCount() == 0; }

    /** Draws a copy of the chart as it is now, so it can be rendered on any thread while training goes on. */
    ChartPicture picture() {
        try {
            JFreeChart copy = (JFreeChart) chart.clone();
            XYPlot p = copy.getXYPlot();
            p.setDataset(0, (XYSeriesCollection) raw.clone());
            p.setDataset(1, (XYSeriesCollection) smooth.clone());
            p.clearDomainMarkers();
            return copy::createBufferedImage;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the loss chart cannot be copied: " + e.getMessage(), e);
        }
    }

    /** A chart frozen for export. */
    @FunctionalInterface
    interface ChartPicture {
        BufferedImage render(int width, int height);
    }

    private record Point(long step, Map<String, Double> losses) {}

    private void add(List<Point> points) {
        if (points.isEmpty()) return;
        List<XYSeries> touched = new ArrayList<>();
        for (Point p : points) {
            for (var e : new java.util.TreeMap<>(p.losses()).entrySet()) {      // the same series order every time
                double v = e.getValue();
                if (!Double.isFinite(v)) continue;
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

    private static XYLineAndShapeRenderer rawRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDefaultStroke(new BasicStroke(1f));
        r.setAutoPopulateSeriesStroke(false);
        return r;
    }

    private static XYLineAndShapeRenderer smoothRenderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDefaultStroke(new BasicStroke(2.5f));
        r.setAutoPopulateSeriesStroke(false);
        return r;
    }

    private void applyFonts() {
        if (plot == null || chart == null) return;
        Font base = UIManager.getFont("defaultFont");
        if (base == null) base = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        Font label = base.deriveFont(Font.PLAIN, base.getSize2D());
        Font ticks = base.deriveFont(Font.PLAIN, base.getSize2D() * 0.9f);
        for (ValueAxis a : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            a.setLabelFont(label);
            a.setTickLabelFont(ticks);
        }
        if (chart.getLegend() != null) chart.getLegend().setItemFont(label);
    }
}
