package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * Nearest-neighbour upsampling by 2 followed by a 3x3 convolution (padding 1): a U-Net's way
 * up, as {@code conv(F.interpolate(x, scale_factor=2, mode="nearest"))} in PyTorch.
 *
 * <p>Variables are the convolution's: {@code name.conv/W}, {@code name.conv/b}.
 */
public final class UpsampleConv extends Block {
    private final Conv2d conv;

    public UpsampleConv(Net net, String name, int cin, int cout) {
        super(net, name);
        this.conv = child(new Conv2d(net, name + ".conv", cin, cout, 3));
    }

    /** Nearest x2 only, no parameters: [B, C, H, W] -> [B, C, 2H, 2W]. */
    public static SDVariable upsample2x(Net net, SDVariable x) {
        // The four-argument form: upsampling2d(x, 2) fails its shape calculation in M2.1.
        return net.sd().cnn.upsampling2d(x, 2, 2, true);                      // [B, C, 2H, 2W]
    }

    /** [B, cin, H, W] -> [B, cout, 2H, 2W] */
    public SDVariable apply(SDVariable x) {
        return conv.apply(upsample2x(net, x));
    }
}
