package io.genlab.ui.attention;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;
import io.genlab.viz.AttentionMaps;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Attention view shows, without Swing: the steps of one generation with their attention
 * maps (one sample), and the choice of step, layer, head, query and picture. It works out the map
 * to lay over the picture and the token under a click. The layers are the model's; the heads and
 * the token grid are read off the first step's maps. Use it on one thread.
 */
final class AttentionState {
    /** Every head's map averaged (AttentionMaps' own value). */
    static final int MEAN = AttentionMaps.MEAN_OF_HEADS;

    /** What the map over the picture shows. */
    enum Query {
        CLICKED("clicked", "clicked patch"),
        RECEIVED("received", "attention received");

        private final String key, label;

        Query(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The name lesson links use. */
        String key() { return key; }

        @Override
        public String toString() { return label; }
    }

    /** The picture under the map: the step's predicted x0 or its noisy x_t. */
    enum Picture {
        X0("x0", "predicted x0"),
        XT("x_t", "x_t (noisy)");

        private final String key, label;

        Picture(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The frame's tensor, and the name lesson links use. */
        String key() { return key; }

        @Override
        public String toString() { return label; }
    }

    private final List<TraceFrame> frames = new ArrayList<>();
    private List<String> layers = List.of();
    private int heads, side;
    private int step, layer, head = MEAN, query = -1;
    private Query mode = Query.CLICKED;
    private Picture picture = Picture.X0;

    /** A new model's attention layers, in the network's order (as trace frames name them); forgets the steps. */
    void setLayers(List<String> modelLayers) {
        layers = List.copyOf(modelLayers);
        layer = 0;
        query = -1;
        clear();
    }

    /** Forgets the steps (a new generation starts); the choices stay. */
    void clear() {
        frames.clear();
        heads = side = step = 0;
    }

    /** Steps of the running generation, in order; the first fixes the heads and the token grid. */
    void append(List<TraceFrame> batch) {
        for (TraceFrame f : batch) {
            if (layers.isEmpty()) throw new IllegalStateException("no attention layers to show");
            AttentionMaps maps = AttentionMaps.of(f, layers.get(0));
            if (frames.isEmpty()) {
                heads = maps.heads();
                side = maps.side();
                if (head >= heads) head = MEAN;
                if (query < 0 || query >= maps.tokens()) query = (side / 2) * side + side / 2;      // the middle patch
            }
            frames.add(f);
        }
    }

    boolean isEmpty() { return frames.isEmpty(); }

    int size() { return frames.size(); }

    List<TraceFrame> frames() { return List.copyOf(frames); }

    TraceFrame frame() { return frames.get(step); }

    List<String> layers() { return layers; }

    int heads() { return heads; }

    /** Tokens per row and column of the grid (0 before the first step). */
    int side() { return side; }

    int tokens() { return side * side; }

    int step() { return step; }

    void setStep(int k) { step = Math.max(0, Math.min(frames.size() - 1, k)); }

    int layer() { return layer; }

    void setLayer(int k) {
        if (k < 0 || k >= layers.size()) throw new IllegalArgumentException("layer " + k + " is not in 0.." + (layers.size() - 1));
        layer = k;
    }

    /** A head, or {@link #MEAN}. */
    int head() { return head; }

    void setHead(int h) {
        if (h != MEAN && (h < 0 || (heads > 0 && h >= heads))) throw new IllegalArgumentException("head " + h + " is not in 0.." + (heads - 1));
        head = h;
    }

    /** The query token (-1 until the first step is known). */
    int query() { return query; }

    /** Makes {@code token} the query and shows where it looks. */
    void setQuery(int token) {
        if (token < 0 || token >= tokens()) throw new IllegalArgumentException("token " + token + " is not in 0.." + (tokens() - 1));
        query = token;
        mode = Query.CLICKED;
    }

    Query mode() { return mode; }

    void setMode(Query m) { mode = m; }

    Picture picture() { return picture; }

    void setPicture(Picture p) { picture = p; }

    /** The token outlined on the picture: the query, or -1 when the map shows the attention received. */
    int outlined() { return mode == Query.CLICKED ? query : -1; }

    /** The shown step's picture [1, C, H, W]. */
    Tensor image() { return frame().tensors().get(picture.key()); }

    /** The map over the token grid [T] for the chosen layer and head at the shown step. */
    float[] map() { return map(layer, head); }

    /** The map [T] of layer {@code k} and head {@code h} (or {@link #MEAN}) at the shown step, for the chosen query. */
    float[] map(int k, int h) {
        AttentionMaps maps = AttentionMaps.of(frame(), layers.get(k));
        return mode == Query.RECEIVED ? maps.received(0, h) : maps.query(0, h, query);
    }

    /**
     * The token under a point of the picture given as fractions of its width and height (each in
     * [0, 1]) on a side x side grid, in raster order.
     */
    static int tokenAt(double x, double y, int side) {
        int column = Math.max(0, Math.min(side - 1, (int) (x * side)));
        int row = Math.max(0, Math.min(side - 1, (int) (y * side)));
        return row * side + column;
    }
}
