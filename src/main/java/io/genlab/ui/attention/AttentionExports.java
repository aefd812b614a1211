package io.genlab.ui.attention;

import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.Export;
import io.genlab.viz.AttentionPictures;
import io.genlab.viz.Montage;
import io.genlab.viz.Theme;
import io.genlab.viz.TracePictures;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the Attention view can save: the main picture and the small multiples (each titled with what
 * they show and the step), the picture as tokens, the positional encoding, and the chosen map over
 * every layer through the denoising steps as an animation. The pictures are taken when the menu
 * opens; the animation's frames are drawn when it is saved.
 */
final class AttentionExports {
    static final int FRAME_MILLIS = 100;
    /** Most steps the animation shows (evenly spaced). */
    static final int MAX_FRAMES = 60;
    /** How many times the animation repeats its last step, so the finished picture stays a moment. */
    static final int LAST_FRAME_REPEATS = 8;

    private AttentionExports() {}

    /** @param title the generation's title, e.g. "dit-s, class 7: Sneaker, DDIM, 50 steps, guidance 3, seed 1" */
    static List<Export> of(AttentionFigures figures, AttentionState state, String title) {
        List<Export> out = new ArrayList<>();
        if (state.isEmpty()) return out;
        Theme theme = PresenterMode.figureTheme();
        String what = AttentionTexts.headline(state), when = title + ", " + AttentionTexts.step(state.frame());
        BufferedImage map = figures.queryPanel().picture(), grid = figures.layersPanel().picture();
        if (map != null) out.add(new Export.Picture("Attention map", "attention-map", () -> Montage.titled(map, what, when, theme)));
        if (grid != null) out.add(new Export.Picture("Every layer and head", "attention-layers", () -> Montage.titled(grid, what, when, theme)));
        BufferedImage tokens = figures.tokenPanel().tokensPicture(), positions = figures.tokenPanel().positionsPicture();
        if (tokens != null) out.add(new Export.Picture("The picture as tokens", "attention-tokens", () -> tokens));
        if (positions != null) out.add(new Export.Picture("Positional encoding", "attention-positions", () -> positions));
        List<TraceFrame> frames = state.frames();
        String picture = state.picture().key();
        int query = state.outlined(), head = state.head();
        out.add(new Export.Animation("Attention over the denoising steps", "attention-steps",
                () -> animation(frames, picture, query, head, title), FRAME_MILLIS));
        return out;
    }

    /** The GIF frames: every layer side by side, at most {@link #MAX_FRAMES} evenly spaced steps, the last one held. */
    static List<BufferedImage> animation(List<TraceFrame> frames, String picture, int query, int head, String title) {
        List<TraceFrame> chosen = TracePictures.evenlySpaced(frames.size(), MAX_FRAMES).stream().map(frames::get).toList();
        List<BufferedImage> out = new ArrayList<>(AttentionPictures.animation(chosen, picture, 0, query, head, title));
        out.addAll(Collections.nCopies(LAST_FRAME_REPEATS, out.get(out.size() - 1)));
        return out;
    }
}
