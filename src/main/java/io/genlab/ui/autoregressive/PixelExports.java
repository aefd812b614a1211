package io.genlab.ui.autoregressive;

import io.genlab.data.Tensor;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.Export;
import io.genlab.viz.Montage;
import io.genlab.viz.PixelPictures;
import io.genlab.viz.Theme;
import io.genlab.viz.TracePictures;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the Autoregressive view can save: the value on screen (every sample's canvas and
 * distribution), the canvas filling in as an animation, the completion and the receptive field.
 * The still pictures are taken when the menu opens; the animation's frames are drawn when it is saved.
 */
final class PixelExports {
    /** Time each frame of the animation is shown. */
    static final int FRAME_MILLIS = 80;
    /** Most frames the animation shows (evenly spaced values of the trace). */
    static final int MAX_FRAMES = 120;
    /** How many times the animation repeats its last frame, so the finished picture stays a moment. */
    static final int LAST_FRAME_REPEATS = 12;

    private PixelExports() {}

    /** @param title the generation's title, e.g. "pixelcnn-s, temperature 1.00, cached sampler, seed 1" */
    static List<Export> of(PixelTracePanel panel, CompletionPanel completion, String title) {
        List<Export> out = new ArrayList<>();
        PixelTrace trace = panel.trace();
        Theme theme = PresenterMode.figureTheme();
        if (trace != null) {
            int shown = panel.player().position();
            out.add(new Export.Picture("This value (canvas and distribution)", "autoregressive-step",
                    () -> PixelPictures.frame(trace.frame(shown), trace.samples(), title, theme)));
            out.add(new Export.Animation("The canvas filling in", "autoregressive-filling", () -> animation(trace, title, theme), FRAME_MILLIS));
        }
        BufferedImage completed = completion.completionPicture();
        if (completed != null) out.add(new Export.Picture("Completions", "autoregressive-completion", () -> completed));
        FieldPane field = panel.fieldPane();
        Tensor canvas = panel.shownCanvas();
        if (field.hasField() && canvas != null) {
            int[] pixel = field.pixel();
            boolean[] pixels = field.field();
            int sample = panel.sampleIndex();
            String summary = PixelTexts.fieldSummary(pixel[0], pixel[1], pixels, canvas.shape()[3]);
            out.add(new Export.Picture("Receptive field", "autoregressive-field", () -> Montage.titled(
                    PixelPictures.receptiveField(canvas, sample, pixels, pixel[0], pixel[1]),
                    "What pixel (" + pixel[0] + ", " + pixel[1] + ") sees", summary, theme)));
        }
        return out;
    }

    /** The GIF frames: at most {@link #MAX_FRAMES} evenly spaced values, holding the last one a little longer. */
    static List<BufferedImage> animation(PixelTrace trace, String title, Theme theme) {
        List<BufferedImage> out = new ArrayList<>();
        for (int k : TracePictures.evenlySpaced(trace.size(), MAX_FRAMES)) out.add(PixelPictures.frame(trace.frame(k), trace.samples(), title, theme));
        out.addAll(Collections.nCopies(LAST_FRAME_REPEATS, out.get(out.size() - 1)));
        return out;
    }
}
