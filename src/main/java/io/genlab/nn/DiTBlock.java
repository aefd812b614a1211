package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * A DiT block with adaLN-Zero conditioning (Peebles &amp; Xie, 2023), as the PyTorch twin's:
 * <pre>
 *   shift1, scale1, gate1, shift2, scale2, gate2 = Linear(D -> 6D)(SiLU(c))   (initialised to zero)
 *   x += gate1 * MHA(LN(x) * (1 + scale1) + shift1)
 *   x += gate2 * MLP(LN(x) * (1 + scale2) + shift2)
 * </pre>
 * LayerNorm without affine, MLP D -> 4D -> D with GELU. Sub-blocks {@code name.ada},
 * {@code name.attn} (weights {@code name.attn/weights} [B, heads, T, T]), {@code name.mlp};
 * 18D^2 + 15D parameters: 296,832 at D = 128.
 *
 * <p>A text-conditioned block ({@link #withCrossAttention}) reads the prompt's token vectors too,
 * as PixArt-alpha does (Chen et al., 2023): between the self-attention and the MLP,
 * <pre>
 *   x += CrossAttention(LN(x), tokens)                                        (out-projection initialised to zero)
 * </pre>
 * unmodulated, so every image token chooses which words to read; sub-block {@code name.xattn}
 * (weights {@code name.xattn/weights} [B, heads, T, Tk]), 2D^2 + 2 D Dk + 4D more parameters.
 */
public final class DiTBlock extends Block {
    private final int dim;
    private final Linear ada;
    private final MultiHeadAttention attention;
    private final Mlp mlp;
    private final LayerNorm norm;
    private final CrossAttention crossAttention;                 // null: conditioned by adaLN alone

    public DiTBlock(Net net, String name, int dim, int heads) {
        this(net, name, dim, heads, 0);
    }

    /** A block that also attends to token vectors of width {@code tokenDim}. */
    public static DiTBlock withCrossAttention(Net net, String name, int dim, int heads, int tokenDim) {
        if (tokenDim <= 0) throw new IllegalArgumentException(name + ": token width must be positive, got " + tokenDim);
        return new DiTBlock(net, name, dim, heads, tokenDim);
    }

    private DiTBlock(Net net, String name, int dim, int heads, int tokenDim) {
        super(net, name);
        this.dim = dim;
        this.attention = child(new MultiHeadAttention(net, name + ".attn", dim, heads));
        this.mlp = child(new Mlp(net, name + ".mlp", dim, 4 * dim));
        this.ada = child(new Linear(net, name + ".ada", dim, 6 * dim).zero());
        this.crossAttention = tokenDim == 0 ? null : child(new CrossAttention(net, name + ".xattn", dim, tokenDim, heads, true));
        this.norm = new LayerNorm(net);
    }

    public MultiHeadAttention attention() { return attention; }

    /** The cross-attention to the prompt's tokens, if the block has one. */
    public java.util.Optional<CrossAttention> crossAttention() { return java.util.Optional.ofNullable(crossAttention); }

    /**
     * @param rows      [B*T, D] tokens
     * @param siluC     [B, D] SiLU of the condition (shared by every block)
     * @param adaLn     the per-token spreading of the graph's batch
     * @param batchAndT the run-time shape vector [B, T]
     * @return [B*T, D], named {@code name/out}
     */
    public SDVariable apply(SDVariable rows, SDVariable siluC, AdaLn adaLn, SDVariable batchAndT) {
        return apply(rows, siluC, adaLn, batchAndT, null);
    }

    /**
     * As {@link #apply(SDVariable, SDVariable, AdaLn, SDVariable)}, reading {@code words} in the
     * cross-attention; {@code words} must be given exactly when the block has one.
     */
    public SDVariable apply(SDVariable rows, SDVariable siluC, AdaLn adaLn, SDVariable batchAndT, TokenRows words) {
        if ((words == null) != (crossAttention == null)) {
            throw new IllegalArgumentException(name + (crossAttention == null ? " has no cross-attention to read words with" : " needs the prompt's words"));
        }
        SDVariable[] m = net.sd().split(adaLn.perToken(ada.apply(siluC), 6 * dim), 6, 1); // 6 x [B*T, D]
        SDVariable a = attention.apply(adaLn.modulate(norm.apply(rows), m[0], m[1]), batchAndT);
        SDVariable x = rows.add(adaLn.gate(a, m[2]));                           // [B*T, D]
        if (crossAttention != null) {
            x = x.add(crossAttention.apply(norm.apply(x), batchAndT,             // [B*T, D]
                    words.rows(), words.batchAndT(), words.mask()));
        }
        SDVariable f = mlp.apply(adaLn.modulate(norm.apply(x), m[3], m[4]));
        return x.add(out("out"), adaLn.gate(f, m[5]));                         // [B*T, D]
    }
}
