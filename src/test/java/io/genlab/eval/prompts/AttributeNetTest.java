package io.genlab.eval.prompts;

import io.genlab.data.ImageDataset;
import io.genlab.data.Shapes;
import io.genlab.data.ShapesScene;
import io.genlab.nn.GradCheck;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributeNetTest {

    @Test
    void hasTheDocumentedSize() {
        assertEquals(105_176, new AttributeNet(32, 64, 1e-3, 0, DataType.FLOAT).parameterCount());
    }

    @Test
    void gradientsOfEveryLossMatchFiniteDifferences() {
        AttributeNet net = new AttributeNet(8, 4, 1e-3, 1, DataType.DOUBLE);
        List<ShapesScene> scenes = List.of(Shapes.scene(5, 0), Shapes.scene(5, 1), Shapes.scene(5, 2), Shapes.scene(5, 3));
        float[] images = new float[4 * 3 * 8 * 8];
        INDArray noise = GradCheck.gaussian(2, images.length);
        for (int i = 0; i < images.length; i++) images[i] = noise.getFloat(i);
        Map<String, INDArray> ph = net.placeholders(images, ColourTargets.of(scenes));
        List<String> wrt = new ArrayList<>(net.parameters());
        wrt.add("x");
        assertTrue(GradCheck.check(net.graph(), net.graph().getVariable("loss"), ph, wrt) > 300);
    }

    @Test
    void learnsEightScenesByHeart() {
        ImageDataset shapes = Shapes.generate(8, 3);
        List<ShapesScene> scenes = new ArrayList<>();
        for (int i = 0; i < 8; i++) scenes.add(ShapesScene.fromAttributes(shapes.attributes().orElseThrow().get(i)));
        float[] images = shapes.batch(new int[]{0, 1, 2, 3, 4, 5, 6, 7}).x();
        AttributeNet net = new AttributeNet(32, 16, 3e-3, 4, DataType.FLOAT);
        ColourTargets targets = ColourTargets.of(scenes);
        double first = net.trainStep(images, targets).get("loss"), last = first;
        for (int step = 0; step < 300; step++) last = net.trainStep(images, targets).get("loss");
        assertTrue(last < 0.05 * first, "loss " + first + " -> " + last);
        List<SceneReading> readings = net.read(images, 8);
        for (int i = 0; i < 8; i++) {
            var verdicts = PromptFidelity.score(scenes.get(i), readings.get(i));
            assertTrue(verdicts.get(Attribute.WHOLE).allRight(), "scene " + i + ", " + scenes.get(i).caption() + ": " + verdicts);
        }
    }

    @Test
    void refusesAnOddSide() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AttributeNet(31, 64, 1e-3, 0, DataType.FLOAT))
                .getMessage().contains("even image side"));
    }
}
