package io.genlab.eval.judge;

import io.genlab.nn.GradCheck;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JudgeNetTest {

    @Test
    void hasTheDocumentedSize() {
        assertEquals(239_402, new JudgeNet(1, 28, 28, 10, 1e-3, 0, DataType.FLOAT).parameterCount());
    }

    @Test
    void gradientsOfTheCrossEntropyMatchFiniteDifferences() {
        JudgeNet net = new JudgeNet(2, 8, 8, 3, 1e-3, 1, DataType.DOUBLE);
        INDArray y = Nd4j.create(DataType.DOUBLE, 4, 3);
        for (int i = 0; i < 4; i++) y.putScalar(i, i % 3, 1.0);
        Map<String, INDArray> ph = Map.of("x", GradCheck.gaussian(2, 4, 2, 8, 8), "y", y);
        List<String> wrt = new ArrayList<>(List.of("x"));
        for (String p : List.of("conv1", "conv2", "conv3", "fc1", "fc2")) {
            wrt.add(p + "/W");
            wrt.add(p + "/b");
        }
        assertTrue(GradCheck.check(net.graph(), net.graph().getVariable("loss"), ph, wrt) > 200);
    }

    @Test
    void learnsEightImagesByHeart() {
        JudgeNet net = new JudgeNet(1, 8, 8, 4, 3e-3, 3, DataType.FLOAT);
        Random rng = new Random(4);
        float[] images = new float[8 * 64];
        for (int i = 0; i < images.length; i++) images[i] = (float) (2 * rng.nextDouble() - 1);
        int[] labels = {0, 1, 2, 3, 0, 1, 2, 3};
        double first = net.trainStep(images, labels), last = first;
        for (int step = 0; step < 200; step++) last = net.trainStep(images, labels);
        assertTrue(last < 0.01 * first, "cross-entropy " + first + " -> " + last);
        Judgement j = net.judge(images, 8);
        assertEquals(1.0, j.accuracy(labels));
        assertEquals(JudgeNet.FEATURES, j.features()[0].length);
        for (float[] p : j.probabilities()) {
            double sum = 0;
            for (float v : p) sum += v;
            assertEquals(1.0, sum, 1e-5);
        }
    }

    @Test
    void refusesImagesItCannotHalveTwice() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new JudgeNet(1, 30, 30, 10, 1e-3, 0, DataType.FLOAT))
                .getMessage().contains("multiples of 4"));
    }
}
