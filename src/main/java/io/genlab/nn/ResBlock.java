package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * A diffusion U-Net's residual block with an embedding input (unet-s, REFERENCE_MODELS.md):
 * GN(8) -> SiLU -> Conv3x3 -> + Linear(emb) per channel -> GN(8) -> SiLU -> Conv3x3, plus the
 * input through a 1x1 convolution when cin != cout (else unchanged).
 *
 * <p>Sub-blocks: {@code name.norm1}, {@code name.conv1}, {@code name.emb}, {@code name.norm2},
 * {@code name.conv2} and, if the channel count changes, {@code name.skip}. The output is named
 * {@code name/out} (a feature map a probe can read).
 */
public final class ResBlock extends Block {
    public static final int GROUPS = 8;
    private final int cin, cout;
    private final GroupNorm norm1, norm2;
    private final Conv2d conv1, conv2, skip;
    private final Linear emb;

    public ResBlock(Net net, String name, int cin, int cout, int embDim) {
        super(net, name);
        this.cin = cin;
        this.cout = cout;
        this.norm1 = child(new GroupNorm(net, name + ".norm1", GROUPS, cin));
        this.conv1 = child(new Conv2d(net, name + ".conv1", cin, cout, 3));
        this.emb = child(new Linear(net, name + ".emb", embDim, cout));
        this.norm2 = child(new GroupNorm(net, name + ".norm2", GROUPS, cout));
        this.conv2 = child(new Conv2d(net, name + ".conv2", cout, cout, 3));
        this.skip = cin == cout ? null : child(new Conv2d(net, name + ".skip", cin, cout, 1, 1, 0, true));
    }

    public int cin() { return cin; }
    public int cout() { return cout; }

    /**
     * @param x [B, cin, H, W]
     * @param e [B, embDim], the time (and class) embedding
     * @return [B, cout, H, W]
     */
    public SDVariable apply(SDVariable x, SDVariable e) {
        SDVariable h = conv1.apply(net.silu(norm1.apply(x)));                 // [B, cout, H, W]
        SDVariable perChannel = emb.apply(e).reshape(-1, cout, 1, 1);          // [B, cout, 1, 1]
        h = h.add(perChannel);                                                 // [B, cout, H, W]
        h = conv2.apply(net.silu(norm2.apply(h)));                             // [B, cout, H, W]
        SDVariable residual = skip == null ? x : skip.apply(x);                // [B, cout, H, W]
        return h.add(out("out"), residual);
    }
}
