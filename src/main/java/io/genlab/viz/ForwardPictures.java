package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.diffusion.ForwardProcess;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pictures of the forward (noising) process: x_t at chosen timesteps with the share of signal
 * and noise, and under each the histogram of its pixel values turning into a standard Gaussian.
 */
public final class ForwardPictures {
    private ForwardPictures() {}

    /** Row 1: the noised image x_t; row 2: its pixel histogram against N(0, 1). */
    public static BufferedImage strip(List<ForwardProcess.Frame> frames, String title) {
        List<BufferedImage> cells = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        int scale = 0;
        for (ForwardProcess.Frame f : frames) {
            Tensor x = f.xt();
            int[] s = x.shape();
            int c = s[s.length - 3], h = s[s.length - 2], w = s[s.length - 1];
            if (scale == 0) scale = Math.max(1, 112 / h);
            cells.add(ImageTensors.upscale(ImageTensors.toRgb(ImageTensors.toImage(x.data(), c, h, w)), scale));
            captions.add(String.format(Locale.ROOT, "signal %.2f noise %.2f", f.signal(), f.noise()));
        }
        int side = cells.get(0).getWidth();
        for (ForwardProcess.Frame f : frames) {
            cells.add(HistogramChart.render(f.histogram().density(), f.histogram().standardNormalDensity(),
                    f.histogram().lo(), f.histogram().hi(), side, cells.get(0).getHeight()));
            captions.add(String.format(Locale.ROOT, "SNR %.3g", f.snr()));
        }
        List<String> columns = frames.stream().map(f -> "t=" + f.t()).toList();
        return ImageGrid.builder().setImages(cells).setColumns(frames.size()).optCellLabels(captions)
                .optColumnLabels(columns).optRowLabels(List.of("x_t", "pixels")).optTitle(title).build().render();
    }

    /** One animation frame: the image and its histogram side by side. */
    public static BufferedImage frame(ForwardProcess.Frame f, String title) {
        return strip(List.of(f), title);
    }
}
