package io.genlab.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Finite-difference gradient checks, in double precision, for every building block: each
 * parameter and the block's input.
 *
 * <p>Inputs are non-trainable variables here, not placeholders: SameDiff M2.1 drops a
 * placeholder's gradient through reshape and upsampling (see {@link PlaceholderGradientTest}),
 * while models only need the parameters' gradients.
 */
class BlockGradientTest {
    private static Net net() {
        return new Net(SameDiff.create(), DataType.DOUBLE, 7);
    }

    /** An input of N(0, 1) entries, as a variable the check can perturb. */
    private static SDVariable in(Net n, String name, long seed, long... shape) {
        return n.sd().var(name, GradCheck.gaussian(seed, shape));
    }

    private static void check(Net n, SDVariable out, String... inputs) {
        List<String> wrt = new ArrayList<>(n.parameters());
        wrt.addAll(List.of(inputs));
        GradCheck.check(n.sd(), out, Map.of(), wrt);
    }

    private static long[] shape(Net n, SDVariable v) {
        return n.sd().output(Map.of(), v.name()).get(v.name()).shape();
    }

    @Test
    void transposedConvolutionDoublesTheSizeAndHasCorrectGradients() {
        Net n = net();
        SDVariable y = new ConvTranspose2d(n, "up", 3, 2, 4, 2, 1).apply(in(n, "x", 3, 2, 3, 5, 5));
        assertArrayEquals(new long[]{2, 2, 10, 10}, shape(n, y), "(5 - 1) * 2 - 2 + 4 = 10");
        assertEquals(List.of("up/W", "up/b"), n.parameters());
        assertEquals(4 * 4 * 3 * 2 + 2, n.parameterCount(), "as PyTorch's ConvTranspose2d(3, 2, 4)");
        check(n, y, "x");
    }

    @Test
    void maskedConvolutionsHaveCorrectGradientsAndZeroGradientOnMaskedTaps() {
        Net n = net();
        SDVariable h = new MaskedConv2d(n, "a", 3, 6, 5, MaskedConv2d.Type.A, 3).apply(in(n, "x", 3, 2, 3, 6, 6));
        SDVariable y = new MaskedConv2d(n, "b", 6, 6, 3, MaskedConv2d.Type.B, 3).apply(h);
        assertArrayEquals(new long[]{2, 6, 6, 6}, shape(n, y), "same padding");
        assertEquals(5 * 5 * 3 * 6 + 6 + 3 * 3 * 6 * 6 + 6, n.parameterCount(), "masked taps are still parameters, as in PyTorch");
        check(n, y, "x");
        y.sum("maskLoss");
        n.sd().setLossVariables("maskLoss");
        GradientGraph.build(n.sd());
        var w = n.sd().calculateGradients(Map.of(), "a/W").get("a/W");
        MaskedConv2d probe = new MaskedConv2d(new Net(SameDiff.create(), DataType.DOUBLE, 1), "p", 3, 6, 5, MaskedConv2d.Type.A, 3);
        for (int ky = 0; ky < 5; ky++) {
            for (int kx = 0; kx < 5; kx++) {
                for (int i = 0; i < 3; i++) {
                    for (int o = 0; o < 6; o++) {
                        if (!probe.allows(ky, kx, i, o)) assertEquals(0.0, Math.abs(w.getDouble(ky, kx, i, o)), "masked tap " + ky + "," + kx + "," + i + "," + o);
                    }
                }
            }
        }
    }

    @Test
    void linear() {
        Net n = net();
        SDVariable y = new Linear(n, "lin", 5, 3).apply(in(n, "x", 1, 2, 5));
        assertEquals(List.of("lin/W", "lin/b"), n.parameters());
        check(n, y, "x");
    }

    @Test
    void linearWithoutBiasOnTokens() {
        Net n = net();
        SDVariable x = in(n, "x", 2, 2, 3, 4);                                 // [B, T, in]
        SDVariable y = new Linear(n, "lin", 4, 6, false).apply(x.reshape(-1, 4)) // [B*T, out]
                .reshape(-1, 3, 6);                                            // [B, T, out]
        assertEquals(List.of("lin/W"), n.parameters());
        check(n, y, "x");
    }

    @Test
    void conv2dStride1() {
        Net n = net();
        SDVariable y = new Conv2d(n, "conv", 3, 4, 3).apply(in(n, "x", 3, 2, 3, 4, 4));
        assertArrayEquals(new long[]{2, 4, 4, 4}, shape(n, y));
        check(n, y, "x");
    }

    @Test
    void conv2dStride2() {
        Net n = net();
        SDVariable y = new Conv2d(n, "down", 3, 4, 3, 2, 1, true).apply(in(n, "x", 4, 2, 3, 5, 5));
        assertArrayEquals(new long[]{2, 4, 3, 3}, shape(n, y));
        check(n, y, "x");
    }

    @Test
    void upsampleConv() {
        Net n = net();
        SDVariable y = new UpsampleConv(n, "up", 4, 2).apply(in(n, "x", 5, 2, 4, 3, 3));
        assertArrayEquals(new long[]{2, 2, 6, 6}, shape(n, y));
        assertEquals(List.of("up.conv/W", "up.conv/b"), n.parameters());
        check(n, y, "x");
    }

    @Test
    void groupNorm() {
        Net n = net();
        GroupNorm gn = new GroupNorm(n, "gn", 4, 8);
        // scale 1 and shift 0 would hide mistakes in their gradients' broadcasting
        n.sd().getArrForVarName("gn/scale").assign(GradCheck.gaussian(6, 8));
        n.sd().getArrForVarName("gn/shift").assign(GradCheck.gaussian(7, 8));
        SDVariable y = gn.apply(in(n, "x", 8, 2, 8, 4, 4));
        check(n, y, "x");
    }

    @Test
    void resBlockChangingChannels() {
        resBlock(8, 16);
    }

    @Test
    void resBlockKeepingChannels() {
        resBlock(16, 16);
    }

    private static void resBlock(int cin, int cout) {
        Net n = net();
        SDVariable x = in(n, "x", 9, 2, cin, 4, 4);
        SDVariable e = in(n, "e", 10, 2, 6);
        SDVariable y = new ResBlock(n, "rb", cin, cout, 6).apply(x, e);
        assertEquals(cin != cout, n.parameters().contains("rb.skip/W"));
        assertEquals("rb/out", y.name());
        check(n, y, "x", "e");
    }

    @Test
    void selfAttention() {
        Net n = net();
        SelfAttention2d attn = new SelfAttention2d(n, "attn", 16, 4);
        SDVariable y = attn.apply(in(n, "x", 11, 2, 16, 3, 3));
        assertEquals("attn/weights", attn.weightsName());
        check(n, y, "x");
    }

    @Test
    void sinusoidalEmbeddingThroughLinearAndSilu() {
        Net n = net();
        SDVariable t = n.sd().var("t", GradCheck.gaussian(12, 3).muli(3));
        SDVariable emb = new SinusoidalEmbedding(n, 8).apply(t);
        SDVariable y = new Linear(n, "t2", 12, 5).apply(n.silu(new Linear(n, "t1", 8, 12).apply(emb)));
        check(n, y, "t");
    }

    @Test
    void classEmbeddingFromOneHotAndFromLabels() {
        Net n = net();
        SDVariable oneHot = n.sd().placeHolder("y", DataType.DOUBLE, -1, 4);
        SDVariable labels = n.sd().placeHolder("labels", DataType.INT32, -1);
        ClassEmbedding ce = new ClassEmbedding(n, "cls", 4, 5);
        SDVariable y = ce.apply(oneHot).add(ce.applyLabels(labels));
        GradCheck.check(n.sd(), y, Map.of("y", Nd4j.create(new double[][]{{0, 1, 0, 0}, {0, 0, 0, 1}}),
                "labels", Nd4j.createFromArray(2, 1)), n.parameters());
    }
    @Test
    void layerNormWithoutAffine() {
        Net n = net();
        SDVariable y = new LayerNorm(n).apply(in(n, "x", 13, 5, 6).mul(3).add(1));
        assertEquals(List.of(), n.parameters());
        check(n, y, "x");
    }

    @Test
    void multiHeadAttentionOverTokens() {
        Net n = net();
        SDVariable x = in(n, "x", 14, 2, 5, 8);                                 // [B, T, D]
        MultiHeadAttention attn = new MultiHeadAttention(n, "mha", 8, 2);
        SDVariable y = attn.apply(x.reshape(-1, 8), n.shapeOf(x, new int[]{0, 1}));
        assertArrayEquals(new long[]{2, 2, 5, 5}, shape(n, n.sd().getVariable(attn.weightsName())));
        assertEquals(4 * 8 * 8 + 4 * 8, n.parameterCount(), "as PyTorch's MultiheadAttention(8, 2)");
        check(n, y, "x");
    }

    @Test
    void geluMlp() {
        Net n = net();
        SDVariable y = new Mlp(n, "mlp", 4, 16).apply(in(n, "x", 15, 6, 4).mul(2));
        assertEquals(List.of("mlp.fc1/W", "mlp.fc1/b", "mlp.fc2/W", "mlp.fc2/b"), n.parameters());
        check(n, y, "x");
    }

    @Test
    void patchifyWithPositionsAndUnpatchify() {
        Net n = net();
        PatchGrid grid = new PatchGrid(6, 4, 2);                                // 3 x 2 = 6 tokens
        SDVariable patches = new Conv2d(n, "patch", 2, 8, 2, 2, 0, true).apply(in(n, "x", 16, 2, 2, 6, 4));
        SDVariable tokens = grid.addPositions(n, grid.tokens(patches, 8), 8);   // [B*T, 8]
        SDVariable image = grid.image(new Linear(n, "out", 8, 2 * 2 * 3).apply(tokens), 3);
        assertArrayEquals(new long[]{2, 3, 6, 4}, shape(n, image));
        assertArrayEquals(new long[]{2, 8, 3, 2}, shape(n, grid.maps(tokens, 8)));
        check(n, image, "x");
    }

    @Test
    void adaLnModulationAndGateSpreadPerExampleVectorsOverTokens() {
        Net n = net();
        SDVariable rows = in(n, "rows", 17, 6, 4);                              // [B*T, D], B = 2, T = 3
        AdaLn ada = new AdaLn(n, 3);
        SDVariable y = ada.gate(ada.modulate(rows, ada.perToken(in(n, "shift", 18, 2, 4), 4), ada.perToken(in(n, "scale", 19, 2, 4), 4)),
                ada.perToken(in(n, "gate", 20, 2, 4), 4));
        check(n, y, "rows", "shift", "scale", "gate");
    }

    @Test
    void ditBlockWithAdaLnZeroMovedOffZero() {
        Net n = net();
        SDVariable x = in(n, "x", 21, 2, 5, 8);                                 // [B, T, D]
        DiTBlock block = new DiTBlock(n, "blk", 8, 2);
        SDVariable batchAndT = n.shapeOf(x, new int[]{0, 1});
        SDVariable y = block.apply(x.reshape(-1, 8), n.silu(in(n, "c", 22, 2, 8)), new AdaLn(n, 5), batchAndT);
        assertEquals(18 * 8 * 8 + 15 * 8, n.parameterCount());
        // adaLN-Zero starts every gate at 0, where the attention's and MLP's gradients are 0 too:
        // move the modulation off zero so the check reaches every parameter.
        n.sd().getVariable("blk.ada/W").setArray(GradCheck.gaussian(23, 8, 48).muli(0.5));
        n.sd().getVariable("blk.ada/b").setArray(GradCheck.gaussian(24, 48).muli(0.5));
        check(n, y, "x", "c");
    }

    @Test
    void spatialSoftArgmaxCentresAndPooledFeatures() {
        Net n = net();
        SDVariable x = in(n, "x", 25, 2, 3, 4, 5);                              // [B, C, H, W]
        SpatialSoftArgmax.Reading r = new SpatialSoftArgmax(n, "where", 3, 2, 4, 5, 2, 0.5).apply(x);
        assertArrayEquals(new long[]{2, 2, 20}, shape(n, r.attention()));
        assertArrayEquals(new long[]{2, 2, 2}, shape(n, r.centres()));
        assertArrayEquals(new long[]{2, 2, 3}, shape(n, r.pooled()));
        assertEquals(3 * 2 + 2, n.parameterCount(), "one 1x1 convolution of logits per query");
        assertArrayEquals(new long[]{2, 2}, shape(n, r.evidence()));
        check(n, n.sd().concat(2, r.centres(), r.pooled(), r.evidence().reshape(2, 2, 1)), "x");
    }

    @Test
    void spatialSoftArgmaxOfOnePeakIsThatCellsCentre() {
        Net n = net();
        var peak = org.nd4j.linalg.factory.Nd4j.zeros(DataType.DOUBLE, 1, 1, 4, 5);
        peak.putScalar(new long[]{0, 0, 2, 3}, 1.0);                            // row 2, column 3
        SDVariable x = n.sd().var("x", peak);
        SpatialSoftArgmax.Reading r = new SpatialSoftArgmax(n, "where", 1, 1, 4, 5, 2, 0.5).apply(x);
        n.sd().getVariable("where.where/W").getArr().assign(100);               // a logit of 100 at the peak, 0 elsewhere
        n.sd().getVariable("where.where/b").getArr().assign(0);
        var centre = n.sd().output(Map.of(), r.centres().name()).get(r.centres().name());
        assertEquals(0.5 + 3 * 2, centre.getDouble(0, 0, 0), 1e-9, "x of column 3");
        assertEquals(0.5 + 2 * 2, centre.getDouble(0, 0, 1), 1e-9, "y of row 2");
    }
}
