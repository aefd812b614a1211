package io.genlab.ui.text;

import io.genlab.text.PromptEncoding;
import io.genlab.text.Tokenizer;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.Export;
import io.genlab.viz.CrossAttentionPictures;
import io.genlab.viz.Montage;
import io.genlab.viz.PromptPictures;
import io.genlab.viz.Theme;
import io.genlab.viz.TracePictures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the Text view can save: the prompt's tokens, their vectors (both heatmaps side by side), the
 * samples and the word maps of the step on screen (titled with the generation and the step), the
 * word maps over the steps as a strip, and as an animation. The pictures are taken when the menu
 * opens; the strip and the animation are drawn when they are saved.
 */
final class TextExports {
    static final int FRAME_MILLIS = 100;
    /** Most steps the animation shows (evenly spaced). */
    static final int MAX_FRAMES = 60;
    /** Most steps the strip shows (evenly spaced), so that it stays legible. */
    static final int STRIP_COLUMNS = 10;
    /** How many times the animation repeats its last step, so the finished picture stays a moment. */
    static final int LAST_FRAME_REPEATS = 8;

    private TextExports() {}

    static List<Export> of(PromptPanel prompt, TextFigures figures, TextState state) {
        List<Export> out = new ArrayList<>();
        Theme theme = PresenterMode.figureTheme();
        BufferedImage chips = prompt.chips().picture();
        if (chips != null) out.add(new Export.Picture("The prompt's tokens", "text-tokens", () -> chips));
        PromptEncoding encoding = figures.vectors().encoding();
        BufferedImage embedded = figures.vectors().embeddedPicture(), encoded = figures.vectors().encodedPicture();
        if (encoding != null && embedded != null && encoded != null) {
            out.add(new Export.Picture("The tokens as vectors", "text-vectors", () -> Montage.titled(Montage.row(List.of(embedded, encoded),
                    24, theme), "\"" + encoding.tokens().prompt().strip() + "\"", TextTexts.VECTORS_SUBTITLE, theme)));
        }
        if (state.isEmpty()) return out;
        String title = state.title(), step = TextTexts.step(state.frame());
        BufferedImage samples = figures.samples().picture();
        if (samples != null) out.add(new Export.Picture("The samples at this step", "text-samples", () -> Montage.titled(samples, title, step, theme)));
        BufferedImage words = figures.wordsPanel().picture();
        if (words != null) out.add(new Export.Picture("Where each word is read, this step", "text-words",
                () -> Montage.titled(words, title, step + ", sample #" + (state.sample() + 1), theme)));
        List<TraceFrame> frames = state.frames();
        Tokenizer.Tokens tokens = state.tokens();
        List<String> labels = PromptPictures.labels(tokens);
        String picture = state.pictureKey();
        int sample = state.sample();
        out.add(new Export.Picture("Where each word is read, step by step", "text-cross-attention", () -> CrossAttentionPictures.strip(
                chosen(frames, STRIP_COLUMNS), labels, picture, sample, title + ", sample #" + (sample + 1))));
        out.add(new Export.Animation("Where each word is read over the denoising steps", "text-cross-attention-steps",
                () -> animation(frames, picture, sample, tokens, title, theme), FRAME_MILLIS));
        return out;
    }

    /** At most {@code count} of the frames, evenly spaced from the first to the last. */
    private static List<TraceFrame> chosen(List<TraceFrame> frames, int count) {
        return TracePictures.evenlySpaced(frames.size(), count).stream().map(frames::get).toList();
    }

    /** The GIF frames: the word maps of at most {@link #MAX_FRAMES} evenly spaced steps, all one size, the last one held. */
    static List<BufferedImage> animation(List<TraceFrame> frames, String picture, int sample, Tokenizer.Tokens tokens,
                                         String title, Theme theme) {
        List<BufferedImage> out = new ArrayList<>();
        for (TraceFrame f : chosen(frames, MAX_FRAMES)) {
            out.add(PromptPictures.words(f, picture, picture, sample, tokens, title + ", sample #" + (sample + 1) + ", "
                    + TextTexts.step(f), theme));
        }
        int width = out.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int height = out.stream().mapToInt(BufferedImage::getHeight).max().orElseThrow();
        List<BufferedImage> sized = new ArrayList<>(out.stream().map(i -> centred(i, width, height, theme.background())).toList());
        sized.addAll(Collections.nCopies(LAST_FRAME_REPEATS, sized.get(sized.size() - 1)));
        return sized;
    }

    /** The image in the middle of a {@code width} x {@code height} one (a GIF's frames share one size). */
    private static BufferedImage centred(BufferedImage image, int width, int height, Color background) {
        if (image.getWidth() == width && image.getHeight() == height) return image;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, (width - image.getWidth()) / 2, (height - image.getHeight()) / 2, null);
        g.dispose();
        return out;
    }
}
