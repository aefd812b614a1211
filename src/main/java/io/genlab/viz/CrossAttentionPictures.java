package io.genlab.viz;

import io.genlab.train.TraceFrame;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each word of a prompt lands while the image forms: one row per word, one column per
 * traced step, each cell the word's {@link CrossAttentionMaps#word} map over the frame's image,
 * for {@code genlab trace --cross-attention}, the Text view and lessons 8 and 9.
 */
public final class CrossAttentionPictures {
    private static final int SCALE = 4;

    private CrossAttentionPictures() {}

    /** The map of one word at one step over the frame's {@code image} tensor (e.g. "x0"), enlarged {@code scale} times. */
    public static BufferedImage cell(TraceFrame frame, String image, int sample, int token, int scale) {
        var picture = frame.tensors().get(image);
        if (picture == null) throw new IllegalArgumentException("frame " + frame.caption() + " has no tensor \"" + image + "\"");
        return AttentionPictures.overlay(picture, sample, CrossAttentionMaps.word(frame, sample, token), CrossAttentionMaps.side(frame), -1, scale);
    }

    /**
     * The strip: rows are the prompt's words (token slots 0..words-1), columns the frames that
     * hold cross-attention.
     */
    public static BufferedImage strip(List<TraceFrame> frames, List<String> words, String image, int sample, String title) {
        List<TraceFrame> traced = frames.stream().filter(f -> !CrossAttentionMaps.layers(f).isEmpty()).toList();
        if (traced.isEmpty()) throw new IllegalArgumentException("no frame of the trace holds cross-attention maps");
        List<BufferedImage> cells = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            for (TraceFrame f : traced) cells.add(cell(f, image, sample, k, SCALE));
        }
        return ImageGrid.builder().setImages(cells).setColumns(traced.size())
                .optRowLabels(words.stream().map(w -> "\"" + w + "\"").toList())
                .optColumnLabels(traced.stream().map(TraceFrame::caption).toList())
                .optTitle(title + " — where each word is read, mean of heads and layers").build().render();
    }
}
