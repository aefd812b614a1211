package io.genlab.autoregressive;

import io.genlab.nn.MaskedConv2d;

/**
 * Which input pixels can influence a pixel's predicted distribution, read exactly off the masks:
 * the union, over every path through the network, of the taps each masked convolution leaves
 * open. A plain PixelCNN's field is not "every pixel before it": stacked 3x3 masks grow upwards
 * and to the left faster than to the upper right, so a wedge of pixels above and to the right
 * is never seen, however deep the stack (the blind spot, van den Oord et al. 2016, which the
 * gated PixelCNN's two stacks remove).
 */
public final class ReceptiveField {
    private ReceptiveField() {}

    /**
     * The pixels of an H x W image whose values the prediction at (row, col) can depend on,
     * [H*W] in raster order. With colour channels the pixel itself is in it (green is predicted
     * from its own pixel's red); with one channel it is not.
     */
    public static boolean[] of(PixelCnnModel model, int row, int col) {
        PixelCnnS net = model.network();
        int h = model.info().shape().height(), w = model.info().shape().width();
        if (row < 0 || row >= h || col < 0 || col >= w) {
            throw new IllegalArgumentException("pixel (" + row + ", " + col + ") is outside the " + h + "x" + w + " image");
        }
        boolean[] field = new boolean[h * w];
        field[row * w + col] = true;                                     // the head and the 1x1 convolutions stay at the pixel
        for (int b = net.blocks.size() - 1; b >= 0; b--) {
            boolean[] through = spread(field, net.blocks.get(b).masked(), h, w);
            for (int i = 0; i < field.length; i++) field[i] |= through[i]; // the residual path, or through the block's masked 3x3
        }
        return spread(field, net.first, h, w);
    }

    /** The inputs of a masked convolution that its outputs at the given positions read. */
    private static boolean[] spread(boolean[] outputs, MaskedConv2d conv, int h, int w) {
        int k = conv.kernel(), r = k / 2;
        boolean[] inputs = new boolean[h * w];
        for (int p = 0; p < outputs.length; p++) {
            if (!outputs[p]) continue;
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    int y = p / w + ky - r, x = p % w + kx - r;
                    if (y >= 0 && y < h && x >= 0 && x < w && open(conv, ky, kx)) inputs[y * w + x] = true;
                }
            }
        }
        return inputs;
    }

    /** Whether any channel pair is connected through tap (ky, kx). */
    private static boolean open(MaskedConv2d conv, int ky, int kx) {
        for (int i = 0; i < conv.cin(); i++) {
            for (int o = 0; o < conv.cout(); o++) {
                if (conv.allows(ky, kx, i, o)) return true;
            }
        }
        return false;
    }
}
