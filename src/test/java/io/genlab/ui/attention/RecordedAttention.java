package io.genlab.ui.attention;

import io.genlab.data.Tensor;
import io.genlab.diffusion.AttentionRecorder;
import io.genlab.train.TraceFrame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Denoising traces with attention maps made by hand, as a diffusion model with attention reports them, for tests without a model. */
final class RecordedAttention {
    static final List<String> LAYERS = List.of("blocks.0.attn", "blocks.1.attn");
    static final int HEADS = 2, SIDE = 4, TOKENS = SIDE * SIDE, SIZE = 8;

    private RecordedAttention() {}

    /** The key query q mostly looks at in layer k, head h, step s: half its attention goes there, the rest evenly to all. */
    static int favourite(int s, int k, int h, int q) {
        return (q + 1 + h + 3 * k + s) % TOKENS;
    }

    /** {@code steps} steps of one 8x8 grey sample on a 4x4 token grid: x_t fading into a bright square, x0 the square. */
    static List<TraceFrame> trace(int steps) {
        List<TraceFrame> frames = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            float[] x0 = new float[SIZE * SIZE], xt = new float[SIZE * SIZE];
            for (int p = 0; p < x0.length; p++) {
                boolean inside = p / SIZE >= 2 && p / SIZE < 6 && p % SIZE >= 2 && p % SIZE < 6;
                x0[p] = inside ? 0.9f : -0.9f;
                xt[p] = (float) (x0[p] * s / Math.max(1, steps - 1) + ((p * 7919) % 13 / 6.0 - 1) * (steps - 1 - s) / Math.max(1, steps - 1));
            }
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            tensors.put("x_t", new Tensor(xt, new int[]{1, 1, SIZE, SIZE}));
            tensors.put("x0", new Tensor(x0, new int[]{1, 1, SIZE, SIZE}));
            for (int k = 0; k < LAYERS.size(); k++) tensors.put(AttentionRecorder.PREFIX + LAYERS.get(k), weights(s, k));
            frames.add(new TraceFrame(s, steps, "t=" + (steps - 1 - s) * 10, tensors, Map.of("t", (double) (steps - 1 - s) * 10)));
        }
        return frames;
    }

    private static Tensor weights(int s, int k) {
        float[] w = new float[HEADS * TOKENS * TOKENS];                       // [1, heads, T, T]
        for (int h = 0; h < HEADS; h++) {
            for (int q = 0; q < TOKENS; q++) {
                for (int key = 0; key < TOKENS; key++) {
                    w[(h * TOKENS + q) * TOKENS + key] = 0.5f / TOKENS + (key == favourite(s, k, h, q) ? 0.5f : 0);
                }
            }
        }
        return new Tensor(w, new int[]{1, HEADS, TOKENS, TOKENS});
    }
}
