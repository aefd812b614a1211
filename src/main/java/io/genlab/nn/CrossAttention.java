package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Multi-head attention from query rows to key rows of another sequence (Vaswani et al., 2017),
 * with padding: softmax(Q K^T / sqrt(d) + mask) per head, where the mask is 0 on real keys and
 * {@link #MASKED} on padding, so padding gets no weight. Queries and keys may be the same rows
 * (self-attention over a padded sequence, as in a text encoder) or not (image positions looking
 * at the words of a prompt).
 *
 * <p>Like {@link MultiHeadAttention}, built from plain ops so that the weights are a named
 * variable a view can read: {@code name/weights}, shape [B, heads, Tq, Tk]. Sub-blocks:
 * {@code name.q} (Dq -> Dq), {@code name.k} and {@code name.v} (Dk -> Dq), {@code name.out}
 * (Dq -> Dq), all biased.
 */
public final class CrossAttention extends Block {
    /** The score added to a padding key: exp of it is 0 in float and double. */
    public static final double MASKED = -1e9;
    private final int dim, heads, headDim;
    private final Linear q, k, v, proj;
    private String weightsName;

    /**
     * @param dim    width of the queries, of the attention and of the output
     * @param keyDim width of the key rows
     */
    public CrossAttention(Net net, String name, int dim, int keyDim, int heads) {
        this(net, name, dim, keyDim, heads, false);
    }

    /**
     * @param zeroOut start the out-projection at zero, so a residual block around the attention
     *                starts as the identity (as PixArt-alpha's cross-attention)
     */
    public CrossAttention(Net net, String name, int dim, int keyDim, int heads, boolean zeroOut) {
        super(net, name);
        if (heads <= 0 || dim % heads != 0) {
            throw new IllegalArgumentException(name + ": width " + dim + " does not split into " + heads + " heads");
        }
        this.dim = dim;
        this.heads = heads;
        this.headDim = dim / heads;
        this.q = child(new Linear(net, name + ".q", dim, dim));
        this.k = child(new Linear(net, name + ".k", keyDim, dim));
        this.v = child(new Linear(net, name + ".v", keyDim, dim));
        Linear out = child(new Linear(net, name + ".out", dim, dim));
        this.proj = zeroOut ? out.zero() : out;
    }

    public int heads() { return heads; }

    /** The name of the attention weights of the latest {@link #apply} ({@code name/weights} for the first). */
    public String weightsName() {
        if (weightsName == null) throw new IllegalStateException(name + " has not been applied yet");
        return weightsName;
    }

    /**
     * The additive mask of a batch of padded sequences.
     *
     * @param real [B, Tk] 1 for a real key, 0 for padding, in the net's type
     * @return [B, 1, 1, Tk]: 0 for a real key, {@link #MASKED} for padding
     */
    public static SDVariable keyMask(Net net, SDVariable real) {
        return real.sub(1).mul(-MASKED)                                        // [B, Tk]
                .reshape(net.shapeOf(real, new int[]{0}, 1, 1, -1));           // [B, 1, 1, Tk]
    }

    /**
     * @param queries    [B*Tq, Dq] query rows, example-major
     * @param batchAndTq the run-time shape vector [B, Tq] of those rows
     * @param keys       [B*Tk, Dk] key rows, example-major
     * @param batchAndTk the run-time shape vector [B, Tk] of those rows
     * @param mask       [B, 1, 1, Tk] from {@link #keyMask}
     * @return [B*Tq, Dq]
     */
    public SDVariable apply(SDVariable queries, SDVariable batchAndTq, SDVariable keys, SDVariable batchAndTk, SDVariable mask) {
        SDVariable qh = split(q.apply(queries), batchAndTq);                   // [B, heads, Tq, d]
        SDVariable kh = split(k.apply(keys), batchAndTk);                      // [B, heads, Tk, d]
        SDVariable vh = split(v.apply(keys), batchAndTk);                      // [B, heads, Tk, d]
        SDVariable scores = qh.mmul(kh.permute(0, 1, 3, 2))                    // [B, heads, Tq, Tk]
                .mul(1 / Math.sqrt(headDim)).add(mask);
        weightsName = out("weights");
        SDVariable weights = net.sd().nn.softmax(weightsName, scores, -1);      // [B, heads, Tq, Tk]
        SDVariable mixed = weights.mmul(vh)                                    // [B, heads, Tq, d]
                .permute(0, 2, 1, 3)                                           // [B, Tq, heads, d]
                .reshape(-1, dim);                                             // [B*Tq, D]
        return proj.apply(mixed);                                              // [B*Tq, D]
    }

    private SDVariable split(SDVariable rows, SDVariable batchAndT) {
        SDVariable perHead = net.sd().concat(0, batchAndT,                     // [B, T, heads, d]
                net.sd().constant(Nd4j.createFromArray((long) heads, headDim)));
        return rows.reshape(perHead).permute(0, 2, 1, 3);                      // [B, heads, T, d]
    }
}
