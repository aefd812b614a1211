package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * Adaptive layer norm (Peebles &amp; Xie, 2023): a per-example shift, scale and gate computed from
 * the condition, applied to every token of that example. {@code modulate} is
 * {@code x * (1 + scale) + shift}, {@code gate} is {@code x * gate}; both broadcast a [B, D]
 * vector over the T token rows [B*T, D] of each example.
 *
 * <p>No parameters: the vectors come from a {@link Linear} of the condition, which a DiT block
 * initialises to zero (adaLN-Zero), so every block starts as the identity.
 */
public final class AdaLn {
    private final int tokens, dim;

    public AdaLn(int tokens, int dim) {
        this.tokens = tokens;
        this.dim = dim;
    }

    /** [B*T, D] rows, [B, D] shift and scale -> [B*T, D] */
    public SDVariable modulate(SDVariable rows, SDVariable shift, SDVariable scale) {
        return rows.reshape(-1, tokens, dim)                                   // [B, T, D]
                .mul(scale.add(1).reshape(-1, 1, dim))                         // [B, T, D]
                .add(shift.reshape(-1, 1, dim))
                .reshape(-1, dim);                                             // [B*T, D]
    }

    /** [B*T, D] rows, [B, D] gate -> [B*T, D] */
    public SDVariable gate(SDVariable rows, SDVariable gate) {
        return rows.reshape(-1, tokens, dim)                                   // [B, T, D]
                .mul(gate.reshape(-1, 1, dim))
                .reshape(-1, dim);                                             // [B*T, D]
    }
}
