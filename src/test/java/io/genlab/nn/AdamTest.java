package io.genlab.nn;

import io.genlab.data.Tensor;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Adam's flat-buffer update against Algorithm 1 written out per variable, in double precision. */
class AdamTest {
    private static final List<String> NAMES = List.of("w", "b", "s");

    private static SameDiff graph() {
        SameDiff sd = SameDiff.create();
        sd.var("w", GradCheck.gaussian(1, 3, 4));
        sd.var("b", GradCheck.gaussian(2, 4));
        sd.var("s", GradCheck.gaussian(3, 2, 1, 2, 2));
        return sd;
    }

    private static Map<String, INDArray> gradients(SameDiff sd, long seed) {
        Map<String, INDArray> g = new LinkedHashMap<>();
        for (String n : NAMES) g.put(n, GradCheck.gaussian(seed * 10 + n.hashCode(), sd.getArrForVarName(n).shape()).muli(0.1 * (seed + 1)));
        return g;
    }

    @Test
    void updatesAsAlgorithmOneWithDecoupledWeightDecay() {
        double lr = 0.01, b1 = 0.5, b2 = 0.999, eps = 1e-8, wd = 0.1;
        SameDiff sd = graph(), ref = graph();
        Adam adam = new Adam(sd, NAMES, lr, b1, b2, eps, wd);
        Map<String, INDArray> m = new LinkedHashMap<>(), v = new LinkedHashMap<>();
        for (String n : NAMES) {
            m.put(n, ref.getArrForVarName(n).like().assign(0));
            v.put(n, ref.getArrForVarName(n).like().assign(0));
        }
        for (int t = 1; t <= 4; t++) {
            Map<String, INDArray> g = gradients(sd, t);
            for (String n : NAMES) {                                                  // PyTorch's AdamW
                INDArray p = ref.getArrForVarName(n), gi = g.get(n);
                m.get(n).muli(b1).addi(gi.mul(1 - b1));
                v.get(n).muli(b2).addi(gi.mul(gi).muli(1 - b2));
                p.muli(1 - lr * wd);
                INDArray vHat = v.get(n).div(1 - Math.pow(b2, t)), mHat = m.get(n).div(1 - Math.pow(b1, t));
                p.subi(mHat.div(org.nd4j.linalg.ops.transforms.Transforms.sqrt(vHat, true).addi(eps)).muli(lr));
            }
            adam.apply(g);
            for (String n : NAMES) {
                assertArrayEquals(ref.getArrForVarName(n).data().asDouble(), sd.getArrForVarName(n).dup().data().asDouble(), 1e-12, n + " at step " + t);
            }
        }
        assertEquals(4, adam.iterations());
    }

    @Test
    void gathersTheGradientsIntoOneFlatBufferInVariableOrder() {
        SameDiff sd = graph();
        Adam adam = Adam.standard(sd, NAMES, 1e-3);
        Map<String, INDArray> g = gradients(sd, 1);
        INDArray flat = adam.gather(g);
        assertEquals(12 + 4 + 8, flat.length());
        double sq = 0;
        int at = 0;
        for (String n : NAMES) {
            double[] gi = g.get(n).dup('c').data().asDouble();
            for (double x : gi) {
                assertEquals(x, flat.getDouble(at++));
                sq += x * x;
            }
        }
        assertEquals(Math.sqrt(sq), flat.norm2Number().doubleValue(), 1e-12);
    }

    @Test
    void aRestoredStateContinuesExactly() {
        SameDiff a = graph(), b = graph();
        Adam adamA = Adam.standard(a, NAMES, 1e-2), adamB = Adam.standard(b, NAMES, 1e-2);
        adamA.apply(gradients(a, 1));
        adamA.apply(gradients(a, 2));
        Map<String, Tensor> state = adamA.state("adam/");
        assertEquals(List.of(3, 4), java.util.Arrays.stream(state.get("adam/m/w").shape()).boxed().toList());
        for (String n : NAMES) b.getArrForVarName(n).assign(a.getArrForVarName(n));
        adamB.restore("adam/", state);
        assertEquals(2, adamB.iterations());
        adamA.apply(gradients(a, 3));
        adamB.apply(gradients(b, 3));
        for (String n : NAMES) assertEquals(a.getArrForVarName(n), b.getArrForVarName(n), n);
        assertNotEquals(0.0, adamA.state("adam/").get("adam/v/s").data()[0]);
    }
}
