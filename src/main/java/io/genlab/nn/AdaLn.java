package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adaptive layer norm (Peebles &amp; Xie, 2023): a per-example shift, scale and gate computed from
 * the condition, applied to every token of that example. {@code modulate} is
 * {@code x * (1 + scale) + shift}, {@code gate} is {@code x * gate}, on token rows [B*T, D].
 *
 * <p>The per-example vectors [B, k] reach the token rows through {@link #perToken}, a broadcast
 * add onto zeros [1, T, 1] (its backward pass is a sum over the T rows), so the modulation itself
 * is a same-shape multiply. Multiplying by the [B, 1, D] vector directly broadcasts inside the
 * multiply, and libnd4j's backward pass of that took 28% of a dit-s training step (5% this way;
 * {@code genlab bench --model dit-s --profile}).
 *
 * <p>No parameters: the vectors come from a {@link Linear} of the condition, which a DiT block
 * initialises to zero (adaLN-Zero), so every block starts as the identity.
 */
public final class AdaLn {
    private final SDVariable zeros;

    /** @param tokens T, the token rows of each example */
    public AdaLn(Net net, int tokens) {
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
