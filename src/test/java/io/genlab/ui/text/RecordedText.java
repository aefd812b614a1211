package io.genlab.ui.text;

import io.genlab.data.Tensor;
import io.genlab.diffusion.AttentionRecorder;
import io.genlab.text.PromptEncoding;
import io.genlab.text.Tokenizer;
import io.genlab.train.TraceFrame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text-conditioned generation and a prompt's encoding made by hand, as unet-s-text reports them,
 * for tests without a model: 8x8 colour samples, two cross-attention layers on 4x4 and 2x2 grids.
 */
final class RecordedText {
    static final List<String> CAPTIONS = List.of("a red circle at the left", "a small blue square above a green triangle");
    static final Tokenizer TOKENIZER = new Tokenizer(Tokenizer.vocabularyOf(CAPTIONS));
    static final int SIZE = 8, HEADS = 2, WIDTH = 64;
    private static final int[] SIDES = {4, 2};

    private RecordedText() {}

    /** The image position token k of sample i mostly reads at step s, on a grid {@code side} wide. */
    static int favourite(int s, int i, int k, int side) {
        return (k * 3 + i + s) % (side * side);
    }

    /**
     * {@code steps} traced steps of {@code samples} samples of a prompt of {@code tokens} tokens: x_t
     * fading into a red square, x0 the square; in every layer each position gives half its attention
     * to the token that favours it and shares the rest evenly.
     */
    static List<TraceFrame> trace(int steps, int samples, int tokens) {
        List<TraceFrame> frames = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            float[] x0 = new float[samples * 3 * SIZE * SIZE], xt = new float[x0.length];
            for (int p = 0; p < x0.length; p++) {
                int c = p / (SIZE * SIZE) % 3, y = p % (SIZE * SIZE) / SIZE, x = p % SIZE;
                boolean inside = y >= 2 && y < 6 && x >= 2 && x < 6;
                x0[p] = inside && c == 0 ? 0.9f : -0.9f;
                double fade = s / Math.max(1.0, steps - 1);
                xt[p] = (float) (x0[p] * fade + ((p * 7919) % 13 / 6.0 - 1) * (1 - fade));
            }
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            tensors.put("x_t", new Tensor(xt, new int[]{samples, 3, SIZE, SIZE}));
            tensors.put("x0", new Tensor(x0, new int[]{samples, 3, SIZE, SIZE}));
            for (int side : SIDES) tensors.put(AttentionRecorder.CROSS_PREFIX + "layer" + side, weights(s, samples, tokens, side));
            int t = (steps - 1 - s) * 10;
            frames.add(new TraceFrame(s, steps, "t=" + t, tensors, Map.of("t", (double) t)));
        }
        return frames;
    }

    /** [N, heads, side * side, tokens]: each position's weights over the tokens sum to 1. */
    private static Tensor weights(int s, int samples, int tokens, int side) {
        int positions = side * side;
        float[] w = new float[samples * HEADS * positions * tokens];
        for (int i = 0; i < samples; i++) {
            for (int h = 0; h < HEADS; h++) {
                for (int q = 0; q < positions; q++) {
                    int favoured = -1;
                    for (int k = 0; k < tokens && favoured < 0; k++) if (favourite(s, i, k, side) == q) favoured = k;
                    for (int k = 0; k < tokens; k++) {
                        float share = favoured < 0 ? 1f / tokens : 0.5f / tokens + (k == favoured ? 0.5f : 0);
                        w[((i * HEADS + h) * positions + q) * tokens + k] = share;
                    }
                }
            }
        }
        return new Tensor(w, new int[]{samples, HEADS, positions, tokens});
    }

    /** The prompt's vectors: embedded a gentle wave per token, encoded a stronger one. */
    static PromptEncoding encoding(String prompt) {
        Tokenizer.Tokens tokens = TOKENIZER.encode(prompt);
        int n = tokens.length();
        float[] embedded = new float[n * WIDTH], encoded = new float[n * WIDTH];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < WIDTH; d++) {
                embedded[i * WIDTH + d] = (float) (0.3 * Math.sin(0.3 * d + i));
                encoded[i * WIDTH + d] = (float) (2 * Math.cos(0.2 * d - i));
            }
        }
        return new PromptEncoding(tokens, new Tensor(embedded, new int[]{n, WIDTH}), new Tensor(encoded, new int[]{n, WIDTH}));
    }
}
