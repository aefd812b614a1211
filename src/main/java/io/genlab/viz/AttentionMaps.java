package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.diffusion.AttentionRecorder;
import io.genlab.train.TraceFrame;

import java.util.List;

/**
 * One attention layer's weights from a trace frame, [N, heads, T, T] with T = side x side tokens
 * in raster order, read the ways a class looks at them: where one query token looks (a map over
 * the token grid), per head or averaged over the heads, and how much attention each token
 * receives on average. Plain arrays; drawing is {@link AttentionPictures}'.
 */
public final class AttentionMaps {
    /** {@link #query} and {@link #received} with this head average over all heads. */
    public static final int MEAN_OF_HEADS = -1;
    private final float[] w;
    private final int samples, heads, tokens, side;

    public AttentionMaps(Tensor weights) {
        int[] s = weights.shape();
        if (s.length != 4 || s[2] != s[3]) throw new IllegalArgumentException("attention weights must be [N, heads, T, T], got " + weights);
        int side = (int) Math.round(Math.sqrt(s[2]));
        if (side * side != s[2]) throw new IllegalArgumentException(s[2] + " tokens are not a square grid");
        this.w = weights.data();
        this.samples = s[0];
        this.heads = s[1];
        this.tokens = s[2];
        this.side = side;
    }

    /** The attention layers a frame carries, in the network's order, e.g. "blocks.0.attn". */
    public static List<String> layers(TraceFrame frame) {
        return frame.tensors().keySet().stream().filter(k -> k.startsWith(AttentionRecorder.PREFIX))
                .map(k -> k.substring(AttentionRecorder.PREFIX.length())).toList();
    }

    /** The maps of one layer of a frame ({@link #layers}). */
    public static AttentionMaps of(TraceFrame frame, String layer) {
        Tensor t = frame.tensors().get(AttentionRecorder.PREFIX + layer);
        if (t == null) throw new IllegalArgumentException("frame " + frame.caption() + " has no attention for " + layer);
        return new AttentionMaps(t);
    }

    public int samples() { return samples; }
    public int heads() { return heads; }
    public int tokens() { return tokens; }
    /** Tokens per row and per column of the grid. */
    public int side() { return side; }

    /**
     * Where query token {@code query} of sample {@code sample} looks: its weights over the T keys
     * [T] (a distribution, summing to 1), for one head or {@link #MEAN_OF_HEADS}.
     */
    public float[] query(int sample, int head, int query) {
        check(sample, head);
        if (query < 0 || query >= tokens) throw new IllegalArgumentException("query token " + query + " is not in 0.." + (tokens - 1));
        float[] out = new float[tokens];
        int first = head == MEAN_OF_HEADS ? 0 : head, last = head == MEAN_OF_HEADS ? heads - 1 : head;
        for (int h = first; h <= last; h++) {
            int offset = ((sample * heads + h) * tokens + query) * tokens;
            for (int k = 0; k < tokens; k++) out[k] += w[offset + k] / (last - first + 1);
        }
        return out;
    }

    /**
     * The attention each token receives, averaged over all queries [T] (sums to 1): the tokens a
     * layer reads from most, for one head or {@link #MEAN_OF_HEADS}.
     */
    public float[] received(int sample, int head) {
        float[] out = new float[tokens];
        for (int q = 0; q < tokens; q++) {
            float[] row = query(sample, head, q);
            for (int k = 0; k < tokens; k++) out[k] += row[k] / tokens;
        }
        return out;
    }

    /**
     * The share of the attention that lands on the given tokens: the mean over all queries of
     * the weight they put on those keys, for one head or {@link #MEAN_OF_HEADS}. Attention spread
     * evenly would give the tokens' share of the grid.
     */
    public double shareOn(boolean[] keys, int sample, int head) {
        if (keys.length != tokens) throw new IllegalArgumentException(keys.length + " tokens chosen of " + tokens);
        float[] received = received(sample, head);
        double share = 0;
        for (int k = 0; k < tokens; k++) if (keys[k]) share += received[k];
        return share;
    }

    /**
     * How far a token looks: the mean over all queries of the attention-weighted distance, in
     * patches, from the query to the keys (0 if every token looked only at itself), for one head or
     * {@link #MEAN_OF_HEADS}. {@link #evenDistance} is the same for attention spread evenly.
     */
    public double meanDistance(int sample, int head) {
        double total = 0;
        for (int q = 0; q < tokens; q++) {
            float[] row = query(sample, head, q);
            for (int k = 0; k < tokens; k++) total += row[k] * distance(q, k);
        }
        return total / tokens;
    }

    /** {@link #meanDistance} of attention spread evenly over every token. */
    public double evenDistance() {
        double total = 0;
        for (int q = 0; q < tokens; q++) for (int k = 0; k < tokens; k++) total += distance(q, k);
        return total / ((double) tokens * tokens);
    }

    private double distance(int a, int b) {
        return Math.hypot(a / side - b / side, a % side - b % side);
    }

    /**
     * The tokens of a side x side grid over sample {@code sample} of images [N, C, H, W] in [-1, 1]
     * whose patch is brighter on average than {@code level}: for Fashion-MNIST's black backgrounds,
     * the patches of the object.
     */
    public static boolean[] brighterThan(Tensor images, int sample, int side, float level) {
        int c = images.shape()[1], h = images.shape()[2], w = images.shape()[3];
        if (h % side != 0 || w % side != 0) throw new IllegalArgumentException("a " + side + "x" + side + " grid does not cover " + h + "x" + w);
        double[] sum = new double[side * side];
        int offset = sample * c * h * w;
        for (int ch = 0; ch < c; ch++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) sum[(y / (h / side)) * side + x / (w / side)] += images.data()[offset + (ch * h + y) * w + x];
            }
        }
        boolean[] out = new boolean[side * side];
        double perPatch = (double) c * (h / side) * (w / side);
        for (int t = 0; t < out.length; t++) out[t] = sum[t] / perPatch > level;
        return out;
    }

    private void check(int sample, int head) {
        if (sample < 0 || sample >= samples) throw new IllegalArgumentException("sample " + sample + " is not in 0.." + (samples - 1));
        if (head != MEAN_OF_HEADS && (head < 0 || head >= heads)) throw new IllegalArgumentException("head " + head + " is not in 0.." + (heads - 1));
    }
}
