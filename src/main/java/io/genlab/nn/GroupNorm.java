package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * Group normalisation (Wu &amp; He, 2018) of NCHW images, built from plain ops: SameDiff has no
 * GroupNorm op, and its batchNorm has a broken gradient in M2.1.
 *
 * <p>Channels are split into {@code groups} groups; each example's group is normalised to mean 0
 * and (biased) variance 1 with eps 1e-5 as in PyTorch's {@code nn.GroupNorm}, then every channel
 * is scaled and shifted. Variables: {@code name/scale} [C] (ones), {@code name/shift} [C] (zeros).
 * Works for any batch size and image size (the shapes are read at run time).
 */
public final class GroupNorm extends Block {
    public static final double EPS = 1e-5;
    private final int groups, channels;
    private final SDVariable scale, shift;

    public GroupNorm(Net net, String name, int groups, int channels) {
        super(net, name);
        if (groups <= 0 || channels % groups != 0) {
            throw new IllegalArgumentException(name + ": " + channels + " channels do not split into " + groups + " groups");
        }
        this.groups = groups;
        this.channels = channels;
        this.scale = filled("scale", 1, channels);
        this.shift = filled("shift", 0, channels);
    }

    /** [B, C, H, W] -> [B, C, H, W] */
    public SDVariable apply(SDVariable x) {
        SDVariable g = x.reshape(net.shapeOf(x, new int[]{0}, groups, -1));    // [B, G, C/G*H*W]
        SDVariable mean = g.mean(true, 2);                                     // [B, G, 1]
        SDVariable centred = g.sub(mean);                                      // [B, G, C/G*H*W]
        SDVariable var = centred.mul(centred).mean(true, 2);                   // [B, G, 1]
        SDVariable normed = centred.div(net.sd().math.sqrt(var.add(EPS)));     // [B, G, C/G*H*W]
        SDVariable back = normed.reshape(net.sd().shape(x));                   // [B, C, H, W]
        SDVariable perChannelScale = scale.reshape(1, channels, 1, 1);          // [1, C, 1, 1]
        SDVariable perChannelShift = shift.reshape(1, channels, 1, 1);          // [1, C, 1, 1]
        return back.mul(perChannelScale).add(perChannelShift);                 // [B, C, H, W]
    }

    public int groups() { return groups; }
    public int channels() { return channels; }
}
