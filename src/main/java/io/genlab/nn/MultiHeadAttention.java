package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Multi-head self-attention among the T tokens of each example (Vaswani et al., 2017), exactly
 * as PyTorch's {@code nn.MultiheadAttention}: biased q, k, v in-projections, softmax(Q K^T /
 * sqrt(d)) per head, a biased out-projection.
 *
 * <p>Built from plain ops, not SameDiff's {@code multiHeadDotProductAttention}, so that the
 * attention weights are a named variable a view can read: {@code name/weights}, shape
 * [B, heads, T, T], each row (a query's weights over the keys) summing to 1.
 *
 * <p>Tokens come as rows [B*T, D], the layout a {@link Linear} takes. Sub-blocks:
 * {@code name.q}, {@code name.k}, {@code name.v}, {@code name.out}; 4D^2 + 4D parameters.
 */
public final class MultiHeadAttention extends Block {
    private final int dim, heads, headDim;
    private final Linear q, k, v, proj;
    private String weightsName;

    public MultiHeadAttention(Net net, String name, int dim, int heads) {
        super(net, name);
        if (heads <= 0 || dim % heads != 0) {
            throw new IllegalArgumentException(name + ": width " + dim + " does not split into " + heads + " heads");
        }
        this.dim = dim;
        this.heads = heads;
        this.headDim = dim / heads;
        this.q = child(new Linear(net, name + ".q", dim, dim));
        this.k = child(new Linear(net, name + ".k", dim, dim));
        this.v = child(new Linear(net, name + ".v", dim, dim));
        this.proj = child(new Linear(net, name + ".out", dim, dim));
    }

    public int heads() { return heads; }

    /** The name of the attention weights of the latest {@link #apply} ({@code name/weights} for the first). */
    public String weightsName() {
        if (weightsName == null) throw new IllegalStateException(name + " has not been applied yet");
        return weightsName;
    }

    /**
     * @param rows      [B*T, D] tokens, example-major
     * @param batchAndT the run-time shape vector [B, T] of those rows
     * @return [B*T, D]
     */
    public SDVariable apply(SDVariable rows, SDVariable batchAndT) {
        SDVariable perHead = net.sd().concat(0, batchAndT,                    // [B, T, heads, d]
                net.sd().constant(Nd4j.createFromArray((long) heads, headDim)));
        SDVariable qh = split(q.apply(rows), perHead);                         // [B, heads, T, d]
        SDVariable kh = split(k.apply(rows), perHead);                         // [B, heads, T, d]
        SDVariable vh = split(v.apply(rows), perHead);                         // [B, heads, T, d]
        SDVariable scores = qh.mmul(kh.permute(0, 1, 3, 2))                    // [B, heads, T, T]
                .mul(1 / Math.sqrt(headDim));
        weightsName = out("weights");
        SDVariable weights = net.sd().nn.softmax(weightsName, scores, -1);      // [B, heads, T, T]
        SDVariable mixed = weights.mmul(vh)                                    // [B, heads, T, d]
                .permute(0, 2, 1, 3)                                           // [B, T, heads, d]
                .reshape(-1, dim);                                             // [B*T, D]
        return proj.apply(mixed);                                              // [B*T, D]
    }

    private static SDVariable split(SDVariable rows, SDVariable perHead) {
        return rows.reshape(perHead)                                           // [B, T, heads, d]
                .permute(0, 2, 1, 3);                                          // [B, heads, T, d]
    }
}
