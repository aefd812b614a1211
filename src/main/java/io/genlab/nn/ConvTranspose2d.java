package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.DeConv2DConfig;

/**
 * A square transposed convolution ("deconvolution") on NCHW images [B, C, H, W]: the
 * up-sampling layer of a DCGAN generator. Output size is
 * {@code (H - 1) * stride - 2 * padding + k}, e.g. 7 -> 14 for k 4, stride 2, padding 1.
 *
 * <p>Variables: {@code name/W} [k, k, cout, cin] (libnd4j's layout; PyTorch's is
 * [cin, cout, k, k]) and {@code name/b} [cout], both U(-1/sqrt(cout*k*k), +) as PyTorch
 * initialises a ConvTranspose2d (its fan-in is the weight's second dimension times k*k).
 */
public final class ConvTranspose2d extends Block {
    private final SDVariable w, b;
    private final DeConv2DConfig config;

    public ConvTranspose2d(Net net, String name, int cin, int cout, int k, int stride, int padding) {
        super(net, name);
        if (cin <= 0 || cout <= 0 || k <= 0 || stride <= 0 || padding < 0) {
            throw new IllegalArgumentException(name + ": bad transposed convolution " + cin + "->" + cout + " k" + k + " s" + stride + " p" + padding);
        }
        double bound = 1 / Math.sqrt((double) cout * k * k);
        this.w = uniform("W", bound, k, k, cout, cin);
        this.b = uniform("b", bound, cout);
        this.config = DeConv2DConfig.builder().kH(k).kW(k).sH(stride).sW(stride).pH(padding).pW(padding).dH(1).dW(1)
                .isSameMode(false).dataFormat(DeConv2DConfig.NCHW).build();
    }

    /** [B, cin, H, W] -> [B, cout, H', W'] */
    public SDVariable apply(SDVariable x) {
        return net.sd().cnn.deconv2d(x, w, b, config);
    }
}
