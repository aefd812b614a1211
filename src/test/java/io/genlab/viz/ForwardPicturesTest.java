package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.diffusion.ForwardProcess;
import io.genlab.diffusion.schedule.NoiseSchedule;
import org.junit.jupiter.api.Test;

import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForwardPicturesTest {
    private static List<ForwardProcess.Frame> frames() {
        float[] x = new float[28 * 28];
        Arrays.fill(x, -1f);
        for (int i = 300; i < 500; i++) x[i] = 1f;
        return new ForwardProcess(NoiseSchedule.forName("linear", 1000))
                .frames(new Tensor(x, new int[]{1, 1, 28, 28}), new int[]{0, 250, 999}, 1);
    }

    @Test
    void everyCaptionLineFitsItsCellAtAnyTextSize() {
        List<ForwardProcess.Frame> frames = frames();
        for (int size : new int[]{16, 25, 40}) {
            Theme theme = Theme.LIGHT.withFontSize(size);
            List<String> captions = new ArrayList<>();
            for (ForwardProcess.Frame f : frames) captions.add(ForwardPictures.imageCaption(f));
            for (ForwardProcess.Frame f : frames) captions.add(ForwardPictures.histogramCaption(f));
            int cell = 28 * ForwardPictures.cellScale(frames.get(0).xt(), captions, theme);
            FontMetrics fm = Canvas.metrics(theme.labelFont());
            for (String c : captions) {
                for (String line : c.split("\n")) {
                    assertTrue(fm.stringWidth(line) <= cell + 8, line + " at " + size + " px is wider than its cell of " + cell);
                }
            }
        }
        assertEquals("signal 1.00\nnoise 0.01", ForwardPictures.imageCaption(frames.get(0)));
    }

    @Test
    void theStripFollowsTheThemesTextSize() {
        BufferedImage small = ForwardPictures.strip(frames(), "a bar", Theme.LIGHT);
        BufferedImage large = ForwardPictures.strip(frames(), "a bar", Theme.LIGHT.withFontSize(32));
        assertTrue(large.getHeight() > small.getHeight(), "taller captions and title");
        BufferedImage frame = ForwardPictures.frame(frames().get(1), "a bar", Theme.LIGHT);
        assertTrue(frame.getHeight() > 2 * 112, "x_t above its histogram");
    }
}
