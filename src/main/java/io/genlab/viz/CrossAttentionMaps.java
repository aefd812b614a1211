package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.diffusion.AttentionRecorder;
import io.genlab.train.TraceFrame;

import java.util.List;

/**
 * A text-conditioned model's cross-attention in a trace frame, read per word: for each token of
 * the prompt, how strongly each image position looked at it. The frame holds every
 * cross-attention layer's weights {@code cross-attention/LAYER} [N, heads, HW, T] (each
 * position's weights over the T token slots sum to 1); a word's map is the mean over the heads
 * and over the layers, each layer's grid enlarged to the finest one (8x8 to 16x16 for Shapes).
 * Plain arrays; drawing is {@link CrossAttentionPictures}'.
 */
public final class CrossAttentionMaps {
    private CrossAttentionMaps() {}

    /** The cross-attention layers a frame carries, in the network's order, e.g. "enc2.xattn". */
    public static List<String> layers(TraceFrame frame) {
        return frame.tensors().keySet().stream().filter(k -> k.startsWith(AttentionRecorder.CROSS_PREFIX))
                .map(k -> k.substring(AttentionRecorder.CROSS_PREFIX.length())).toList();
    }

    /** Positions per row and column of the finest layer's grid. */
    public static int side(TraceFrame frame) {
        int side = 0;
        for (String layer : layers(frame)) side = Math.max(side, sideOf(weights(frame, layer)));
        if (side == 0) throw new IllegalArgumentException("frame " + frame.caption() + " holds no cross-attention");
        return side;
    }

    /**
     * Where token slot {@code token} of sample {@code sample} is read: [side * side] weights in
     * raster order, the mean over heads and layers.
     */
    public static float[] word(TraceFrame frame, int sample, int token) {
        int side = side(frame);
        float[] out = new float[side * side];
        List<String> layers = layers(frame);
        for (String layer : layers) {
            Tensor w = weights(frame, layer);
            int[] s = w.shape();                                               // [N, heads, HW, T]
            if (sample < 0 || sample >= s[0]) throw new IllegalArgumentException("sample " + sample + " is not in 0.." + (s[0] - 1));
            if (token < 0 || token >= s[3]) throw new IllegalArgumentException("token " + token + " is not in 0.." + (s[3] - 1));
            int layerSide = sideOf(w), factor = side / layerSide;
            for (int h = 0; h < s[1]; h++) {
                int base = (sample * s[1] + h) * s[2] * s[3];
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        int position = (y / factor) * layerSide + x / factor;
                        out[y * side + x] += w.data()[base + position * s[3] + token] / (s[1] * layers.size());
                    }
                }
            }
        }
        return out;
    }

    private static Tensor weights(TraceFrame frame, String layer) {
        Tensor t = frame.tensors().get(AttentionRecorder.CROSS_PREFIX + layer);
        if (t == null || t.rank() != 4) throw new IllegalArgumentException("frame " + frame.caption() + " has no cross-attention [N, heads, HW, T] for " + layer);
        return t;
    }

    private static int sideOf(Tensor w) {
        int side = (int) Math.round(Math.sqrt(w.shape()[2]));
        if (side * side != w.shape()[2]) throw new IllegalArgumentException(w.shape()[2] + " positions are not a square grid");
        return side;
    }
}
