package io.genlab.viz;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The charts of a comparison report, drawn with JFreeChart without a display: curves of several
 * series on one pair of axes (loss against steps, quality against sampling steps or training
 * time), and bars (cost per model).
 */
public final class ReportCharts {
    /** The Okabe-Ito palette: told apart with every kind of colour vision. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)};

    private ReportCharts() {}

    /** One series of a line chart: (x, y) points in order. */
    public record Series(String name, List<double[]> points) {}

    /**
     * @param logX draw x on a log scale (sampling steps), logY the same for y (losses)
     * @param markers draw a marker at every point (few points); false for dense curves
     */
    public static BufferedImage lines(String title, String xLabel, String yLabel, List<Series> series, boolean logX, boolean logY,
                                      boolean markers, int width, int height) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (double[] p : s.points()) {
                if ((logX && p[0] <= 0) || (logY && p[1] <= 0) || !Double.isFinite(p[0]) || !Double.isFinite(p[1])) continue;
                xy.add(p[0], p[1]);
            }
            data.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        if (logX) plot.setDomainAxis(logAxis(xLabel));
        if (logY) plot.setRangeAxis(logAxis(yLabel));
        else ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);     // differences, not distances from 0
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, markers);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(markers ? 2f : 1.2f));
        }
        plot.setRenderer(renderer);
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Theme.LIGHT.gridLines());
        plot.setRangeGridlinePaint(Theme.LIGHT.gridLines());
        return chart.createBufferedImage(width, height);
    }

    /** Bars, one per entry, in order. */
    public static BufferedImage bars(String title, String valueLabel, Map<String, Double> values, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((k, v) -> data.addValue(v, valueLabel, k));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueLabel, data, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, PALETTE[0]);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Theme.LIGHT.gridLines());
        style(chart);
        return chart.createBufferedImage(width, height);
    }

    /** A base-10 log axis with a tick at each power of ten, labelled as plain numbers (10, 100, 1,000). */
    private static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        axis.setSmallestValue(1e-9);
        return axis;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(Theme.LIGHT.titleFont().deriveFont(16f));
    }
}
