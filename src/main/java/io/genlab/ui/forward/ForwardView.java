package io.genlab.ui.forward;

import io.genlab.data.Tensor;
import io.genlab.diffusion.ForwardProcess;
import io.genlab.diffusion.StripTimesteps;
import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.ui.shell.LinkSettings;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.ThemedChartPanel;
import io.genlab.viz.ForwardPictures;
import io.genlab.viz.ImageTensors;
import io.genlab.viz.Theme;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
    private static final int GIF_FRAMES = 40;
    /** The lesson link's word for the drawing pad. */
    static final String DRAW = "draw";
    private static final List<String> SETTINGS = List.of("dataset", "index", "schedule", "timesteps", "t", "seed",
            "strip", "play");

    private final JPanel panel = new JPanel(new BorderLayout(0, 4)) {
        @Override
        public void updateUI() {                    // presenter mode changed the fonts: redraw the strip
            super.updateUI();
            if (ready) SwingUtilities.invokeLater(ForwardView.this::refreshStrip);
        }
    };
    private boolean ready;
    private final ForwardSource source;
    private final ForwardControls controls;
    private final ForwardCharts charts = new ForwardCharts();
    private final PicturePanel xtPicture = new PicturePanel("x_t appears here once an image is chosen");
    private final PicturePanel strip = new PicturePanel(" ");
    private final Timer stripLater = new Timer(120, e -> refreshStrip());
    private Tensor x0;                       // [1, C, H, W]
    private String label = "";
    private boolean drawing;                 // x_0 comes from the drawing pad
    private NoiseSchedule schedule;
    private ForwardProcess process;
    private ForwardProcess.Frame frame;      // x_t at the current t

    public ForwardView(WorkbenchContext context) {
        this(context, onImage -> new ForwardSource(context, onImage));
    }

    /** @param sources makes the image source, given where it hands x_0 (tests bring their own datasets) */
    public ForwardView(WorkbenchContext context, Function<Consumer<ForwardSource.Image>, ForwardSource> sources) {
        source = sources.apply(this::setImage);
        controls = new ForwardControls(context.problems(), this::scheduleChanged, this::refreshT, this::refreshStrip);
        stripLater.setRepeats(false);
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(source.controls());
        top.add(controls.settings());
        panel.add(top, BorderLayout.NORTH);
        panel.add(figures(), BorderLayout.CENTER);
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        scheduleChanged();
        ready = true;
    }

    private JComponent figures() {
        JPanel p = new JPanel(new GridBagLayout());
        add(p, source.view(), 0, 0, 1, 1, 0.17, 0.55);
        add(p, titled(xtPicture, "x_t, the noisy image at t"), 1, 0, 1, 1, 0.28, 0.55);
        add(p, new ThemedChartPanel(charts.histogram), 2, 0, 1, 1, 0.27, 0.55);
        add(p, controls.slider(), 0, 1, 3, 1, 0.72, 0);
        add(p, titled(strip, "The strip x_0 … x_T, with each step's pixel histogram"), 0, 2, 3, 1, 0.72, 0.45);
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
        controls.stop();
        stripLater.stop();
    }

    @Override
    public List<Export> exports() {
        List<Export> out = new ArrayList<>();
        if (x0 != null) {
            BufferedImage clean = picture(x0);
            out.add(drawing ? new Export.Picture("The drawing (x_0)", "drawing", () -> clean)
                    : new Export.Picture("x_0, the clean image", "x_0", () -> clean));
        }
        if (frame != null) {
            BufferedImage xt = xtPicture.picture();
            out.add(new Export.Picture("x_t at t=" + frame.t(), "x_t-" + frame.t(), () -> enlarged(xt)));
            BufferedImage s = strip.picture();
            if (s != null) out.add(new Export.Picture("Strip x_0 … x_T", "forward-strip", () -> s));
        }
        out.add(new Export.Picture("alpha-bar chart", "alpha-bar", () -> ThemedChartPanel.render(charts.alphaBar, 900, 560)));
        out.add(new Export.Picture("SNR chart", "snr", () -> ThemedChartPanel.render(charts.snr, 900, 560)));
        if (frame != null) {
            out.add(new Export.Picture("Pixel histogram", "histogram-t" + frame.t(), () -> ThemedChartPanel.render(charts.histogram, 900, 560)));
            Tensor image = x0;
            ForwardProcess p = process;
            long seed = controls.seed();
            String title = figureTitle();
            Theme theme = PresenterMode.figureTheme();
            int T = schedule.numTimesteps();
            out.add(new Export.Animation("x_t as t goes 0 → T", "forward-process", () -> {
                List<BufferedImage> frames = new ArrayList<>();
                for (ForwardProcess.Frame f : p.frames(image, StripTimesteps.evenly(T, GIF_FRAMES), seed)) {
                    frames.add(ForwardPictures.frame(f, title, theme));
                }
                return frames;
            }, 80));
        }
        return out;
    }

    @Override
    public Set<String> settings() {
        return new LinkedHashSet<>(SETTINGS);
    }

    /**
     * Sets the view up from a lesson link: the image ({@code dataset} of the box, or {@code draw};
     * {@code index}), {@code schedule}, {@code timesteps}, {@code t}, the noise {@code seed}, the
     * {@code strip}'s timesteps, and {@code play} to start moving t.
     */
    @Override
    public void apply(Map<String, String> values) {
        LinkSettings link = new LinkSettings(id(), values, SETTINGS);
        List<String> sources = new ArrayList<>(source.datasets());
        sources.add(DRAW);
        String dataset = link.choice("dataset", sources);
        boolean draw = dataset == null ? source.drawing() : dataset.equals(DRAW);
        Integer index = link.integer("index", 0, Integer.MAX_VALUE);
        if (index != null && draw) throw new IllegalArgumentException("index picks an image of a dataset; a drawing has none");
        int size = dataset == null || draw ? -1 : source.size(dataset);
        if (index != null && size > 0 && index >= size) throw LinkSettings.bad("index", "from 0 to " + (size - 1), values.get("index"));
        String scheduleName = link.choice("schedule", List.of("linear", "cosine"));
        Integer T = link.integer("timesteps", controls.minTimesteps(), controls.maxTimesteps());
        int steps = T != null ? T : controls.timesteps();
        Integer t = link.integer("t", 0, steps - 1);
        Long seed = link.wholeNumber("seed", 0, Integer.MAX_VALUE);
        int[] stripSteps = null;
        if (link.has("strip")) {
            try {
                stripSteps = StripTimesteps.parse(values.get("strip"), steps);
            } catch (IllegalArgumentException e) {
                throw LinkSettings.bad("strip", "timesteps from 0 to " + (steps - 1) + " separated by commas ("
                        + e.getMessage() + ")", values.get("strip"));
            }
        }
        Boolean play = link.bool("play");

        if (dataset != null || index != null) source.select(draw && dataset != null ? ForwardSource.DRAW : dataset, index);
        if (scheduleName != null) controls.setSchedule(scheduleName);
        if (T != null) controls.setTimesteps(T);
        if (seed != null) controls.setSeed(seed.intValue());
        if (stripSteps != null) controls.setStrip(stripSteps);
        if (t != null) controls.setT(t);
        if (play != null) controls.setPlaying(play);
    }

    /** Uses the source's image as x_0. */
    private void setImage(ForwardSource.Image image) {
        x0 = image.x0();
        label = image.label();
        drawing = image.drawing();
        refreshT();
        if (image.drawing() && strip.picture() != null) stripLater.restart();   // strokes come fast
        else refreshStrip();
    }

    private void scheduleChanged() {
        int T = controls.timesteps();
        NoiseSchedule linear = NoiseSchedule.forName("linear", T);
        NoiseSchedule cosine = NoiseSchedule.forName("cosine", T);
        schedule = controls.cosine() ? cosine : linear;
        process = new ForwardProcess(schedule);
        charts.setSchedules(linear, cosine, !controls.cosine());
        refreshStrip();
        refreshT();
    }

    /** x_t, its numbers, its histogram and the markers, for the slider's t. */
    private void refreshT() {
        int t = controls.t();
        charts.markT(t, schedule.alphaBar(t), schedule.snr(t));
        if (x0 == null) {
            controls.describe(t, schedule.alphaBar(t), schedule.snr(t), null);
            return;
        }
        frame = process.frames(x0, new int[]{t}, controls.seed()).get(0);
        int[] s = frame.xt().shape();
        xtPicture.setPicture(ImageTensors.toRgb(ImageTensors.toImage(frame.xt().data(), s[1], s[2], s[3])));
        controls.describe(t, frame.alphaBar(), frame.snr(), frame);
        charts.setHistogram(frame.histogram());
    }

    private void refreshStrip() {
        stripLater.stop();
        if (x0 == null) return;
        List<ForwardProcess.Frame> frames = process.frames(x0, controls.stripSteps(), controls.seed());
        strip.setPicture(ForwardPictures.strip(frames, figureTitle(), PresenterMode.figureTheme()));
    }

    private String figureTitle() {
        return label + ", " + (controls.cosine() ? "cosine" : "linear") + " schedule, T=" + schedule.numTimesteps()
                + ", noise seed " + controls.seed();
    }

    /** An image [1, C, H, W] as a picture about 448 pixels high, for export. */
    private static BufferedImage picture(Tensor image) {
        int[] s = image.shape();
        return enlarged(ImageTensors.toRgb(ImageTensors.toImage(image.data(), s[1], s[2], s[3])));
    }

    private static BufferedImage enlarged(BufferedImage small) {
        return ImageTensors.upscale(small, Math.max(1, 448 / small.getHeight()));
    }

    // ---- for tests --------------------------------------------------------------------------

    ForwardCharts charts() { return charts; }

    ForwardControls controls() { return controls; }

    PicturePanel xtPicture() { return xtPicture; }

    PicturePanel stripPicture() { return strip; }

    ForwardSource source() { return source; }
}
