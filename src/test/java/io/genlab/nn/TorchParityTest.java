package io.genlab.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Numbers from the PyTorch twin ({@code peer/torch_peer.py}: its ResBlock and SelfAttention2d,
 * in float64) for blocks built here from seed 7 on fixed inputs. The weights were copied into
 * the torch modules (Conv W transposed from [k, k, cin, cout] to [cout, cin, k, k], Linear W
 * transposed, q/k/v stacked into in_proj); every output agreed to 1e-15.
 */
class TorchParityTest {
    @Test
    void resBlockAndAttentionMatchPyTorch() {
        Net n = new Net(SameDiff.create(), DataType.DOUBLE, 7);
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1, 8, 3, 3);
        SDVariable e = n.sd().placeHolder("e", DataType.DOUBLE, -1, 6);
        SDVariable rb = new ResBlock(n, "rb", 8, 16, 6).apply(x, e);              // [2, 16, 3, 3]
        SelfAttention2d attn = new SelfAttention2d(n, "attn", 16, 4);
        SDVariable y = attn.apply(rb);                                             // [2, 16, 3, 3]
        Map<String, INDArray> out = n.sd().output(
                Map.of("x", GradCheck.gaussian(1, 2, 8, 3, 3), "e", GradCheck.gaussian(2, 2, 6)),
                rb.name(), y.name(), attn.weightsName());
        INDArray r = out.get(rb.name()), a = out.get(y.name()), w = out.get(attn.weightsName());
        assertEquals(13.036541757018536, r.sumNumber().doubleValue(), 1e-9);
        assertEquals(-1.2548936340859276, r.getDouble(0, 0, 0, 0), 1e-12);
        assertEquals(0.7031421313326935, r.getDouble(1, 15, 2, 2), 1e-12);
        assertEquals(15.979655879541728, a.sumNumber().doubleValue(), 1e-9);
        assertEquals(0.9416460770348742, a.getDouble(1, 3, 1, 2), 1e-12);
        assertEquals(0.08622363642236767, w.getDouble(1, 2, 4, 7), 1e-12);
    }
}
