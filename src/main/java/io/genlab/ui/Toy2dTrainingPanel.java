package io.genlab.ui;

import io.genlab.viz.PointCloudPictures;
import io.genlab.viz.ScatterPlot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The training half of the 2D diffusion view: the model's samples over the data, redrawn every
 * few hundred steps, and the loss per step with its running mean. It only draws what the
 * {@link Toy2dTraining} controller reports.
 */
final class Toy2dTrainingPanel {
    /** Steps in the running mean of the loss. */
    static final int MEAN_WINDOW = 50;
    private static final int PICTURE_SIZE = 560;

    private final PicturePanel samples = new PicturePanel("Press Start to train");
    private final XYSeries loss = new XYSeries("loss per step", false, false);
    private final XYSeries mean = new XYSeries("mean of " + MEAN_WINDOW, false, false);
    private final double[] window = new double[MEAN_WINDOW];
    private double windowSum;
    private int windowCount;
    final JFreeChart chart;
    private final JPanel panel = new JPanel(new GridBagLayout());
    private float[] data;
    private String dataName = "";
    private float[] shownPoints;             // the samples and title of the picture shown
    private String shownTitle;

    Toy2dTrainingPanel() {
        XYSeriesCollection d = new XYSeriesCollection();
        d.addSeries(loss);
        d.addSeries(mean);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, new Color(0x9ECAE9));
        r.setSeriesPaint(1, new Color(0x0072B2));
        r.setSeriesStroke(1, new BasicStroke(2.5f));
        NumberAxis steps = new NumberAxis("step");
        steps.setAutoRangeIncludesZero(false);
        LogAxis mse = new LogAxis("MSE of the noise (log)");
        mse.setSmallestValue(1e-4);
        chart = new JFreeChart("Loss: how wrong the noise guesses are", JFreeChart.DEFAULT_TITLE_FONT,
                new XYPlot(d, steps, mse, r), true);

        JPanel box = new JPanel(new BorderLayout()) {
            @Override
            public void updateUI() {                // presenter mode changed the fonts: redraw the samples
                super.updateUI();
                if (samples != null) SwingUtilities.invokeLater(Toy2dTrainingPanel.this::redraw);
            }
        };
        box.setBorder(BorderFactory.createTitledBorder("While training: the model's samples (blue) over the data (grey)"));
        box.add(samples, BorderLayout.CENTER);
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = 0;
        g.fill = GridBagConstraints.BOTH;
        g.weightx = 1;
        g.weighty = 0.62;
        panel.add(sized(box), g);
        g.weighty = 0.38;
        panel.add(sized(new ThemedChartPanel(chart)), g);
    }

    private static JComponent sized(JComponent c) {
        c.setPreferredSize(new java.awt.Dimension(60, 60));   // share the height by weight
        return c;
    }

    JComponent component() { return panel; }

    PicturePanel samplesPicture() { return samples; }

    /** A new dataset (or a new model): clears the loss and shows the data alone. */
    void reset(String name, float[] points) {
        data = points;
        dataName = name;
        loss.clear();
        mean.clear();
        windowSum = 0;
        windowCount = 0;
        samples.setPicture(picture(null, name + ": the data to learn"));
    }

    /** Adds a batch of updates: steps to the chart (in one notification), the last preview to the picture. */
    void add(List<Toy2dTraining.Update> updates) {
        loss.setNotify(false);
        mean.setNotify(false);
        Toy2dTraining.Preview last = null;
        for (Toy2dTraining.Update u : updates) {
            if (u instanceof Toy2dTraining.Step s) {
                int slot = windowCount++ % MEAN_WINDOW;
                windowSum += s.loss() - window[slot];
                window[slot] = s.loss();
                loss.add(s.step(), s.loss());
                mean.add(s.step(), windowSum / Math.min(windowCount, MEAN_WINDOW));
            } else if (u instanceof Toy2dTraining.Preview p) {
                last = p;
            }
        }
        loss.setNotify(true);
        mean.setNotify(true);
        if (last != null) {
            int outside = outside(last.samples());
            samples.setPicture(picture(last.samples(), "samples after " + String.format("%,d", last.step()) + " steps"
                    + (outside > 0 ? String.format(", %,d off the plot", outside) : "")));
        }
    }

    int lossPoints() { return loss.getItemCount(); }

    /** Points beyond the axes: an untrained model throws most of them far away. */
    static int outside(float[] xy) {
        int n = 0;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (!(Math.abs(xy[i]) <= PointCloudPictures.BOUND && Math.abs(xy[i + 1]) <= PointCloudPictures.BOUND)) n++;
        }
        return n;
    }

    /** Draws the last picture again, e.g. in the new text size of presenter mode. */
    void redraw() {
        if (shownTitle != null) samples.setPicture(picture(shownPoints, shownTitle));
    }

    /** The samples over the data as drawn now; {@link #redraw} draws the same again. */
    private BufferedImage picture(float[] points, String title) {
        shownPoints = points;
        shownTitle = title;
        double b = PointCloudPictures.BOUND;
        ScatterPlot.Builder plot = ScatterPlot.builder().optBounds(-b, b, -b, b).optSize(PICTURE_SIZE, PICTURE_SIZE)
                .optTheme(PresenterMode.figureTheme()).optPointRadius(2f).optTitle(title)
                .optLegend(points != null);
        if (data != null) plot.addPoints(dataName, data, PointCloudPictures.DATA);
        if (points != null) plot.addPoints("samples", points, PointCloudPictures.POINTS);
        if (data == null && points == null) plot.addPoints("none", new float[0], PointCloudPictures.DATA);
        return plot.build().render();
    }
}
