package io.genlab.eval.prompts;

import io.genlab.data.Shapes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JudgeBatchTest {

    @Test
    void anEighthOfABatchIsNoiseWithNothingPresentAndTheRestAreFreshScenes() {
        JudgeBatch b = JudgeBatch.of(1, 7, 16);
        int colours = ColourTargets.COLOURS, per = 3 * Shapes.SIDE * Shapes.SIDE;
        assertEquals(16 * per, b.images().length);
        for (int i = 0; i < 16; i++) {
            double present = 0;
            for (int c = 0; c < colours; c++) present += b.targets().present()[i * colours + c];
            if (i < 14) assertTrue(present >= 1 && present <= 3, "scene " + i + " has 1 to 3 objects");
            else assertEquals(0, present, "noise picture " + i + " has nothing in it");
        }
        double weight = 0;
        for (float w : b.targets().objectWeight()) weight += w;
        assertEquals(1, weight, 1e-6, "the object losses are means over the objects present");
        for (float v : b.images()) assertTrue(v >= -1 && v <= 1);
        assertArrayEquals(b.images(), JudgeBatch.of(1, 7, 16).images(), "the step's seed fixes the batch");
    }
}
