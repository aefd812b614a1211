package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adaptive layer norm (Peebles &amp; Xie, 2023): a per-example shift, scale and gate computed from
 * the condition, applied to every token of that example. {@code modulate} is
 * {@code x * (1 + scale) + shift}, {@code gate} is {@code x * gate}, on token rows [B*T, D].
 *
 * <p>The per-example vectors [B, k] reach the token rows through {@link #perToken}, a product
 * with the fixed 0/1 matrix S [B*T, B] (S[b*T + t, b] = 1): its gradient is a matrix product too,
 * and the modulation itself is then a same-shape multiply. Broadcasting the [B, D] vector over the
 * T rows instead is what libnd4j's slow broadcast backward passes were spent on.
 *
 * <p>No parameters: the vectors come from a {@link Linear} of the condition, which a DiT block
 * initialises to zero (adaLN-Zero), so every block starts as the identity.
 */
public final class AdaLn {
    private final SDVariable zeros;
    private final int tokens;

    /** @param tokens T, the token rows of each example */
    public AdaLn(Net net, int tokens) {
        this.tokens = tokens;
        this.zeros = net.sd().constant(Nd4j.zeros(net.dtype(), 1, tokens, 1));   // [1, T, 1]
    }

    /** Per-example vectors [B, k] -> [B*T, k]: each example's vector on each of its T token rows. */
    public SDVariable perToken(SDVariable perExample, int k) {
        return perExample.reshape(-1, 1, k).add(zeros)                         // [B, T, k]
                .reshape(-1, k);                                               // [B*T, k]
    }

    /** [B*T, D] rows, shift and scale -> [B*T, D] */
    public SDVariable modulate(SDVariable rows, SDVariable shift, SDVariable scale) {
        return rows.mul(scale.add(1)).add(shift);
    }

    /** [B*T, D] rows and gate -> [B*T, D] */
    public SDVariable gate(SDVariable rows, SDVariable gate) {
        return rows.mul(gate);
    }
}
