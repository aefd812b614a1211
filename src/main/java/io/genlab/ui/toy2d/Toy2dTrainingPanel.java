package io.genlab.ui.toy2d;

import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.LossChart;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.PointCloudPictures;
import io.genlab.viz.ScatterPlot;
import org.jfree.chart.JFreeChart;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training half of the 2D diffusion view: the model's samples over the data, redrawn every
 * few hundred steps, and the loss per step in the workbench's {@link LossChart}. It only draws what the
 * {@link Toy2dTraining} controller reports.
 */
final class Toy2dTrainingPanel {
    private static final int PICTURE_SIZE = 560;

    private final PicturePanel samples = new PicturePanel("Press Start to train");
    private final LossChart loss = new LossChart("Loss: how wrong the noise guesses are");
    final JFreeChart chart = loss.chart();
    private final JPanel panel = new JPanel(new GridBagLayout());
    private float[] data;
    private String dataName = "";
    private float[] shownPoints;             // the samples and title of the picture shown
    private String shownTitle;

    Toy2dTrainingPanel() {
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
        panel.add(sized(loss.component()), g);
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
        samples.setPicture(picture(null, name + ": the data to learn"));
    }

    /** Adds a batch of updates: steps to the chart (in one notification), the last preview to the picture. */
    void add(List<Toy2dTraining.Update> updates) {
        List<LossChart.Point> steps = new ArrayList<>();
        Toy2dTraining.Preview last = null;
        for (Toy2dTraining.Update u : updates) {
            if (u instanceof Toy2dTraining.Step s) {
                steps.add(new LossChart.Point(s.step(), Map.of("mse", s.loss())));
            } else if (u instanceof Toy2dTraining.Preview p) {
                last = p;
            }
        }
        loss.add(steps);
        if (last != null) {
            int outside = outside(last.samples());
            samples.setPicture(picture(last.samples(), "samples after " + String.format("%,d", last.step()) + " steps"
                    + (outside > 0 ? String.format(", %,d off the plot", outside) : "")));
        }
    }

    int lossPoints() { return loss.pointCount("mse"); }

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
