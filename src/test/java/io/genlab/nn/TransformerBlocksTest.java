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
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the transformer blocks compute: LayerNorm, GELU, attention weights, patches and positions, adaLN-Zero. */
class TransformerBlocksTest {
    private static Net net() {
        return new Net(SameDiff.create(), DataType.DOUBLE, 5);
    }

    private static INDArray run(Net n, SDVariable v, Map<String, INDArray> placeholders) {
        return n.sd().output(placeholders, v.name()).get(v.name());
    }

    @Test
    void layerNormGivesEveryRowMeanZeroAndVarianceOne() {
        Net n = net();
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1, 16);
        INDArray out = run(n, new LayerNorm(n).apply(x), Map.of("x", GradCheck.gaussian(1, 4, 16).muli(3).addi(2)));
        for (int r = 0; r < 4; r++) {
            INDArray row = out.getRow(r);
            double mean = row.meanNumber().doubleValue();
            assertEquals(0, mean, 1e-12);
            assertEquals(1, row.sub(mean).muli(row.sub(mean)).meanNumber().doubleValue(), 1e-5, "biased variance, eps 1e-5");
        }
    }

    @Test
    void geluIsTheExactErfFormOfPyTorch() {
        Net n = net();
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1);
        INDArray out = run(n, n.gelu(x), Map.of("x", Nd4j.createFromArray(-3.0, -1.0, 0.0, 0.5, 2.0)));
        double[] torch = {-0.0040496, -0.15865525, 0.0, 0.34573123, 1.95449974};  // torch.nn.functional.gelu
        for (int i = 0; i < torch.length; i++) assertEquals(torch[i], out.getDouble(i), 1e-7);
    }

    @Test
    void attentionWeightsAreADistributionOverTheKeysPerQueryAndHead() {
        Net n = net();
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1, 6, 8);      // [B, T, D]
        MultiHeadAttention attn = new MultiHeadAttention(n, "mha", 8, 4);
        SDVariable y = attn.apply(x.reshape(-1, 8), n.shapeOf(x, new int[]{0, 1}));
        Map<String, INDArray> out = n.sd().output(Map.of("x", GradCheck.gaussian(2, 3, 6, 8)), y.name(), attn.weightsName());
        assertArrayEquals(new long[]{18, 8}, out.get(y.name()).shape());
        INDArray w = out.get(attn.weightsName());                               // [B, heads, T, T]
        assertArrayEquals(new long[]{3, 4, 6, 6}, w.shape());
        INDArray sums = w.sum(3);
        assertEquals(0, sums.sub(1).amaxNumber().doubleValue(), 1e-12);
        assertEquals(true, w.minNumber().doubleValue() >= 0, "weights are never negative");
        assertThrows(IllegalArgumentException.class, () -> new MultiHeadAttention(net(), "bad", 10, 4));
    }

    @Test
    void tokensAreNumberedInRasterOrderAndUnpatchifyPutsEveryValueInItsPixel() {
        Net n = net();
        PatchGrid grid = new PatchGrid(6, 4, 2);                                // 3 rows x 2 columns of 2x2 patches
        assertEquals(6, grid.tokens());
        INDArray map = Nd4j.create(DataType.DOUBLE, 1, 1, 3, 2);                // [B, D=1, rows, columns]
        for (int r = 0; r < 3; r++) for (int c = 0; c < 2; c++) map.putScalar(new int[]{0, 0, r, c}, 10 * r + c);
        SDVariable m = n.sd().placeHolder("m", DataType.DOUBLE, -1, 1, 3, 2);
        INDArray tokens = run(n, grid.tokens(m, 1), Map.of("m", map));          // [T, 1]
        assertArrayEquals(new double[]{0, 1, 10, 11, 20, 21}, tokens.reshape(6).toDoubleVector(), 0);

        int channels = 3;                                                       // each token's row: (py, px, c)
        INDArray rows = Nd4j.create(DataType.DOUBLE, 6, 2 * 2 * channels);
        for (int t = 0; t < 6; t++) {
            for (int py = 0; py < 2; py++) for (int px = 0; px < 2; px++) for (int ch = 0; ch < channels; ch++) {
                rows.putScalar(t, (py * 2 + px) * channels + ch, 1000 * ch + 100 * t + 10 * py + px);
            }
        }
        SDVariable r = n.sd().placeHolder("r", DataType.DOUBLE, -1, 12);
        INDArray image = run(n, grid.image(r, channels), Map.of("r", rows));    // [1, 3, 6, 4]
        assertArrayEquals(new long[]{1, 3, 6, 4}, image.shape());
        for (int ch = 0; ch < channels; ch++) for (int y = 0; y < 6; y++) for (int x = 0; x < 4; x++) {
            int token = (y / 2) * 2 + x / 2;
            assertEquals(1000 * ch + 100 * token + 10 * (y % 2) + x % 2, image.getDouble(0, ch, y, x), 0, "pixel " + ch + "," + y + "," + x);
        }
    }

    @Test
    void patchifyThenUnpatchifyIsTheIdentity() {
        Net n = net();
        PatchGrid grid = new PatchGrid(8, 12, 4);
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1, 3, 8, 12);
        SDVariable rows = grid.patches(x, 3);
        SDVariable back = grid.image(rows, 3);
        INDArray x0 = GradCheck.gaussian(9, 2, 3, 8, 12);
        Map<String, INDArray> out = n.sd().output(Map.of("x", x0), rows.name(), back.name());
        assertArrayEquals(new long[]{2 * 6, 4 * 4 * 3}, out.get(rows.name()).shape(), "2 x 3 patches of 4x4x3 per image");
        assertEquals(x0, out.get(back.name()));
        assertEquals(x0.getDouble(1, 2, 5, 9), out.get(rows.name()).getDouble(6 + 1 * 3 + 2, (1 * 4 + 1) * 3 + 2), 0,
                "pixel (5, 9) of channel 2 is in token (1, 2) at patch position (1, 1)");
    }

    @Test
    void positionsEncodeRowThenColumnAsSinesAndCosines() {
        PatchGrid grid = new PatchGrid(28, 28, 4);
        INDArray p = grid.positions(128);                                       // [49, 128]
        assertArrayEquals(new long[]{49, 128}, p.shape());
        int token = 3 * 7 + 5;                                                  // row 3, column 5
        double f5 = Math.pow(10000, -5 / 32.0);
        assertEquals(Math.sin(3 * f5), p.getDouble(token, 5), 1e-12);
        assertEquals(Math.cos(3 * f5), p.getDouble(token, 32 + 5), 1e-12);
        assertEquals(Math.sin(5 * f5), p.getDouble(token, 64 + 5), 1e-12);
        assertEquals(Math.cos(5 * f5), p.getDouble(token, 96 + 5), 1e-12);
        assertEquals(0, p.getRow(0).sum().getDouble(0) - 64, 1e-12, "token 0: every sine 0, every cosine 1");
        assertThrows(IllegalArgumentException.class, () -> new PatchGrid(28, 30, 4));
    }

    @Test
    void perTokenPutsEachExamplesVectorOnEachOfItsTokenRowsForAnyBatchSize() {
        Net n = net();
        SDVariable rows = n.sd().placeHolder("rows", DataType.DOUBLE, -1, 2);   // [B*T, D], T = 3
        SDVariable v = n.sd().placeHolder("v", DataType.DOUBLE, -1, 2);         // [B, 2]
        SDVariable spread = new AdaLn(n, 3).perToken(v, 2);
        for (int b : new int[]{1, 4}) {
            INDArray vs = GradCheck.gaussian(b, b, 2);
            INDArray out = n.sd().output(Map.of("rows", Nd4j.zeros(DataType.DOUBLE, 3L * b, 2), "v", vs), spread.name()).get(spread.name());
            assertArrayEquals(new long[]{3L * b, 2}, out.shape());
            for (int r = 0; r < 3 * b; r++) assertEquals(vs.getRow(r / 3), out.getRow(r), "row " + r + " of batch " + b);
        }
    }

    @Test
    void aDiTBlockStartsAsTheIdentityAndItsGatesSwitchItsBranches() {
        Net n = net();
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1, 5, 8);      // [B, T, D]
        SDVariable c = n.sd().placeHolder("c", DataType.DOUBLE, -1, 8);
        DiTBlock block = new DiTBlock(n, "blk", 8, 2);
        SDVariable batchAndT = n.shapeOf(x, new int[]{0, 1});
        SDVariable y = block.apply(x.reshape(-1, 8), c, new AdaLn(n, 5), batchAndT);
        INDArray x0 = GradCheck.gaussian(3, 2, 5, 8), c0 = GradCheck.gaussian(4, 2, 8);
        Map<String, INDArray> ph = Map.of("x", x0, "c", c0);
        assertEquals(0, run(n, y, ph).sub(x0.reshape(10, 8)).amaxNumber().doubleValue(), 0, "adaLN-Zero: the identity at init");

        // Bias only: shift1, scale1, gate1, shift2, scale2, gate2 = 0, 0, 1, 0, 0, 0 leaves x + MHA(LN(x)).
        INDArray bias = Nd4j.zeros(DataType.DOUBLE, 48);
        bias.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(16, 24)).assign(1);
        n.sd().getVariable("blk.ada/b").setArray(bias);
        Net ref = net();                                                        // the same attention, alone
        SDVariable rx = ref.sd().placeHolder("x", DataType.DOUBLE, -1, 5, 8);
        MultiHeadAttention attn = new MultiHeadAttention(ref, "blk.attn", 8, 2);
        SDVariable ry = rx.reshape(-1, 8).add(attn.apply(new LayerNorm(ref).apply(rx.reshape(-1, 8)), ref.shapeOf(rx, new int[]{0, 1})));
        for (String p : attn.parameters()) ref.sd().getVariable(p).setArray(n.sd().getArrForVarName(p).dup());
        INDArray expected = run(ref, ry, Map.of("x", x0));
        assertEquals(0, run(n, y, ph).sub(expected).amaxNumber().doubleValue(), 1e-12);
    }
}
