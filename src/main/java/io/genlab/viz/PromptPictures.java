package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.text.PromptEncoding;
import io.genlab.text.Tokenizer;
import io.genlab.train.TraceFrame;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pictures of how a text-conditioned model reads a prompt, for the Text view and its exports: the
 * vectors of the prompt's tokens as heatmaps (one labelled row per token), and one denoising step
 * as the picture beside one map per word of where that word is read. It draws what it is given.
 */
public final class PromptPictures {
    /** Pixels per number across a vector: 64 numbers make a map 256 pixels wide. */
    static final int VECTOR_CELL_WIDTH = 4;
    /** Enlargement of the step's picture and of each word's map (32x32 to 128x128). */
    static final int WORD_SCALE = 4;
    /** Most cells in a row of the word maps: the picture and six words, then the next row. */
    public static final int WORD_COLUMNS = 7;

    private PromptPictures() {}

    /** How a token is labelled: the word itself, or for a word the model does not know "zebra → <unk>". */
    public static String label(Tokenizer.Tokens tokens, int i) {
        String word = tokens.tokens().get(i);
        return tokens.ids()[i] == Tokenizer.UNKNOWN_ID ? word + " \u2192 " + Tokenizer.UNKNOWN : word;
    }

    /** Every token's {@link #label}, in prompt order. */
    public static List<String> labels(Tokenizer.Tokens tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length(); i++) out.add(label(tokens, i));
        return out;
    }

    /**
     * One token vector per row as a heatmap: blue below zero, red above, on a range symmetric about
     * zero so that white is 0; rows are as tall as a label so each can be named.
     *
     * @param vectors [n, D], e.g. {@link PromptEncoding#embedded()} or {@link PromptEncoding#encoded()}
     */
    public static BufferedImage vectors(Tensor vectors, Tokenizer.Tokens tokens, String title, Theme theme) {
        int n = vectors.shape()[0], d = vectors.shape()[1];                    // [n, D]
        if (n != tokens.length()) throw new IllegalArgumentException(n + " vectors for " + tokens.length() + " tokens");
        float largest = 1e-6f;
        for (float v : vectors.data()) if (Float.isFinite(v)) largest = Math.max(largest, Math.abs(v));
        int rowHeight = Canvas.metrics(theme.labelFont()).getHeight() + 2;
        return Heatmap.builder().setValues(vectors.data(), n, d).optCellSize(VECTOR_CELL_WIDTH, rowHeight)
                .optRange(-largest, largest).optColourMap(ColourMap.BLUE_WHITE_RED).optRowLabels(labels(tokens))
                .optTitle(title).optTheme(theme).build().render();
    }

    /**
     * The share of sample {@code sample}'s attention to the prompt that goes to token {@code token}
     * at this step: its map's mean over the image positions (each position's weights over the
     * tokens sum to 1), in [0, 1].
     */
    public static double share(TraceFrame frame, int sample, int token) {
        float[] map = CrossAttentionMaps.word(frame, sample, token);
        double sum = 0;
        for (float v : map) sum += v;
        return sum / map.length;
    }

    /**
     * One step of one sample: the frame's {@code image} tensor (e.g. "x0") in colour, then for each
     * of the prompt's tokens its map over that picture ({@link CrossAttentionPictures#cell}) labelled
     * with the word and its share of the attention ("<unk>" before the share of a word the model does
     * not know); at most {@value #WORD_COLUMNS} cells a row.
     *
     * @param imageLabel what the first cell is, e.g. "x0"
     * @param title      a heading, or null for none
     */
    public static BufferedImage words(TraceFrame frame, String image, String imageLabel, int sample, Tokenizer.Tokens tokens,
                                      String title, Theme theme) {
        return words(frame, image, imageLabel, sample, tokens, WORD_COLUMNS, WORD_SCALE, title, theme);
    }

    /**
     * As {@link #words(TraceFrame, String, String, int, Tokenizer.Tokens, String, Theme)} with at
     * most {@code columns} cells a row, each picture enlarged {@code scale} times: a smaller scale
     * keeps the labels legible where the grid is shrunk to fit.
     */
    public static BufferedImage words(TraceFrame frame, String image, String imageLabel, int sample, Tokenizer.Tokens tokens,
                                      int columns, int scale, String title, Theme theme) {
        Tensor picture = frame.tensors().get(image);
        if (picture == null) throw new IllegalArgumentException("frame " + frame.caption() + " has no tensor \"" + image + "\"");
        int[] s = picture.shape();                                             // [N, C, H, W]
        List<BufferedImage> cells = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        cells.add(ImageTensors.toRgb(ImageTensors.upscale(ImageTensors.toImage(picture.slice(sample).data(), s[1], s[2], s[3]), scale)));
        labels.add(imageLabel);
        int[] ids = tokens.ids();
        for (int k = 0; k < tokens.length(); k++) {
            cells.add(CrossAttentionPictures.cell(frame, image, sample, k, scale));
            String share = String.format(Locale.ROOT, "%.0f%%", 100 * share(frame, sample, k));
            labels.add(tokens.tokens().get(k) + "\n" + (ids[k] == Tokenizer.UNKNOWN_ID ? Tokenizer.UNKNOWN + " " : "") + share);
        }
        ImageGrid.Builder grid = ImageGrid.builder().setImages(cells).setColumns(Math.max(1, Math.min(columns, cells.size())))
                .optCellLabels(labels).optTheme(theme);
        if (title != null) grid.optTitle(title);
        return grid.build().render();
    }
}
