package io.genlab.nn;

import io.genlab.text.TextEncoder;
import io.genlab.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The blocks of text conditioning, in double precision: cross-attention with padding, its
 * feature-map form, and the text encoder. Finite-difference gradient checks, attention rows that
 * are distributions over the real tokens, and padding that changes nothing.
 */
class CrossAttentionTest {
    private static Net net() {
        return new Net(SameDiff.create(), DataType.DOUBLE, 7);
    }

    /** Two prompts of 5 slots: 3 real tokens then padding, and 5 real tokens. */
    private static INDArray real() {
        return Nd4j.create(new double[][]{{1, 1, 1, 0, 0}, {1, 1, 1, 1, 1}});
    }

    private static void check(Net n, SDVariable out, Map<String, INDArray> placeholders, String... inputs) {
        List<String> wrt = new ArrayList<>(n.parameters());
        wrt.addAll(List.of(inputs));
        GradCheck.check(n.sd(), out, placeholders, wrt);
    }

    @Test
    void crossAttentionHasCorrectGradientsAndGivesPaddingNoWeight() {
        Net n = net();
        SDVariable queries = n.sd().var("q", GradCheck.gaussian(1, 2, 4, 8));   // [B, Tq, Dq]
        SDVariable keys = n.sd().var("k", GradCheck.gaussian(2, 2, 5, 6));      // [B, Tk, Dk]
        SDVariable mask = CrossAttention.keyMask(n, n.sd().constant(real()));
        CrossAttention attn = new CrossAttention(n, "x", 8, 6, 2);
        SDVariable y = attn.apply(queries.reshape(-1, 8), n.shapeOf(queries, new int[]{0, 1}),
                keys.reshape(-1, 6), n.shapeOf(keys, new int[]{0, 1}), mask);
        assertEquals(2 * 8 * 8 + 2 * 6 * 8 + 4 * 8, n.parameterCount(), "q and out 8->8, k and v 6->8, biased");
        INDArray w = n.sd().output(Map.of(), attn.weightsName()).get(attn.weightsName());  // [B, heads, Tq, Tk]
        assertArrayEquals(new long[]{2, 2, 4, 5}, w.shape());
        assertEquals(0, w.sum(3).sub(1).amaxNumber().doubleValue(), 1e-12, "each query's weights sum to 1");
        assertEquals(0, w.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(3, 5))
                .amaxNumber().doubleValue(), 0, "padding keys get weight 0");
        check(n, y, Map.of(), "q", "k");
    }

    @Test
    void whatStandsInThePaddingChangesNothing() {
        Net n = net();
        SDVariable keys = n.sd().placeHolder("k", DataType.DOUBLE, -1, 5, 6);
        SDVariable queries = n.sd().var("q", GradCheck.gaussian(1, 2, 4, 8));
        CrossAttention attn = new CrossAttention(n, "x", 8, 6, 2);
        SDVariable y = attn.apply(queries.reshape(-1, 8), n.shapeOf(queries, new int[]{0, 1}),
                keys.reshape(-1, 6), n.shapeOf(keys, new int[]{0, 1}), CrossAttention.keyMask(n, n.sd().constant(real())));
        INDArray k = GradCheck.gaussian(2, 2, 5, 6);
        INDArray before = n.sd().output(Map.of("k", k), y.name()).get(y.name());
        k.get(NDArrayIndex.point(0), NDArrayIndex.interval(3, 5), NDArrayIndex.all()).assign(GradCheck.gaussian(3, 2, 6).muli(50));
        INDArray after = n.sd().output(Map.of("k", k), y.name()).get(y.name());
        assertEquals(0, before.sub(after).amaxNumber().doubleValue(), 0);
    }

    @Test
    void crossAttentionFromAFeatureMapToTokens() {
        Net n = net();
        SDVariable x = n.sd().var("x", GradCheck.gaussian(4, 2, 16, 3, 3));      // [B, C, H, W]
        SDVariable tokens = n.sd().var("tok", GradCheck.gaussian(5, 2 * 5, 6)); // [B*T, D]
        SDVariable batchAndT = n.sd().constant(Nd4j.createFromArray(2L, 5L));
        CrossAttention2d block = new CrossAttention2d(n, "xattn", 16, 6, 4);
        SDVariable y = block.apply(x, new TokenRows(tokens, batchAndT, CrossAttention.keyMask(n, n.sd().constant(real()))));
        assertEquals("xattn/weights", block.weightsName());
        INDArray w = n.sd().output(Map.of(), block.weightsName()).get(block.weightsName());
        assertArrayEquals(new long[]{2, 4, 9, 5}, w.shape(), "[B, heads, HW, T]");
        check(n, y, Map.of(), "x", "tok");
    }

    @Test
    void ditBlockWithCrossAttentionMovedOffZero() {
        Net n = net();
        SDVariable x = n.sd().var("x", GradCheck.gaussian(8, 2, 4, 4));         // [B, T, D]
        SDVariable tokens = n.sd().var("tok", GradCheck.gaussian(9, 2 * 5, 6)); // [B*Tk, Dk]
        DiTBlock block = DiTBlock.withCrossAttention(n, "blk", 4, 2, 6);
        SDVariable y = block.apply(x.reshape(-1, 4), n.silu(n.sd().var("c", GradCheck.gaussian(10, 2, 4))), new AdaLn(n, 4),
                n.shapeOf(x, new int[]{0, 1}), new TokenRows(tokens, n.sd().constant(Nd4j.createFromArray(2L, 5L)),
                        CrossAttention.keyMask(n, n.sd().constant(real()))));
        assertEquals(18 * 4 * 4 + 15 * 4 + 2 * 4 * 4 + 2 * 4 * 6 + 4 * 4, n.parameterCount(), "a DiT block and a cross-attention");
        INDArray w = n.sd().output(Map.of(), block.crossAttention().orElseThrow().weightsName()).get("blk.xattn/weights");
        assertArrayEquals(new long[]{2, 2, 4, 5}, w.shape(), "[B, heads, T, Tk]");
        assertEquals(0, w.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(3, 5))
                .amaxNumber().doubleValue(), 0, "no weight on the padding");
        assertEquals(0, n.sd().getArrForVarName("blk.xattn.out/W").amaxNumber().doubleValue(), 0,
                "the cross-attention starts as nothing added, like the adaLN-Zero gates");
        // Zero starts (the gates, the out-projection) hide the gradients behind them: move them off zero.
        n.sd().getVariable("blk.ada/W").setArray(GradCheck.gaussian(11, 4, 24).muli(0.5));
        n.sd().getVariable("blk.ada/b").setArray(GradCheck.gaussian(12, 24).muli(0.5));
        n.sd().getVariable("blk.xattn.out/W").setArray(GradCheck.gaussian(13, 4, 4).muli(0.5));
        check(n, y, Map.of(), "x", "c", "tok");
    }

    @Test
    void aDiTBlockReadsWordsExactlyWhenItHasCrossAttention() {
        Net n = net();
        SDVariable rows = n.sd().var("x", GradCheck.gaussian(14, 8, 8));
        SDVariable c = n.sd().var("c", GradCheck.gaussian(15, 2, 8));
        SDVariable batchAndT = n.sd().constant(Nd4j.createFromArray(2L, 4L));
        TokenRows words = new TokenRows(n.sd().var("tok", GradCheck.gaussian(16, 10, 6)), n.sd().constant(Nd4j.createFromArray(2L, 5L)),
                CrossAttention.keyMask(n, n.sd().constant(real())));
        DiTBlock plain = new DiTBlock(n, "plain", 8, 2);
        DiTBlock reading = DiTBlock.withCrossAttention(n, "reading", 8, 2, 6);
        assertTrue(plain.crossAttention().isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plain.apply(rows, c, new AdaLn(n, 4), batchAndT, words));
        assertTrue(e.getMessage().contains("no cross-attention"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> reading.apply(rows, c, new AdaLn(n, 4), batchAndT));
        assertTrue(e.getMessage().contains("needs the prompt's words"), e.getMessage());
    }

    @Test
    void textEncoderHasCorrectGradientsAndPoolsOnlyTheRealTokens() {
        Net n = net();
        SDVariable ids = n.sd().placeHolder("ids", DataType.INT32, -1, 5);
        TextEncoder encoder = new TextEncoder(n, "text", 7, 5, 8, 2, 2);
        TextEncoder.Encoded out = encoder.apply(ids);
        INDArray prompts = Nd4j.createFromArray(new int[][]{{3, 4, 5, Tokenizer.PAD_ID, Tokenizer.PAD_ID}, {Tokenizer.EMPTY_ID, 0, 0, 0, 0}});
        Map<String, INDArray> ph = Map.of("ids", prompts);
        Map<String, INDArray> v = n.sd().output(ph, out.tokens().rows().name(), out.pooled().name());
        INDArray rows = v.get(out.tokens().rows().name());                        // [B*T, D]
        assertArrayEquals(new long[]{10, 8}, rows.shape());
        INDArray meanOfReal = rows.get(NDArrayIndex.interval(0, 3), NDArrayIndex.all()).mean(0);
        assertEquals(0, v.get(out.pooled().name()).getRow(0).sub(meanOfReal).amaxNumber().doubleValue(), 1e-12);
        assertEquals(0, v.get(out.pooled().name()).getRow(1).sub(rows.getRow(5)).amaxNumber().doubleValue(), 1e-12,
                "the empty prompt is its one token");
        GradCheck.check(n.sd(), out.tokens().rows().add(out.pooled().mul(0.5).reshape(-1, 1, 8).add(
                out.tokens().rows().reshape(-1, 5, 8)).reshape(-1, 8)), ph, n.parameters());
        assertTrue(encoder.attentionNames().size() == 2);
    }
}
