package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * A learned vector per class, looked up as one-hot [B, K] times a K x dim matrix (no bias),
 * like PyTorch's {@code nn.Linear(K, dim, bias=False)} on a one-hot input.
 *
 * <p>A matrix product, not {@code gather}: gather's gradient is broken in SameDiff M2.1.
 * Variable: {@code name/E} [K, dim], U(-1/sqrt(K), 1/sqrt(K)) like that Linear.
 */
public final class ClassEmbedding extends Block {
    private final int classes, dim;
    private final SDVariable table;

    public ClassEmbedding(Net net, String name, int classes, int dim) {
        super(net, name);
        if (classes <= 0 || dim <= 0) throw new IllegalArgumentException(name + ": sizes must be positive");
        this.classes = classes;
        this.dim = dim;
        this.table = uniform("E", 1 / Math.sqrt(classes), classes, dim);
    }

    public int classes() { return classes; }

    /** One-hot rows [B, K] (this net's type) -> [B, dim] */
    public SDVariable apply(SDVariable oneHot) {
        return oneHot.mmul(table);                                             // [B, dim]
    }

    /** Integer class indices [B] (any integer type) -> [B, dim] */
    public SDVariable applyLabels(SDVariable labels) {
        SDVariable oneHot = net.sd().oneHot(labels, classes).castTo(net.dtype()); // [B, K]
        return apply(oneHot);
    }
}
