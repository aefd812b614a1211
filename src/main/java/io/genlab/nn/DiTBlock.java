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
 */
public final class DiTBlock extends Block {
    private final int dim;
    private final Linear ada;
    private final MultiHeadAttention attention;
    private final Mlp mlp;
    private final LayerNorm norm;

    public DiTBlock(Net net, String name, int dim, int heads) {
        super(net, name);
        this.dim = dim;
        this.attention = child(new MultiHeadAttention(net, name + ".attn", dim, heads));
        this.mlp = child(new Mlp(net, name + ".mlp", dim, 4 * dim));
        this.ada = child(new Linear(net, name + ".ada", dim, 6 * dim).zero());
        this.norm = new LayerNorm(net);
    }

    public MultiHeadAttention attention() { return attention; }

    /**
     * @param rows      [B*T, D] tokens
     * @param siluC     [B, D] SiLU of the condition (shared by every block)
     * @param adaLn     the per-token spreading of the graph's batch
     * @param batchAndT the run-time shape vector [B, T]
     * @return [B*T, D], named {@code name/out}
     */
    public SDVariable apply(SDVariable rows, SDVariable siluC, AdaLn adaLn, SDVariable batchAndT) {
        SDVariable[] m = net.sd().split(adaLn.perToken(ada.apply(siluC), 6 * dim), 6, 1); // 6 x [B*T, D]
        SDVariable a = attention.apply(adaLn.modulate(norm.apply(rows), m[0], m[1]), batchAndT);
        SDVariable x = rows.add(adaLn.gate(a, m[2]));                           // [B*T, D]
        SDVariable f = mlp.apply(adaLn.modulate(norm.apply(x), m[3], m[4]));
        return x.add(out("out"), adaLn.gate(f, m[5]));                         // [B*T, D]
    }
}
