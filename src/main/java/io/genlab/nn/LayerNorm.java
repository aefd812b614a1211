package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * Layer normalisation (Ba et al., 2016) of token rows without a scale and shift: each row is
 * normalised to mean 0 and (biased) variance 1 with eps 1e-5, as PyTorch's
 * {@code nn.LayerNorm(d, elementwise_affine=False)}. In a DiT block the scale and
 * shift come from the condition instead ({@link AdaLn}).
 *
 * <p>No parameters: a fixed function of its input.
 */
public final class LayerNorm {
    public static final double EPS = 1e-5;
    private final Net net;

    public LayerNorm(Net net) {
        this.net = net;
    }

    /** [N, D] -> [N, D] */
    public SDVariable apply(SDVariable rows) {
        SDVariable centred = rows.sub(rows.mean(true, 1));                     // [N, D]
        SDVariable var = centred.mul(centred).mean(true, 1);                   // [N, 1]
        return centred.div(net.sd().math.sqrt(var.add(EPS)));                  // [N, D]
    }
}
