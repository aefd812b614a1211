package io.genlab.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parameter counts equal PyTorch's (REFERENCE_MODELS.md): per block by formula, and the blocks
 * laid out as unet-s add up to its 924,001 (checked once against {@code peer/torch_peer.py},
 * which also gives 74,176 for ResBlock(32, 64, 256), 16,768 for SelfAttention2d(64, 4) and
 * 925,155 for unet-s on 3 channels).
 */
class ParameterCountTest {
    private static long conv(long cin, long cout, long k) { return cin * cout * k * k + cout; }
    private static long linear(long in, long out) { return in * out + out; }
    private static long groupNorm(long c) { return 2 * c; }

    @Test
    void resBlockMatchesPyTorch() {
        Net n = Net.create(1);
        ResBlock rb = new ResBlock(n, "rb", 32, 64, 256);
        long formula = groupNorm(32) + conv(32, 64, 3) + linear(256, 64) + groupNorm(64) + conv(64, 64, 3) + conv(32, 64, 1);
        assertEquals(74_176, formula);
        assertEquals(formula, rb.parameterCount());
        assertEquals(formula, n.parameterCount());
        ResBlock same = new ResBlock(n, "rb2", 64, 64, 256);
        assertEquals(groupNorm(64) + conv(64, 64, 3) + linear(256, 64) + groupNorm(64) + conv(64, 64, 3), same.parameterCount());
    }

    @Test
    void selfAttentionMatchesPyTorchsMultiheadAttention() {
        Net n = Net.create(1);
        SelfAttention2d attn = new SelfAttention2d(n, "attn", 64, 4);
        long c = 64;
        long mha = 3 * c * c + 3 * c + c * c + c;                                 // in_proj (w, b) + out_proj (w, b)
        assertEquals(16_768, groupNorm(c) + mha);
        assertEquals(groupNorm(c) + mha, attn.parameterCount());
    }

    /** unet-s assembled from the blocks exactly as REFERENCE_MODELS.md lays it out (the real UNet lives in diffusion). */
    private static SDVariable unetS(Net n, int ch, SDVariable x, SDVariable t, SDVariable y) {
        int te = 256;
        SDVariable temb = new Linear(n, "temb.2", te, te).apply(n.silu(new Linear(n, "temb.0", 64, te)
                .apply(new SinusoidalEmbedding(n, 64).apply(t))));                  // [B, 256]
        SDVariable e = temb.add(new ClassEmbedding(n, "cemb", 11, te).applyLabels(y)); // [B, 256]
        SDVariable h = new Conv2d(n, "inp", ch, 32, 3).apply(x);                    // [B, 32, 28, 28]
        h = new ResBlock(n, "enc1.0", 32, 32, te).apply(h, e);
        SDVariable s1 = new ResBlock(n, "enc1.1", 32, 32, te).apply(h, e);
        h = new Conv2d(n, "down1", 32, 32, 3, 2, 1, true).apply(s1);                // [B, 32, 14, 14]
        h = new ResBlock(n, "enc2.0", 32, 64, te).apply(h, e);
        SDVariable s2 = new ResBlock(n, "enc2.1", 64, 64, te).apply(h, e);
        h = new Conv2d(n, "down2", 64, 64, 3, 2, 1, true).apply(s2);                // [B, 64, 7, 7]
        h = new ResBlock(n, "mid.0", 64, 64, te).apply(h, e);
        h = new SelfAttention2d(n, "mid.attn", 64, 4).apply(h);
        h = new ResBlock(n, "mid.1", 64, 64, te).apply(h, e);
        h = n.sd().concat(1, new UpsampleConv(n, "up2", 64, 64).apply(h), s2);     // [B, 128, 14, 14]
        h = new ResBlock(n, "dec2.0", 128, 64, te).apply(h, e);
        h = new ResBlock(n, "dec2.1", 64, 64, te).apply(h, e);
        h = n.sd().concat(1, new UpsampleConv(n, "up1", 64, 64).apply(h), s1);     // [B, 96, 28, 28]
        h = new ResBlock(n, "dec1.0", 96, 32, te).apply(h, e);
        h = new ResBlock(n, "dec1.1", 32, 32, te).apply(h, e);
        return new Conv2d(n, "out", 32, ch, 3).apply(n.silu(new GroupNorm(n, "out.norm", 8, 32).apply(h)));
    }

    /** Builds the layout, checks its count, runs it on a batch of 2 and returns the output shape. */
    private static long[] unetOutputShape(int ch, int size, long expectedParams) {
        Net n = Net.create(5);
        SDVariable x = n.sd().placeHolder("x", DataType.FLOAT, -1, ch, size, size);
        SDVariable t = n.sd().placeHolder("t", DataType.FLOAT, -1);
        SDVariable y = n.sd().placeHolder("y", DataType.INT32, -1);
        SDVariable out = unetS(n, ch, x, t, y);
        assertEquals(expectedParams, n.parameterCount());
        Map<String, INDArray> ph = Map.of("x", Nd4j.rand(DataType.FLOAT, 2, ch, size, size),
                "t", Nd4j.createFromArray(3f, 900f), "y", Nd4j.createFromArray(4, 10));
        return n.sd().output(ph, out.name()).get(out.name()).shape();
    }

    @Test
    void unetSLayoutHas924001ParametersAndRuns() {
        assertArrayEquals(new long[]{2, 1, 28, 28}, unetOutputShape(1, 28, 924_001));
    }

    @Test
    void unetSLayoutGivesEveryParameterAGradient() {
        Net n = Net.create(6);
        SDVariable x = n.sd().placeHolder("x", DataType.FLOAT, -1, 1, 28, 28);
        SDVariable t = n.sd().placeHolder("t", DataType.FLOAT, -1);
        SDVariable y = n.sd().placeHolder("y", DataType.INT32, -1);
        SDVariable out = unetS(n, 1, x, t, y);
        out.sub(x).mul(out.sub(x)).mean("loss");                                   // [B, 1, 28, 28] -> scalar
        n.sd().setLossVariables("loss");
        GradientGraph.build(n.sd());
        Map<String, INDArray> ph = Map.of("x", Nd4j.rand(DataType.FLOAT, 2, 1, 28, 28),
                "t", Nd4j.createFromArray(3f, 900f), "y", Nd4j.createFromArray(4, 10));
        Map<String, INDArray> grads = n.sd().calculateGradients(ph, n.parameters());
        for (String p : n.parameters()) {
            double norm = grads.get(p).norm2Number().doubleValue();
            assertTrue(Double.isFinite(norm) && norm > 0, p + " gradient norm " + norm);
        }
    }

    @Test
    void unetSLayoutBuildsForShapes32x32x3() {
        assertArrayEquals(new long[]{2, 3, 32, 32}, unetOutputShape(3, 32, 925_155));
    }
}
