package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * Multi-head self-attention over the pixels of a feature map, with a residual: GroupNorm(8),
 * then {@link MultiHeadAttention} among the H*W positions, added back to the input.
 *
 * <p>The attention shares this block's name, so its sub-blocks are {@code name.q}, {@code name.k},
 * {@code name.v}, {@code name.out} and its weights {@code name/weights} [B, heads, HW, HW], as
 * saved unet-s checkpoints name them; the norm is {@code name.norm}. Parameters 4C^2 + 4C plus
 * the norm's 2C, as in PyTorch.
 */
public final class SelfAttention2d extends Block {
    public static final int GROUPS = 8;
    private final int channels;
    private final GroupNorm norm;
    private final MultiHeadAttention attention;

    public SelfAttention2d(Net net, String name, int channels, int heads) {
        super(net, name);
        this.channels = channels;
        this.norm = child(new GroupNorm(net, name + ".norm", GROUPS, channels));
        this.attention = child(new MultiHeadAttention(net, name, channels, heads));
    }

    public int heads() { return attention.heads(); }

    /** The name of the attention weights of the latest {@link #apply} ({@code name/weights} for the first). */
    public String weightsName() { return attention.weightsName(); }

    /** [B, C, H, W] -> [B, C, H, W] */
    public SDVariable apply(SDVariable x) {
        SDVariable tokens = norm.apply(x)                                      // [B, C, H, W]
                .reshape(net.shapeOf(x, new int[]{0}, channels, -1))           // [B, C, HW]
                .permute(0, 2, 1)                                              // [B, HW, C]
                .reshape(-1, channels);                                        // [B*HW, C]
        SDVariable attended = attention.apply(tokens, net.shapeOf(x, new int[]{0, -2})); // [B*HW, C]
        SDVariable back = attended
                .reshape(net.shapeOf(x, new int[]{0, -2}, channels))           // [B, HW, C]
                .permute(0, 2, 1)                                              // [B, C, HW]
                .reshape(net.sd().shape(x));                                   // [B, C, H, W]
        return x.add(out("out"), back);
    }
}
