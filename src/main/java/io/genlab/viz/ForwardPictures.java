package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.diffusion.ForwardProcess;

import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pictures of the forward (noising) process: x_t at chosen timesteps with the share of signal
 * and noise, and under each the histogram of its pixel values turning into a standard Gaussian.
 */
public final class ForwardPictures {
    /** Width of a 28-pixel image in the strip; wider when the captions need it. */
    private static final int CELL = 112;
    /** The grid's gap between cells, which a caption may also use. */
    private static final int PADDING = 8;

    private ForwardPictures() {}

    /** Row 1: the noised image x_t; row 2: its pixel histogram against N(0, 1); captions in the theme's text size. */
    public static BufferedImage strip(List<ForwardProcess.Frame> frames, String title, Theme theme) {
        List<BufferedImage> cells = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (ForwardProcess.Frame f : frames) captions.add(imageCaption(f));
        for (ForwardProcess.Frame f : frames) captions.add(histogramCaption(f));
        int scale = cellScale(frames.get(0).xt(), captions, theme);
        for (ForwardProcess.Frame f : frames) {
            Tensor x = f.xt();
            int[] s = x.shape();
            int c = s[s.length - 3], h = s[s.length - 2], w = s[s.length - 1];
            cells.add(ImageTensors.upscale(ImageTensors.toRgb(ImageTensors.toImage(x.data(), c, h, w)), scale));
        }
        int width = cells.get(0).getWidth(), height = cells.get(0).getHeight();
        for (ForwardProcess.Frame f : frames) {
            cells.add(HistogramChart.render(f.histogram().density(), f.histogram().standardNormalDensity(),
                    f.histogram().lo(), f.histogram().hi(), width, height));
        }
        List<String> columns = frames.stream().map(f -> "t=" + f.t()).toList();
        return ImageGrid.builder().setImages(cells).setColumns(frames.size()).optCellLabels(captions)
                .optPadding(PADDING).optColumnLabels(columns).optRowLabels(List.of("x_t", "pixels")).optTitle(title)
                .optTheme(theme).build().render();
    }

    /** One animation frame: the image and its histogram, one above the other. */
    public static BufferedImage frame(ForwardProcess.Frame f, String title, Theme theme) {
        return strip(List.of(f), title, theme);
    }

    /** Under x_t, two short lines: how much of the image and of the noise it holds. */
    static String imageCaption(ForwardProcess.Frame f) {
        return String.format(Locale.ROOT, "signal %.2f\nnoise %.2f", f.signal(), f.noise());
    }

    /** Under the histogram: the signal-to-noise ratio. */
    static String histogramCaption(ForwardProcess.Frame f) {
        return String.format(Locale.ROOT, "SNR %.3g", f.snr());
    }

    /** Enlargement of x_t [.., C, H, W]: about {@link #CELL} pixels wide, more if a caption line would not fit. */
    static int cellScale(Tensor x, List<String> captions, Theme theme) {
        int w = x.shape()[x.shape().length - 1];
        FontMetrics fm = Canvas.metrics(theme.labelFont());
        int widest = 0;
        for (String caption : captions) {
            for (String line : caption.split("\n")) widest = Math.max(widest, fm.stringWidth(line));
        }
        int scale = Math.max(1, CELL / w);
        while (scale * w + PADDING < widest) scale++;
        return scale;
    }
}
