package io.genlab.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the blocks compute, against PyTorch's definitions: normalisation, attention, embeddings, init, names. */
class BlockSemanticsTest {
    private static Net net() {
        return new Net(SameDiff.create(), DataType.DOUBLE, 3);
    }

    @Test
    void groupNormGivesEveryGroupMeanZeroAndVarianceOne() {
        Net n = net();
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1, 8, 5, 5);
        SDVariable y = new GroupNorm(n, "gn", 4, 8).apply(x);
        INDArray x0 = GradCheck.gaussian(1, 3, 8, 5, 5).muli(3).addi(2);         // mean 2, sd 3
        INDArray out = n.sd().output(Map.of("x", x0), y.name()).get(y.name());
        assertArrayEquals(new long[]{3, 8, 5, 5}, out.shape());
        INDArray groups = out.reshape(3, 4, 2 * 5 * 5);                          // [B, G, C/G*H*W]
        for (int b = 0; b < 3; b++) {
            for (int g = 0; g < 4; g++) {
                INDArray v = groups.get(org.nd4j.linalg.indexing.NDArrayIndex.point(b), org.nd4j.linalg.indexing.NDArrayIndex.point(g));
                double mean = v.meanNumber().doubleValue();
                double var = v.sub(mean).muli(v.sub(mean)).meanNumber().doubleValue(); // biased, as PyTorch
                assertEquals(0, mean, 1e-12);
                assertEquals(1, var, 1e-4);                                      // eps 1e-5 pulls it just below 1
                assertTrue(var < 1);
            }
        }
    }

    @Test
    void groupNormScalesAndShiftsEachChannelInBothPrecisions() {
        for (DataType type : List.of(DataType.DOUBLE, DataType.FLOAT)) {
            Net n = new Net(SameDiff.create(), type, 3);
            SDVariable x = n.sd().placeHolder("x", type, -1, 4, 3, 2);
            SDVariable y = new GroupNorm(n, "gn", 2, 4).apply(x);
            double[] scale = {2, -1, 0.5, 3}, shift = {0.25, -2, 1, 0};
            n.sd().getVariable("gn/scale").setArray(Nd4j.createFromArray(scale).castTo(type));
            n.sd().getVariable("gn/shift").setArray(Nd4j.createFromArray(shift).castTo(type));
            INDArray x0 = GradCheck.gaussian(4, 2, 4, 3, 2);
            INDArray out = n.sd().output(Map.of("x", x0.castTo(type)), y.name()).get(y.name());
            for (int b = 0; b < 2; b++) {
                for (int g = 0; g < 2; g++) {
                    INDArray group = x0.get(org.nd4j.linalg.indexing.NDArrayIndex.point(b),
                            org.nd4j.linalg.indexing.NDArrayIndex.interval(2 * g, 2 * g + 2));    // [2, 3, 2]
                    double mean = group.meanNumber().doubleValue();
                    double var = group.sub(mean).muli(group.sub(mean)).meanNumber().doubleValue();
                    for (int c = 2 * g; c < 2 * g + 2; c++) {
                        for (int i = 0; i < 3; i++) {
                            for (int j = 0; j < 2; j++) {
                                double expected = (x0.getDouble(b, c, i, j) - mean) / Math.sqrt(var + GroupNorm.EPS) * scale[c] + shift[c];
                                assertEquals(expected, out.getDouble(b, c, i, j), type == DataType.DOUBLE ? 1e-12 : 1e-5, type + " b" + b + " c" + c);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void groupNormUsesPyTorchsEpsilon() {
        Net n = net();
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1, 2, 1, 2);
        SDVariable y = new GroupNorm(n, "gn", 1, 2).apply(x);
        // values -a, a, -a, a: mean 0, variance a^2; with a = 0.01 the eps 1e-5 is visible
        INDArray x0 = Nd4j.create(new double[]{-0.01, 0.01, -0.01, 0.01}, new long[]{1, 2, 1, 2});
        double expected = 0.01 / Math.sqrt(1e-4 + 1e-5);
        assertEquals(expected, n.sd().output(Map.of("x", x0), y.name()).get(y.name()).getDouble(0, 1, 0, 1), 1e-12);
    }

    @Test
    void attentionWeightsAreNamedShapedAndRowsSumToOne() {
        Net n = net();
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1, 16, 4, 3);
        SelfAttention2d attn = new SelfAttention2d(n, "mid.attn", 16, 4);
        SDVariable y = attn.apply(x);
        assertEquals("mid.attn/weights", attn.weightsName());
        assertEquals("mid.attn/out", y.name());
        Map<String, INDArray> out = n.sd().output(Map.of("x", GradCheck.gaussian(2, 2, 16, 4, 3).muli(4)), y.name(), "mid.attn/weights");
        INDArray w = out.get("mid.attn/weights");
        assertArrayEquals(new long[]{2, 4, 12, 12}, w.shape());                  // [B, heads, HW, HW]
        INDArray rows = w.sum(3);
        for (long i = 0; i < rows.length(); i++) assertEquals(1, rows.getDouble(i), 1e-12);
        assertTrue(w.minNumber().doubleValue() >= 0);
        assertArrayEquals(new long[]{2, 16, 4, 3}, out.get(y.name()).shape());
    }

    @Test
    void attentionAppliedTwiceGetsDistinctWeightNames() {
        Net n = net();
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1, 8, 2, 2);
        SelfAttention2d attn = new SelfAttention2d(n, "a", 8, 2);
        attn.apply(attn.apply(x));
        assertEquals("a/weights_1", attn.weightsName());
    }

    @Test
    void sinusoidalEmbeddingGoldenValues() {
        Net n = net();
        SDVariable t = n.sd().placeHolder("t", DataType.DOUBLE, -1);
        SDVariable e = new SinusoidalEmbedding(n, 8).apply(t);                    // f = 1, 0.1, 0.01, 0.001
        INDArray out = n.sd().output(Map.of("t", Nd4j.createFromArray(0.0, 1.0)), e.name()).get(e.name());
        assertArrayEquals(new double[]{0, 0, 0, 0, 1, 1, 1, 1}, out.getRow(0).toDoubleVector(), 1e-15);
        assertArrayEquals(new double[]{0.8414709848078965, 0.09983341664682815, 0.009999833334166664, 9.999998333333417E-4,
                0.5403023058681398, 0.9950041652780258, 0.9999500004166653, 0.9999995000000417}, out.getRow(1).toDoubleVector(), 1e-12);
        assertArrayEquals(new double[]{1, 0.1, 0.01, 0.001}, SinusoidalEmbedding.frequencies(8), 1e-15);
        assertEquals(Math.pow(10000, -1.0 / 32), SinusoidalEmbedding.frequencies(64)[1], 1e-15);  // unet-s: f_i = 10000^(-i/32)
    }

    @Test
    void classEmbeddingRowsAreTheTable() {
        Net n = net();
        SDVariable labels = n.sd().placeHolder("y", DataType.INT32, -1);
        SDVariable e = new ClassEmbedding(n, "cls", 11, 4).applyLabels(labels);
        INDArray out = n.sd().output(Map.of("y", Nd4j.createFromArray(10, 3)), e.name()).get(e.name());
        INDArray table = n.sd().getArrForVarName("cls/E");
        assertEquals(table.getRow(10), out.getRow(0));
        assertEquals(table.getRow(3), out.getRow(1));
        assertEquals(List.of("cls/E"), n.parameters());                           // no bias
    }

    @Test
    void initialisationIsPyTorchsDefaultAndDeterministic() {
        Net a = net(), b = net(), c = new Net(SameDiff.create(), DataType.DOUBLE, 4);
        for (Net n : List.of(a, b, c)) new ResBlock(n, "enc1.0", 16, 32, 64);
        assertEquals(List.of("enc1.0.norm1/scale", "enc1.0.norm1/shift", "enc1.0.conv1/W", "enc1.0.conv1/b",
                "enc1.0.emb/W", "enc1.0.emb/b", "enc1.0.norm2/scale", "enc1.0.norm2/shift", "enc1.0.conv2/W", "enc1.0.conv2/b",
                "enc1.0.skip/W", "enc1.0.skip/b"), a.parameters());
        for (String p : a.parameters()) assertEquals(a.sd().getArrForVarName(p), b.sd().getArrForVarName(p), p);
        assertNotEquals(a.sd().getArrForVarName("enc1.0.conv1/W"), c.sd().getArrForVarName("enc1.0.conv1/W"));
        assertBound(a, "enc1.0.conv1/W", 1 / Math.sqrt(16 * 9));
        assertBound(a, "enc1.0.conv1/b", 1 / Math.sqrt(16 * 9));
        assertBound(a, "enc1.0.conv2/W", 1 / Math.sqrt(32 * 9));
        assertBound(a, "enc1.0.skip/W", 1 / Math.sqrt(16));
        assertBound(a, "enc1.0.emb/W", 1 / Math.sqrt(64));
        assertArrayEquals(new long[]{3, 3, 16, 32}, a.sd().getArrForVarName("enc1.0.conv1/W").shape());
        assertArrayEquals(new long[]{64, 32}, a.sd().getArrForVarName("enc1.0.emb/W").shape());
        assertEquals(32.0, a.sd().getArrForVarName("enc1.0.norm2/scale").sumNumber().doubleValue());
        assertEquals(0.0, a.sd().getArrForVarName("enc1.0.norm2/shift").sumNumber().doubleValue());
    }

    private static void assertBound(Net n, String name, double bound) {
        INDArray w = n.sd().getArrForVarName(name);
        assertTrue(w.amaxNumber().doubleValue() <= bound, name);
        assertTrue(w.amaxNumber().doubleValue() > 0.8 * bound, name + " does not use its range");
    }

    @Test
    void badSizesAndDuplicateNamesAreErrors() {
        Net n = net();
        assertThrows(IllegalArgumentException.class, () -> new GroupNorm(n, "gn", 8, 12));
        assertThrows(IllegalArgumentException.class, () -> new SelfAttention2d(n, "at", 16, 3));
        assertThrows(IllegalArgumentException.class, () -> new SinusoidalEmbedding(n, 7));
        assertThrows(IllegalArgumentException.class, () -> new Linear(n, "a/b", 2, 2));
        new Linear(n, "fc", 2, 2);
        assertThrows(IllegalArgumentException.class, () -> new Linear(n, "fc", 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new Net(SameDiff.create(), DataType.INT32, 1));
    }
}
