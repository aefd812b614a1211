package io.genlab.transformer;

import io.genlab.diffusion.UNetS;
import io.genlab.nn.GradCheck;
import io.genlab.nn.GradientGraph;
import io.genlab.nn.Net;
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

/** dit-s as REFERENCE_MODELS.md lays it out: parameter counts, shapes, named outputs, gradients. */
class DiTSTest {
    private record Built(Net net, SDVariable out, Map<String, INDArray> inputs) {}

    private static Built build(int channels, int size) {
        Net n = Net.create(6);
        SDVariable x = n.sd().placeHolder("x", DataType.FLOAT, -1, channels, size, size);
        SDVariable t = n.sd().placeHolder("t", DataType.FLOAT, -1);
        SDVariable y = n.sd().placeHolder("y", DataType.INT32, -1);
        SDVariable out = new DiTS(channels, 11, size, size).build(n, x, t, y);
        Map<String, INDArray> inputs = Map.of("x", Nd4j.rand(DataType.FLOAT, 2, channels, size, size),
                "t", Nd4j.createFromArray(3f, 900f), "y", Nd4j.createFromArray(4, 10));
        return new Built(n, out, inputs);
    }

    @Test
    void ditSHas1844496ParametersAt28x28x1() {
        Built b = build(1, 28);
        assertEquals(1_844_496, b.net().parameterCount());
        assertArrayEquals(new long[]{2, 1, 28, 28}, b.net().sd().output(b.inputs(), b.out().name()).get(b.out().name()).shape());
    }

    @Test
    void ditSBuildsForShapes32x32x3WithSixtyFourTokens() {
        Built b = build(3, 32);
        assertEquals(1_844_496 + 2 * 16 * 128 + 128 * 16 * 2 + 2 * 16, b.net().parameterCount(),
                "two more input channels in the patch embedding and two more output channels per pixel");
        Map<String, INDArray> out = b.net().sd().output(b.inputs(), b.out().name(), new DiTS(3, 11, 32, 32).attentionNames().get(5), "blocks.0/maps");
        assertArrayEquals(new long[]{2, 3, 32, 32}, out.get(b.out().name()).shape());
        assertArrayEquals(new long[]{2, 4, 64, 64}, out.get(new DiTS(3, 11, 32, 32).attentionNames().get(5)).shape());
        assertArrayEquals(new long[]{2, 128, 8, 8}, out.get("blocks.0/maps").shape());
    }

    @Test
    void everyParameterGetsAGradientOnceTheModulationIsOffZero() {
        Built b = build(1, 28);
        Net n = b.net();
        for (String p : n.parameters()) {
            if (p.contains(".ada/")) n.sd().getArrForVarName(p).assign(Nd4j.randn(DataType.FLOAT, n.sd().getArrForVarName(p).shape()).muli(0.02));
        }
        SDVariable x = n.sd().getVariable("x");
        b.out().sub(x).mul(b.out().sub(x)).mean("loss");
        n.sd().setLossVariables("loss");
        GradientGraph.build(n.sd());
        Map<String, INDArray> grads = n.sd().calculateGradients(b.inputs(), n.parameters());
        for (String p : n.parameters()) {
            double norm = grads.get(p).norm2Number().doubleValue();
            assertTrue(Double.isFinite(norm) && norm > 0, p + " gradient norm " + norm);
        }
    }

    @Test
    void ditSIsTheTransformerFamily() {
        assertEquals("transformer", new DiTS(1, 11, 28, 28).family());
        assertEquals("diffusion", new UNetS(1, 11, UNetS.WIDTH).family());
    }

    /**
     * Numbers from the PyTorch twin's {@code DiTS} ({@code peer/torch_peer.py}, run in float64 with
     * its timestep embedding in float64 too) holding the weights built here from seed 7, each
     * adaLN Linear moved off zero as below. Conv W was transposed from [k, k, cin, cout] to
     * [cout, cin, k, k], Linear W transposed, q/k/v stacked into in_proj; every output agreed to 1e-15.
     */
    @Test
    void ditSMatchesThePyTorchTwin() {
        Net n = new Net(SameDiff.create(), DataType.DOUBLE, 7);
        SDVariable x = n.sd().placeHolder("x", DataType.DOUBLE, -1, 1, 28, 28);
        SDVariable t = n.sd().placeHolder("t", DataType.DOUBLE, -1);
        SDVariable y = n.sd().placeHolder("y", DataType.INT32, -1);
        SDVariable out = new DiTS(1, 11, 28, 28).build(n, x, t, y);
        int k = 0;
        for (String p : n.parameters()) {
            if (p.contains(".ada/")) n.sd().getVariable(p).setArray(GradCheck.gaussian(100 + k++, n.sd().getArrForVarName(p).shape()).muli(0.1));
        }
        INDArray o = n.sd().output(Map.of("x", GradCheck.gaussian(1, 2, 1, 28, 28), "t", Nd4j.createFromArray(3.0, 900.0),
                "y", Nd4j.createFromArray(4, 10)), out.name()).get(out.name());
        assertEquals(-88.49758325982903, o.sumNumber().doubleValue(), 1e-9);
        assertEquals(0.14848723072005804, o.getDouble(0, 0, 0, 0), 1e-12);
        assertEquals(0.053926927147038256, o.getDouble(1, 0, 27, 13), 1e-12);
        assertEquals(1.0480991019877723, o.getDouble(0, 0, 5, 9), 1e-12);
    }
}
