package io.genlab.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The masked activations give exactly the values and gradients of SameDiff's own ops. */
class ActivationsTest {
    @Test
    void reluMatchesSameDiffsReluBitForBit() {
        same(x -> x.getSameDiff().nn.relu(x, 0), Activations::relu);
    }

    @Test
    void leakyReluMatchesSameDiffsLeakyReluBitForBit() {
        same(x -> x.getSameDiff().nn.leakyRelu(x, 0.2), x -> Activations.leakyRelu(x, 0.2));
    }

    /** Values and the gradients of sum(f(x) * R) for x [3, 4, 5, 5] with zeros among its entries. */
    private static void same(UnaryOperator<SDVariable> reference, UnaryOperator<SDVariable> masked) {
        float[][] ref = run(reference), got = run(masked);
        assertArrayEquals(ref[0], got[0], 0f, "values");
        assertArrayEquals(ref[1], got[1], 0f, "gradients");
    }

    private static float[][] run(UnaryOperator<SDVariable> f) {
        SameDiff sd = SameDiff.create();
        INDArray x0 = GradCheck.gaussian(1, 3, 4, 5, 5).castTo(DataType.FLOAT);
        for (long i = 0; i < x0.length(); i += 7) x0.putScalar(i, 0);
        SDVariable x = sd.var("x", x0);
        SDVariable r = sd.constant(GradCheck.gaussian(2, 3, 4, 5, 5).castTo(DataType.FLOAT));
        SDVariable y = sd.identity("y", f.apply(x));
        sd.setLossVariables(y.mul(r).sum());
        OutAndGrad out = Backprop.run(sd, Map.of(), List.of("y"), List.of("x"));
        return new float[][]{out.getOutputs().get("y").dup('c').data().asFloat(), out.getGradients().get("x").dup('c').data().asFloat()};
    }
}
