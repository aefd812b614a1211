package io.genlab.ui.reverse;

import io.genlab.train.TraceFrame;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.ReversePictures;
import io.genlab.viz.Theme;
import io.genlab.viz.TracePictures;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the Reverse process view can save: the step on screen, the strip from noise to image, the
 * sampler grid (also an unfinished one) and the reverse process as an animation. The pictures are
 * taken when the menu opens; the animation's frames are drawn when it is saved.
 */
final class ReverseExports {
    /** Time each step of the animation is shown. */
    static final int FRAME_MILLIS = 100;
    /** Most steps the animation shows. */
    static final int MAX_FRAMES = 60;
    /** How many times the animation repeats its last step, so the image stays a moment. */
    static final int LAST_FRAME_REPEATS = 8;

    private ReverseExports() {}

    static List<Export> of(ReversePlayer player, PicturePanel strip, SamplerGridTab gridTab) {
        List<Export> out = new ArrayList<>();
        BufferedImage step = player.picture();
        if (step != null) out.add(new Export.Picture("Reverse step (x_t, noise, x0)", "reverse-step", () -> step));
        BufferedImage s = strip.picture();
        if (s != null) out.add(new Export.Picture("Noise to image strip", "reverse-strip", () -> s));
        BufferedImage g = gridTab.picture();
        if (g != null) out.add(new Export.Picture(gridTab.complete() ? "Sampler grid" : "Sampler grid (unfinished)", "sampler-grid", () -> g));
        List<TraceFrame> frames = player.frames();
        if (!frames.isEmpty()) {
            int samples = player.samples();
            String title = player.title();
            Theme theme = ReversePlayer.theme();
            out.add(new Export.Animation("Reverse process", "reverse-process", () -> animation(frames, samples, title, theme), FRAME_MILLIS));
        }
        return out;
    }

    /** The GIF frames: at most {@link #MAX_FRAMES} of the kept steps, evenly spaced, holding the last one a little longer. */
    static List<BufferedImage> animation(List<TraceFrame> frames, int samples, String title, Theme theme) {
        List<BufferedImage> out = new ArrayList<>();
        for (int i : TracePictures.evenlySpaced(frames.size(), MAX_FRAMES)) out.add(ReversePictures.frame(frames.get(i), samples, title, theme));
        out.addAll(Collections.nCopies(LAST_FRAME_REPEATS, out.get(out.size() - 1)));
        return out;
    }
}
