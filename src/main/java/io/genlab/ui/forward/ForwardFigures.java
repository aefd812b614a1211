package io.genlab.ui.forward;

import io.genlab.data.Tensor;
import io.genlab.diffusion.ForwardProcess;
import io.genlab.diffusion.StripTimesteps;
import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.ThemedChartPanel;
import io.genlab.viz.ForwardPictures;
import io.genlab.viz.ImageTensors;
import io.genlab.viz.Theme;

import javax.swing.Timer;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the forward-process view, drawn from x_0 with the settings of its controls: x_t
 * at t with its numbers and pixel histogram, the strip, and the schedules' curves marked at t.
 * It makes the controls, redraws whenever they change, and lists the figures to export.
 */
final class ForwardFigures {
    private static final int GIF_FRAMES = 40;

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

    /** @param problems hears of settings typed wrong */
    ForwardFigures(Problems problems) {
        controls = new ForwardControls(problems, this::scheduleChanged, this::refreshT, this::refreshStrip);
        stripLater.setRepeats(false);
    }

    ForwardControls controls() { return controls; }

    ForwardCharts charts() { return charts; }

    PicturePanel xtPicture() { return xtPicture; }

    PicturePanel strip() { return strip; }

    /** Uses the source's image as x_0. */
    void setImage(ForwardSource.Image image) {
        x0 = image.x0();
        label = image.label();
        drawing = image.drawing();
        refreshT();
        if (image.drawing() && strip.picture() != null) stripLater.restart();   // strokes come fast
        else refreshStrip();
    }

    /** Takes the controls' schedule and T: the curves, then the strip and x_t. */
    void scheduleChanged() {
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

    void refreshStrip() {
        stripLater.stop();
        if (x0 == null) return;
        List<ForwardProcess.Frame> frames = process.frames(x0, controls.stripSteps(), controls.seed());
        strip.setPicture(ForwardPictures.strip(frames, figureTitle(), PresenterMode.figureTheme()));
    }

    /** Stops moving t and drops a strip still waiting to be drawn. */
    void stop() {
        controls.stop();
        stripLater.stop();
    }

    /** x_0, x_t and the strip as shown, the three charts, and x_t as t goes 0 → T as an animation. */
    List<Export> exports() {
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
}
