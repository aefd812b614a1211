package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/**
 * Group normalisation (Wu &amp; He, 2018) of NCHW images, built from plain ops: SameDiff has no
 * GroupNorm op, and its batchNorm has a broken gradient in M2.1.
 *
 * <p>Channels are split into {@code groups} groups; each example's group is normalised to mean 0
 * and (biased) variance 1 with eps 1e-5 as in PyTorch's {@code nn.GroupNorm}, then every channel
 * is scaled and shifted. Variables: {@code name/scale} [C] (ones), {@code name/shift} [C] (zeros).
 * Works for any batch size and image size (the shapes are read at run time).
 *
 * <p>The per-channel scale and shift are one 1x1 depthwise convolution with a bias, which
 * computes exactly {@code x * scale + shift}: libnd4j's backward pass of a broadcasting
 * multiply is slow (about 43 ms for [64, 32, 28, 28] times [1, 32, 1, 1] on 2 cores, against
 * 5 ms for the depthwise convolution's), and it was the largest cost of a unet-s training step
 * (see README, Performance). The normalisation's broadcasting divide stays: the same trick for
 * it (every example's group one channel of [1, B*G, C/G*H*W, 1]) measured slower.
 */
public final class GroupNorm extends Block {
    public static final double EPS = 1e-5;
    private static final Conv2DConfig PER_CHANNEL = Conv2DConfig.builder().kH(1).kW(1).sH(1).sW(1).pH(0).pW(0)
            .dH(1).dW(1).paddingMode(PaddingMode.VALID).dataFormat(Conv2DConfig.NCHW).build();
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
        SDVariable perChannelScale = scale.reshape(1, 1, channels, 1);          // [kH, kW, C, multiplier]
        return net.sd().cnn.depthWiseConv2d(back, perChannelScale, shift, PER_CHANNEL); // [B, C, H, W]
    }

    public int groups() { return groups; }
    public int channels() { return channels; }
}
