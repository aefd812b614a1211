package io.genlab.ui.forward;

import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.ThemedChartPanel;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The forward (noising) process on one image: x_t at a chosen t with its shares of signal and
 * noise, a strip of x_t at several steps, the alpha-bar and SNR curves of the linear and cosine
 * schedules, and the pixel histogram turning Gaussian. Pure schedule math on the event dispatch
 * thread (a 28x28 image costs microseconds); no model is involved.
 */
public final class ForwardView implements WorkbenchView {
    private final JPanel panel = new JPanel(new BorderLayout(0, 4)) {
        @Override
        public void updateUI() {                    // presenter mode changed the fonts: redraw the strip
            super.updateUI();
            if (ready) SwingUtilities.invokeLater(figures::refreshStrip);
        }
    };
    private boolean ready;
    private final ForwardFigures figures;
    private final ForwardSource source;

    public ForwardView(WorkbenchContext context) {
        this(context, onImage -> new ForwardSource(context, onImage));
    }

    /** @param sources makes the image source, given where it hands x_0 (tests bring their own datasets) */
    public ForwardView(WorkbenchContext context, Function<Consumer<ForwardSource.Image>, ForwardSource> sources) {
        figures = new ForwardFigures(context.problems());
        source = sources.apply(figures::setImage);
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(source.controls());
        top.add(figures.controls().settings());
        panel.add(top, BorderLayout.NORTH);
        panel.add(grid(), BorderLayout.CENTER);
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        figures.scheduleChanged();
        ready = true;
    }

    private JComponent grid() {
        ForwardCharts charts = figures.charts();
        JPanel p = new JPanel(new GridBagLayout());
        add(p, source.view(), 0, 0, 1, 1, 0.17, 0.55);
        add(p, titled(figures.xtPicture(), "x_t, the noisy image at t"), 1, 0, 1, 1, 0.28, 0.55);
        add(p, new ThemedChartPanel(charts.histogram), 2, 0, 1, 1, 0.27, 0.55);
        add(p, figures.controls().slider(), 0, 1, 3, 1, 0.72, 0);
        add(p, titled(figures.strip(), "The strip x_0 … x_T, with each step's pixel histogram"), 0, 2, 3, 1, 0.72, 0.45);
        add(p, new ThemedChartPanel(charts.alphaBar), 3, 0, 1, 1, 0.28, 0.55);
        add(p, new ThemedChartPanel(charts.snr), 3, 1, 1, 2, 0.28, 0.45);
        return p;
    }

    /** A picture under a titled border (the picture panel paints its whole area, so it cannot carry one). */
    private static JComponent titled(JComponent c, String title) {
        JPanel box = new JPanel(new BorderLayout());
        box.setBorder(BorderFactory.createTitledBorder(title));
        box.add(c, BorderLayout.CENTER);
        return box;
    }

    /** Adds a cell; space is shared by weight, not by what the cells would like, so nothing crowds out the charts. */
    private static void add(JPanel p, JComponent c, int x, int y, int w, int h, double wx, double wy) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = x;
        g.gridy = y;
        g.gridwidth = w;
        g.gridheight = h;
        g.weightx = wx;
        g.weighty = wy;
        g.fill = GridBagConstraints.BOTH;
        g.insets = new Insets(3, 3, 3, 3);
        JPanel cell = new JPanel(new BorderLayout()) {
            @Override
            public java.awt.Dimension getPreferredSize() {
                return new java.awt.Dimension(60, wy == 0 ? super.getPreferredSize().height : 60);
            }
        };
        cell.add(c, BorderLayout.CENTER);
        p.add(cell, g);
    }

    @Override public String id() { return "forward"; }

    @Override public String title() { return "Forward process"; }

    @Override
    public String explanation() {
        return "A diffusion model learns by watching images being destroyed. Here you destroy one yourself: pick an "
                + "image (or draw one) and move t. The noisy image x_t is a mix of the clean image and random noise; "
                + "the signal share sqrt(alpha-bar) falls from 1 towards 0 while the noise share rises. Notice how "
                + "long you can still recognise the picture, and how the cosine schedule keeps it visible for longer "
                + "than the linear one (compare the curves). At the end nothing of the image is left: the pixel "
                + "histogram is the bell curve of N(0, 1), exactly the noise the reverse process starts from.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public void shown() {
        source.start();
    }

    @Override
    public void close() {
        figures.stop();
    }

    @Override
    public List<Export> exports() {
        return figures.exports();
    }

    @Override
    public Set<String> settings() {
        return ForwardLesson.names();
    }

    /**
     * Sets the view up from a lesson link: the image ({@code dataset} of the box, or {@code draw};
     * {@code index}), {@code schedule}, {@code timesteps}, {@code t}, the noise {@code seed}, the
     * {@code strip}'s timesteps, and {@code play} to start moving t.
     */
    @Override
    public void apply(Map<String, String> values) {
        ForwardLesson.read(values, source, figures.controls()).apply(source, figures.controls());
    }

    // ---- for tests --------------------------------------------------------------------------

    ForwardCharts charts() { return figures.charts(); }

    ForwardControls controls() { return figures.controls(); }

    PicturePanel xtPicture() { return figures.xtPicture(); }

    PicturePanel stripPicture() { return figures.strip(); }

    ForwardSource source() { return source; }
}
