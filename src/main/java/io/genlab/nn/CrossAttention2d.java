package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * Cross-attention from the pixels of a feature map to the token vectors of a prompt, with a
 * residual, as text-to-image U-Nets condition on text (Rombach et al., 2022): GroupNorm(8), then
 * {@link CrossAttention} from the H*W positions to the tokens, added back to the input. Each
 * position chooses which words to read; the weights {@code name/weights} [B, heads, HW, Tk]
 * show, per word, where in the picture it lands.
 *
 * <p>Sub-blocks {@code name.norm}, {@code name.q}, {@code name.k}, {@code name.v}, {@code name.out}.
 */
public final class CrossAttention2d extends Block {
    private final int channels;
    private final GroupNorm norm;
    private final CrossAttention attention;

    public CrossAttention2d(Net net, String name, int channels, int tokenDim, int heads) {
        super(net, name);
        this.channels = channels;
        this.norm = child(new GroupNorm(net, name + ".norm", SelfAttention2d.GROUPS, channels));
        this.attention = child(new CrossAttention(net, name, channels, tokenDim, heads));
    }

    public int heads() { return attention.heads(); }

    /** The name of the attention weights of the latest {@link #apply}. */
    public String weightsName() { return attention.weightsName(); }

    /**
     * @param x      [B, C, H, W]
     * @param tokens the prompt's token vectors
     * @return [B, C, H, W]
     */
    public SDVariable apply(SDVariable x, TokenRows tokens) {
        SDVariable queries = norm.apply(x)                                     // [B, C, H, W]
                .reshape(net.shapeOf(x, new int[]{0}, channels, -1))           // [B, C, HW]
                .permute(0, 2, 1)                                              // [B, HW, C]
                .reshape(-1, channels);                                        // [B*HW, C]
        SDVariable attended = attention.apply(queries, net.shapeOf(x, new int[]{0, -2}),
                tokens.rows(), tokens.batchAndT(), tokens.mask());             // [B*HW, C]
        SDVariable back = attended
                .reshape(net.shapeOf(x, new int[]{0, -2}, channels))           // [B, HW, C]
                .permute(0, 2, 1)                                              // [B, C, HW]
                .reshape(net.sd().shape(x));                                   // [B, C, H, W]
        return x.add(out("out"), back);
    }

}
