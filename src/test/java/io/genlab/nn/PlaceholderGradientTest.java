package io.genlab.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Pins a SameDiff M2.1 pitfall: {@code calculateGradients} returns no gradient for a
 * placeholder that reaches the loss through ops such as reshape or a scalar multiply, while the
 * same input held in a variable gets the right one. Take gradients with respect to an input
 * (saliency, guidance) by holding it in a variable and assigning each batch into it.
 */
class PlaceholderGradientTest {
    private static Map<String, INDArray> gradients(boolean placeholder) {
        SameDiff sd = SameDiff.create();
        INDArray x0 = GradCheck.gaussian(2, 2, 3, 4);
        SDVariable x = placeholder ? sd.placeHolder("x", DataType.DOUBLE, -1, 3, 4) : sd.var("x", x0);
        SDVariable w = sd.var("w", GradCheck.gaussian(1, 4, 4));
        x.mul(2).reshape(-1, 4).mmul(w).sum("loss");                          // [B*3, 4] -> scalar
        sd.setLossVariables("loss");
        GradientGraph.build(sd);
        return sd.calculateGradients(placeholder ? Map.of("x", x0) : Map.of(), "x", "w");
    }

    @Test
    void placeholderGradientIsMissingButVariableGradientIsRight() {
        assertNull(gradients(true).get("x"));
        INDArray g = gradients(false).get("x");                                // [2, 3, 4]
        INDArray w = GradCheck.gaussian(1, 4, 4);
        INDArray rowSums = w.sum(1).mul(2);                                    // d loss / d x[b, t, i] = 2 sum_j w[i, j]
        for (int i = 0; i < 4; i++) assertEquals(rowSums.getDouble(i), g.getDouble(1, 2, i), 1e-12);
    }
}
