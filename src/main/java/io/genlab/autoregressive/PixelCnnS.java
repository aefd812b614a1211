package io.genlab.autoregressive;

import io.genlab.nn.Linear;
import io.genlab.nn.MaskedConv2d;
import io.genlab.nn.MaskedConv2d.Type;
import io.genlab.nn.Net;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.ArrayList;
import java.util.List;

import static io.genlab.nn.Activations.relu;

/**
 * pixelcnn-s, the reference autoregressive model of REFERENCE_MODELS.md (105,280 parameters at
 * 28x28x1): a PixelCNN (van den Oord et al. 2016) that gives every pixel (and colour channel) a
 * 256-way distribution over its 8-bit value, seeing only the pixels before it in raster order.
 *
 * <p>Masked 7x7 type A (C -> 64) plus a class bias (one-hot times a K x 64 matrix), 6 residual
 * blocks {@code h += 1x1(32->64)(ReLU(B 3x3(32->32)(ReLU(1x1(64->32)(ReLU(h))))))}, then ReLU,
 * 1x1 (64->64), ReLU, 1x1 (64 -> 256*C). With C colour channels every convolution is masked by
 * channel group (R before G before B), so the 1x1s are type-B masked too; with one channel they
 * are plain. The network's input is the pixel value / 255.
 */
final class PixelCnnS {
    static final int FEATURES = 64, LEVELS = 256, BLOCKS = 6;

    /** One residual block's three convolutions. */
    record Residual(MaskedConv2d in, MaskedConv2d masked, MaskedConv2d out) {}

    final int channels;
    final MaskedConv2d first;
    final Linear classBias;
    final List<Residual> blocks = new ArrayList<>();
    final MaskedConv2d head1, head2;
    private final Net net;

    PixelCnnS(Net net, int channels, int classes) {
        this.net = net;
        this.channels = channels;
        int c = channels, f = FEATURES;
        first = new MaskedConv2d(net, "in", c, f, 7, Type.A, c);
        classBias = new Linear(net, "class", classes, f, false);
        for (int i = 0; i < BLOCKS; i++) {
            blocks.add(new Residual(new MaskedConv2d(net, "res" + i + ".in", f, f / 2, 1, Type.B, c),
                    new MaskedConv2d(net, "res" + i + ".masked", f / 2, f / 2, 3, Type.B, c),
                    new MaskedConv2d(net, "res" + i + ".out", f / 2, f, 1, Type.B, c)));
        }
        head1 = new MaskedConv2d(net, "head1", f, f, 1, Type.B, c);
        head2 = new MaskedConv2d(net, "head2", f, LEVELS * c, 1, Type.B, c);
    }

    /**
     * Each example's negative log-likelihood in bits per dimension [B]: -log2 of the probability
     * its 8-bit values get, averaged over its C*H*W values.
     *
     * @param logits [B, 256*C, H, W] from {@link #apply}
     * @param target [B, C, H, W] integer levels 0..255
     */
    static SDVariable bitsPerDimension(Net net, SDVariable logits, SDVariable target, int channels, int height, int width) {
        SameDiff sd = net.sd();
        SDVariable perChannel = sd.reshape(logits, net.shapeOf(logits, new int[]{0}, channels, LEVELS, height, width));
        SDVariable rows = sd.reshape(sd.permute(perChannel, 0, 1, 3, 4, 2), -1, LEVELS);                  // [B*C*H*W, 256]
        SDVariable hit = sd.reshape(sd.oneHot(target, LEVELS).castTo(net.dtype()), -1, LEVELS);          // [B*C*H*W, 256]
        // -log softmax(rows)[target] = logsumexp(rows) - rows[target], with a shift near the row's
        // maximum taken out first so exp cannot overflow. Any shift gives the same value and the same
        // gradient (through the shift it cancels exactly), so the maximum is rounded through integers,
        // which carry no gradient: libnd4j's reduce_max_bp took about 100 ms of a profiled 1.8 s step. Not
        // log(softmax) times a one-hot: a probability that underflows to 0 gives 0 * -inf = NaN.
        SDVariable max = rows.max(true, 1).castTo(DataType.INT).castTo(net.dtype());                     // [N, 1]
        SDVariable logSumExp = sd.math.log(sd.math.exp(rows.sub(max)).sum(1)).add(sd.reshape(max, -1));  // [N]
        SDVariable nats = logSumExp.sub(rows.mul(hit).sum(1));                                            // [N], N = B*C*H*W
        long dims = (long) channels * height * width;
        return sd.reshape(nats, -1, dims).mean(1).div(Math.log(2));                                       // [B]
    }

    /** The class bias matrix [K, 64], row-major: row k is added to every pixel's features for class k. */
    float[] classBiasWeights() {
        return net.sd().getArrForVarName(classBias.parameters().get(0)).castTo(DataType.FLOAT)
                .dup('c').data().asFloat();
    }

    /** Every masked convolution, in the order the input passes through them. */
    List<MaskedConv2d> convolutions() {
        List<MaskedConv2d> all = new ArrayList<>(List.of(first));
        for (Residual r : blocks) all.addAll(List.of(r.in(), r.masked(), r.out()));
        all.addAll(List.of(head1, head2));
        return all;
    }

    /** x [B, C, H, W] (value / 255) and one-hot classes [B, K] -> logits [B, 256*C, H, W], channel c's in 256c..256c+255 */
    SDVariable apply(SDVariable x, SDVariable oneHot) {
        SameDiff sd = net.sd();
        SDVariable bias = classBias.apply(oneHot);                                           // [B, 64]
        SDVariable h = sd.identity("in/out", first.apply(x).add(sd.reshape(bias, net.shapeOf(bias, new int[]{0}, FEATURES, 1, 1))));
        for (int i = 0; i < BLOCKS; i++) {
            Residual r = blocks.get(i);
            SDVariable t = relu(r.in().apply(relu(h)));                                     // [B, 32, H, W]
            t = r.out().apply(relu(r.masked().apply(t)));                                    // [B, 64, H, W]
            h = sd.identity("res" + i + "/out", h.add(t));
        }
        return head2.apply(relu(head1.apply(relu(h))));                                  // [B, 256*C, H, W]
    }
}
