package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/**
 * A square 2D convolution on NCHW images [B, C, H, W], with stride, zero padding and a bias.
 *
 * <p>Variables: {@code name/W} [k, k, cin, cout] (SameDiff's YXIO layout, not PyTorch's
 * [cout, cin, k, k]) and {@code name/b} [cout]; both U(-1/sqrt(cin*k*k), +) as in PyTorch.
 * Output size is {@code (H + 2*padding - k) / stride + 1}.
 */
public final class Conv2d extends Block {
    private final int cin, cout;
    private final SDVariable w, b;
    private final Conv2DConfig config;

    /** A k x k convolution with stride 1 and "same" padding k/2 (k odd). */
    public Conv2d(Net net, String name, int cin, int cout, int k) {
        this(net, name, cin, cout, k, 1, k / 2, true);
    }

    public Conv2d(Net net, String name, int cin, int cout, int k, int stride, int padding, boolean bias) {
        super(net, name);
        if (cin <= 0 || cout <= 0 || k <= 0 || stride <= 0 || padding < 0) {
            throw new IllegalArgumentException(name + ": bad convolution " + cin + "->" + cout + " k" + k + " s" + stride + " p" + padding);
        }
        this.cin = cin;
        this.cout = cout;
        double bound = 1 / Math.sqrt((double) cin * k * k);
        this.w = uniform("W", bound, k, k, cin, cout);
        this.b = bias ? uniform("b", bound, cout) : null;
        this.config = Conv2DConfig.builder().kH(k).kW(k).sH(stride).sW(stride).pH(padding).pW(padding)
                .dH(1).dW(1).paddingMode(PaddingMode.VALID).dataFormat(Conv2DConfig.NCHW)
                .weightsFormat(WeightsFormat.YXIO).build();
    }

    public int cin() { return cin; }
    public int cout() { return cout; }

    /** [B, cin, H, W] -> [B, cout, H', W'] */
    public SDVariable apply(SDVariable x) {
        return b == null ? net.sd().cnn.conv2d(x, w, config) : net.sd().cnn.conv2d(x, w, b, config);
    }
}
