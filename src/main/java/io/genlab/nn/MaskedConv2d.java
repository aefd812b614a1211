package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A masked k x k convolution (PixelCNN, van den Oord et al. 2016): each output sees only the
 * inputs before it in raster order, so a stack of them predicts a pixel from the pixels above and
 * to its left. Stride 1, "same" padding, a bias; NCHW images [B, cin, H, W].
 *
 * <p>Taps above the centre row see everything, taps on the centre row left of the centre too,
 * taps right of or below the centre nothing. The centre tap connects channel groups: with
 * {@code groups} colour channels (R before G before B), input channel i is in group
 * {@code i * groups / cin} and output channel o in group {@code o * groups / cout}; type A lets
 * an output see the centre's inputs of earlier groups only (the first layer: a pixel's own value
 * is what it predicts), type B of earlier groups and its own (every later layer). With one group
 * a 1x1 type-B convolution is a plain one.
 *
 * <p>Variables: {@code name/W} [k, k, cin, cout] (YXIO) and {@code name/b} [cout], both
 * U(-1/sqrt(cin*k*k), +) as PyTorch's Conv2d, masked taps included (they stay trainable
 * variables but the constant mask multiplied into them gives them exactly zero gradient).
 */
public final class MaskedConv2d extends Block {
    /** Whether the centre tap sees its own channel group (B) or only earlier ones (A). */
    public enum Type { A, B }

    private final int cin, cout, k, groups;
    private final Type type;
    private final SDVariable w, b, maskedW;
    private final Conv2DConfig config;

    public MaskedConv2d(Net net, String name, int cin, int cout, int k, Type type, int groups) {
        super(net, name);
        if (cin <= 0 || cout <= 0 || k <= 0 || k % 2 == 0 || groups < 1 || groups > cin || groups > cout) {
            throw new IllegalArgumentException(name + ": bad masked convolution " + cin + "->" + cout + " k" + k + " groups " + groups
                    + " (k must be odd, and each side needs at least one channel per group)");
        }
        this.cin = cin;
        this.cout = cout;
        this.k = k;
        this.type = type;
        this.groups = groups;
        double bound = 1 / Math.sqrt((double) cin * k * k);
        this.w = uniform("W", bound, k, k, cin, cout);
        this.b = uniform("b", bound, cout);
        INDArray mask = mask();
        this.maskedW = mask.minNumber().doubleValue() == 1 ? w : w.mul(net.constant(mask));
        this.config = Conv2DConfig.builder().kH(k).kW(k).sH(1).sW(1).pH(k / 2).pW(k / 2)
                .dH(1).dW(1).paddingMode(PaddingMode.VALID).dataFormat(Conv2DConfig.NCHW)
                .weightsFormat(WeightsFormat.YXIO).build();
    }

    public int cin() { return cin; }
    public int cout() { return cout; }
    public int kernel() { return k; }
    public Type type() { return type; }

    /**
     * Whether tap (ky, kx) of the kernel connects input channel i to output channel o; the centre
     * is (k/2, k/2), and the tap reads the input at (row + ky - k/2, column + kx - k/2).
     */
    public boolean allows(int ky, int kx, int i, int o) {
        int c = k / 2;
        if (ky != c) return ky < c;
        if (kx != c) return kx < c;
        int gi = i * groups / cin, go = o * groups / cout;
        return type == Type.A ? gi < go : gi <= go;
    }

    /** [B, cin, H, W] -> [B, cout, H, W] */
    public SDVariable apply(SDVariable x) {
        return net.sd().cnn.conv2d(x, maskedW, b, config);
    }

    /** The weights as the convolution uses them (masked taps zero), [k, k, cin, cout] in row-major order. */
    public float[] maskedWeights() {
        return w.getArr().mul(mask().castTo(w.dataType())).castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    /** The bias [cout]. */
    public float[] bias() {
        return b.getArr().castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    /** 1 where {@link #allows} says the tap connects, else 0; [k, k, cin, cout]. */
    private INDArray mask() {
        float[] m = new float[k * k * cin * cout];
        int n = 0;
        for (int ky = 0; ky < k; ky++) {
            for (int kx = 0; kx < k; kx++) {
                for (int i = 0; i < cin; i++) {
                    for (int o = 0; o < cout; o++) m[n++] = allows(ky, kx, i, o) ? 1 : 0;
                }
            }
        }
        return Nd4j.create(m, new long[]{k, k, cin, cout}, 'c');
    }
}
