package io.genlab.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The blocks at training size in FLOAT: one forward and backward pass, batch 64, of a ResBlock(32, 32) at 28x28 and of attention at 7x7 (no timing). */
class FloatBatchTest {
    @Test
    void resBlockTrainsAtBatch64On28x28() {
        Net n = Net.create(11);
        SDVariable x = n.sd().placeHolder("x", DataType.FLOAT, -1, 32, 28, 28);
        SDVariable t = n.sd().placeHolder("t", DataType.FLOAT, -1);
        SDVariable e = new Linear(n, "temb", 64, 256).apply(new SinusoidalEmbedding(n, 64).apply(t)); // [B, 256]
        SDVariable y = new ResBlock(n, "rb", 32, 32, 256).apply(x, e);
        y.mul(y).mean("loss");
        n.sd().setLossVariables("loss");
        GradientGraph.build(n.sd());
        Map<String, INDArray> ph = Map.of("x", Nd4j.randn(DataType.FLOAT, 64, 32, 28, 28),
                "t", Nd4j.rand(DataType.FLOAT, 64).muli(1000));
        var result = n.sd().calculateGradientsAndOutputs(ph, java.util.List.of("loss", "rb/out"), n.parameters());
        assertArrayEquals(new long[]{64, 32, 28, 28}, result.getOutputs().get("rb/out").shape());
        assertEquals(DataType.FLOAT, result.getOutputs().get("rb/out").dataType());
        assertTrue(Double.isFinite(result.getOutputs().get("loss").getDouble(0)));
        for (String p : n.parameters()) {
            INDArray g = result.getGradients().get(p);
            assertArrayEquals(n.sd().getArrForVarName(p).shape(), g.shape(), p);
            double norm = g.norm2Number().doubleValue();
            assertTrue(Double.isFinite(norm) && norm > 0, p + " gradient norm " + norm);
        }
        Adam.standard(n.sd(), n.parameters(), 1e-3).apply(result.getGradients());
    }

    @Test
    void attentionTrainsAtBatch64On7x7() {
        Net n = Net.create(12);
        SDVariable x = n.sd().placeHolder("x", DataType.FLOAT, -1, 64, 7, 7);
        SelfAttention2d attn = new SelfAttention2d(n, "mid.attn", 64, 4);
        SDVariable y = attn.apply(x);
        y.mul(y).mean("loss");
        n.sd().setLossVariables("loss");
        GradientGraph.build(n.sd());
        var result = n.sd().calculateGradientsAndOutputs(Map.of("x", Nd4j.randn(DataType.FLOAT, 64, 64, 7, 7)),
                java.util.List.of("loss", attn.weightsName()), n.parameters());
        assertArrayEquals(new long[]{64, 4, 49, 49}, result.getOutputs().get(attn.weightsName()).shape());
        for (String p : n.parameters()) {
            double norm = result.getGradients().get(p).norm2Number().doubleValue();
            assertTrue(Double.isFinite(norm) && norm > 0, p + " gradient norm " + norm);
        }
    }
}
