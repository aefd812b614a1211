package io.genlab.autoregressive;

import io.genlab.nn.MaskedConv2d;

import java.util.ArrayList;
import java.util.List;

/**
 * pixelcnn-s evaluated one pixel at a time with a cache (the idea of Ramachandran et al. 2017,
 * "Fast Generation for Convolutional Autoregressive Models"): the naive sampler runs the whole
 * network over the whole image for every pixel, though each layer's output at a pixel depends
 * only on pixels before it, which no later draw changes. So a layer's output at a pixel, once
 * computed, is kept; predicting the next pixel computes every layer at that one position only,
 * from the kept outputs above and to the left. Same weights, same arithmetic per position (in
 * plain Java), about H*W times less work.
 *
 * <p>What is kept per image: the canvas (the first convolution's input) and, per residual
 * block, the input of its masked 3x3 convolution, both position-major ([H*W][channels]);
 * everything else is per-position.
 */
final class CachedPixelCnn {
    private final int channels, width, features, half;
    private final Layer first;
    private final float[] classBias;
    private final List<Layer[]> blocks = new ArrayList<>();
    private final Layer head1, head2;
    private final int[] labels;
    /** [image][H*W * C]: value / 255 of the pixels drawn so far, 0 elsewhere */
    private final float[][] canvas;
    /** [image][block][H*W * 32]: each block's masked-convolution input at the positions computed so far */
    private final float[][][] kept;

    /** One masked convolution's weights [k*k][cin][cout] (masked taps zero) and bias. */
    private record Layer(int k, int cin, int cout, float[] w, float[] b) {
        static Layer of(MaskedConv2d c) {
            return new Layer(c.kernel(), c.cin(), c.cout(), c.maskedWeights(), c.bias());
        }
    }

    CachedPixelCnn(PixelCnnS net, int height, int width, int[] labels) {
        this.channels = net.channels;
        this.width = width;
        this.features = PixelCnnS.FEATURES;
        this.half = features / 2;
        this.first = Layer.of(net.first);
        this.classBias = net.classBiasWeights();
        for (PixelCnnS.Residual r : net.blocks) blocks.add(new Layer[]{Layer.of(r.in()), Layer.of(r.masked()), Layer.of(r.out())});
        this.head1 = Layer.of(net.head1);
        this.head2 = Layer.of(net.head2);
        this.labels = labels.clone();
        this.canvas = new float[labels.length][height * width * channels];
        this.kept = new float[labels.length][blocks.size()][height * width * half];
    }

    /** Sets channel c of pixel p (row * W + column) of image b to an 8-bit level. */
    void set(int b, int c, int p, int level) {
        canvas[b][p * channels + c] = level / 255f;
    }

    /**
     * The network's logits at pixel p of image b [256*C] (channel c's at 256c), from the canvas
     * as it is: every pixel before p must be set, and p's channels before the one predicted.
     * Computes and keeps every layer's output at p.
     */
    float[] logitsAt(int b, int p) {
        int row = p / width, col = p % width;
        float[] h = new float[features];
        System.arraycopy(first.b, 0, h, 0, features);
        for (int f = 0; f < features; f++) h[f] += classBias[labels[b] * features + f];
        convolveAt(first, canvas[b], row, col, h);
        float[] a = new float[features], t = new float[half], v = new float[half];
        for (int l = 0; l < blocks.size(); l++) {
            Layer[] blk = blocks.get(l);
            relu(h, a);
            System.arraycopy(blk[0].b, 0, t, 0, half);
            matVec(blk[0].w, a, features, half, t);
            for (int g = 0; g < half; g++) kept[b][l][p * half + g] = Math.max(0, t[g]);
            System.arraycopy(blk[1].b, 0, v, 0, half);
            convolveAt(blk[1], kept[b][l], row, col, v);
            relu(v, v);
            float[] out = blk[2].b.clone();
            matVec(blk[2].w, v, half, features, out);
            for (int f = 0; f < features; f++) h[f] += out[f];
        }
        relu(h, a);
        float[] z = head1.b.clone();
        matVec(head1.w, a, features, features, z);
        relu(z, z);
        float[] logits = head2.b.clone();
        matVec(head2.w, z, features, head2.cout, logits);
        return logits;
    }

    /**
     * out += the masked k x k convolution at (row, col) of an input [H*W][cin] (position-major);
     * only taps above or left of the centre, and the centre, can be non-zero.
     */
    private void convolveAt(Layer c, float[] in, int row, int col, float[] out) {
        int r = c.k / 2;
        for (int ky = 0; ky <= r; ky++) {
            int y = row + ky - r;
            if (y < 0) continue;
            for (int kx = 0; kx < c.k; kx++) {
                if (ky == r && kx > r) break;
                int x = col + kx - r;
                if (x < 0 || x >= width) continue;
                int tap = (ky * c.k + kx) * c.cin * c.cout, at = (y * width + x) * c.cin;
                for (int i = 0; i < c.cin; i++) axpy(in[at + i], c.w, tap + i * c.cout, out, c.cout);
            }
        }
    }

    /** out += x W for a 1x1 convolution's weights W [cin][cout]. */
    private static void matVec(float[] w, float[] x, int cin, int cout, float[] out) {
        for (int i = 0; i < cin; i++) axpy(x[i], w, i * cout, out, cout);
    }

    private static void axpy(float a, float[] w, int offset, float[] out, int n) {
        if (a == 0) return;
        for (int o = 0; o < n; o++) out[o] += a * w[offset + o];
    }

    private static void relu(float[] in, float[] out) {
        for (int i = 0; i < in.length; i++) out[i] = Math.max(0, in[i]);
    }
}
