package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The sinusoidal embedding of a diffusion timestep (Vaswani et al., 2017, section 3.5; Ho et
 * al., 2020): {@code [sin(t f_0) .. sin(t f_{h-1}), cos(t f_0) .. cos(t f_{h-1})]} with
 * {@code f_i = 10000^(-i/h)}, h = dim/2 — the sin half first, as in the PyTorch twin.
 *
 * <p>No parameters: it is a fixed function of t, the input to a small MLP.
 */
public final class SinusoidalEmbedding {
    private final Net net;
    private final int dim;
    private final double[] frequencies;

    public SinusoidalEmbedding(Net net, int dim) {
        if (dim <= 0 || dim % 2 != 0) throw new IllegalArgumentException("embedding size must be even and positive, got " + dim);
        this.net = net;
        this.dim = dim;
        this.frequencies = frequencies(dim);
    }

    /** f_i = 10000^(-i/(dim/2)) for i in [0, dim/2). */
    public static double[] frequencies(int dim) {
        int half = dim / 2;
        double[] f = new double[half];
        for (int i = 0; i < half; i++) f[i] = Math.exp(-Math.log(10000.0) * i / half);
        return f;
    }

    public int dim() { return dim; }

    /** [B] timesteps (of this net's type) -> [B, dim] */
    public SDVariable apply(SDVariable t) {
        SDVariable f = net.constant(Nd4j.createFromArray(frequencies).reshape(1, dim / 2)); // [1, dim/2]
        SDVariable column = t.reshape(-1, 1);                                  // [B, 1]
        SDVariable args = column.mul(f);                                       // [B, dim/2]
        return net.sd().concat(1, net.sd().math.sin(args), net.sd().math.cos(args)); // [B, dim]
    }
}
