package io.genlab.ui.forward;

import io.genlab.diffusion.Histogram;
import io.genlab.diffusion.schedule.NoiseSchedule;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * The three charts of the forward-process view: alpha-bar(t) and SNR(t) of the linear and cosine
 * schedules with a marker at the current t, and the pixel histogram of x_t against the N(0, 1)
 * density. Datasets change only on the event dispatch thread, batched with setNotify.
 */
final class ForwardCharts {
    static final Color LINEAR = new Color(0x0072B2);
    static final Color COSINE = new Color(0xE69F00);
    private static final Color BARS = new Color(0x56B4E9);
    private static final Color NORMAL = new Color(0xD55E00);
    private static final Color MARKER = new Color(0xCC3311);
    /** SNR below this is drawn at this value: a log axis cannot show 0. */
    private static final double SMALLEST_SNR = 1e-10;

    private final XYSeries linearAlphaBar = new XYSeries("linear", false, false);
    private final XYSeries cosineAlphaBar = new XYSeries("cosine", false, false);
    private final XYSeries linearSnr = new XYSeries("linear", false, false);
    private final XYSeries cosineSnr = new XYSeries("cosine", false, false);
    private final XYSeriesCollection alphaBarData = new XYSeriesCollection();
    private final XYSeriesCollection snrData = new XYSeriesCollection();
    private final XYSeries pixels = new XYSeries("pixels of x_t", false, false);
    private final XYSeriesCollection pixelData = new XYSeriesCollection(pixels);
    private final ValueMarker alphaBarMarker = marker();
    private final ValueMarker snrMarker = marker();
    final JFreeChart alphaBar;
    final JFreeChart snr;
    final JFreeChart histogram;

    ForwardCharts() {
        alphaBarData.addSeries(linearAlphaBar);
        alphaBarData.addSeries(cosineAlphaBar);
        snrData.addSeries(linearSnr);
        snrData.addSeries(cosineSnr);
        alphaBar = scheduleChart("alpha-bar(t): the image's share", "alpha-bar", new NumberAxis("alpha-bar"),
                alphaBarData, alphaBarMarker);
        ((NumberAxis) alphaBar.getXYPlot().getRangeAxis()).setRange(0, 1.02);
        LogAxis logAxis = new LogAxis("SNR (log scale)");
        logAxis.setSmallestValue(SMALLEST_SNR);
        snr = scheduleChart("Signal-to-noise ratio SNR(t)", "SNR", logAxis, snrData, snrMarker);
        histogram = histogramChart();
    }

    private static ValueMarker marker() {
        ValueMarker m = new ValueMarker(0, MARKER, new BasicStroke(2f));
        m.setLabelPaint(MARKER);
        return m;
    }

    private static JFreeChart scheduleChart(String title, String what, ValueAxis range,
                                            XYSeriesCollection data, ValueMarker marker) {
        NumberAxis t = new NumberAxis("timestep t");
        t.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, LINEAR);
        lines.setSeriesPaint(1, COSINE);
        XYPlot plot = new XYPlot(data, t, range, lines);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.addDomainMarker(marker);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.getXYPlot().getRangeAxis().setLabel(what);
        return chart;
    }

    private JFreeChart histogramChart() {
        NumberAxis x = new NumberAxis("pixel value");
        x.setRange(-4, 4);
        NumberAxis y = new NumberAxis("density");
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BARS);
        XYPlot plot = new XYPlot(pixelData, x, y, bars);
        XYSeries normal = new XYSeries("N(0, 1)", false, false);
        for (int i = 0; i <= 160; i++) {
            double v = -4 + i * 0.05;
            normal.add(v, Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI));
        }
        XYLineAndShapeRenderer curve = new XYLineAndShapeRenderer(true, false);
        curve.setSeriesPaint(0, NORMAL);
        curve.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setDataset(1, new XYSeriesCollection(normal));
        plot.setRenderer(1, curve);
        return new JFreeChart("Pixels of x_t against N(0, 1)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    /** Both schedules' curves over t = 0..T-1; the chosen one is drawn thicker. */
    void setSchedules(NoiseSchedule linear, NoiseSchedule cosine, boolean linearChosen) {
        fill(linearAlphaBar, linear.alphasCumprod(), false);
        fill(cosineAlphaBar, cosine.alphasCumprod(), false);
        fill(linearSnr, linear.snr(), true);
        fill(cosineSnr, cosine.snr(), true);
        for (JFreeChart c : new JFreeChart[]{alphaBar, snr}) {
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) c.getXYPlot().getRenderer();
            r.setSeriesStroke(0, new BasicStroke(linearChosen ? 3f : 1.5f));
            r.setSeriesStroke(1, new BasicStroke(linearChosen ? 1.5f : 3f));
        }
    }

    private static void fill(XYSeries series, double[] values, boolean positive) {
        series.setNotify(false);
        series.clear();
        for (int t = 0; t < values.length; t++) {
            series.add(t, positive ? Math.max(values[t], SMALLEST_SNR) : values[t]);
        }
        series.setNotify(true);
    }

    /** Moves the markers to t and labels them with the chosen schedule's values there. */
    void markT(int t, double alphaBarValue, double snrValue) {
        alphaBarMarker.setLabel(String.format("t=%d  %.3f", t, alphaBarValue));
        snrMarker.setLabel(String.format("t=%d  %.3g", t, snrValue));
        alphaBarMarker.setLabelAnchor(t < alphaBarData.getSeries(0).getItemCount() / 2
                ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        alphaBarMarker.setLabelTextAnchor(t < alphaBarData.getSeries(0).getItemCount() / 2
                ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        snrMarker.setLabelAnchor(alphaBarMarker.getLabelAnchor());
        snrMarker.setLabelTextAnchor(alphaBarMarker.getLabelTextAnchor());
        alphaBarMarker.setValue(t);
        snrMarker.setValue(t);
    }

    /** The density of x_t's pixel values, one bar per bin. */
    void setHistogram(Histogram h) {
        double[] d = h.density();
        pixelData.setIntervalWidth(h.binWidth());
        pixels.setNotify(false);
        pixels.clear();
        for (int i = 0; i < d.length; i++) pixels.add(h.binCenter(i), d[i]);
        pixels.setNotify(true);
    }

    /** The current bar heights, for tests. */
    double[] histogramValues() {
        double[] v = new double[pixels.getItemCount()];
        for (int i = 0; i < v.length; i++) v[i] = pixels.getY(i).doubleValue();
        return v;
    }

    int alphaBarPoints(int series) { return alphaBarData.getSeries(series).getItemCount(); }

    int snrPoints(int series) { return snrData.getSeries(series).getItemCount(); }

    double markerT() { return alphaBarMarker.getValue(); }
}
