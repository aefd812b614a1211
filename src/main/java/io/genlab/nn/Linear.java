package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * A fully connected layer {@code y = x W + b} on rows [B, in] (or [B*T, in] after a reshape).
 *
 * <p>Variables: {@code name/W} [in, out] (the transpose of PyTorch's weight) and, if it has a
 * bias, {@code name/b} [out]; both U(-1/sqrt(in), 1/sqrt(in)) as PyTorch initialises them.
 */
public final class Linear extends Block {
    private final int in, out;
    private final SDVariable w, b;

    public Linear(Net net, String name, int in, int out) {
        this(net, name, in, out, true);
    }

    public Linear(Net net, String name, int in, int out, boolean bias) {
        super(net, name);
        if (in <= 0 || out <= 0) throw new IllegalArgumentException(name + ": sizes must be positive, got " + in + " -> " + out);
        this.in = in;
        this.out = out;
        double bound = 1 / Math.sqrt(in);
        this.w = uniform("W", bound, in, out);
        this.b = bias ? uniform("b", bound, out) : null;
    }

    public int in() { return in; }
    public int out() { return out; }

    /** [B, in] -> [B, out] */
    public SDVariable apply(SDVariable x) {
        SDVariable y = x.mmul(w);                                              // [B, out]
        return b == null ? y : y.add(b);
    }

    /** Zeroes the weights and bias (adaLN-Zero and similar start from an identity). */
    public Linear zero() {
        w.getArr().assign(0);
        if (b != null) b.getArr().assign(0);
        return this;
    }
}
