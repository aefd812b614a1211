package io.genlab.autoregressive;

import io.genlab.train.DataShape;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceptiveFieldTest {
    private static final int SIDE = 12;

    /**
     * The field read off the masks is exactly the set of pixels whose change moves the prediction
     * for some input (for one input, a ReLU that happens to be off can hide a path).
     */
    @Test
    void theFieldIsExactlyThePixelsThatChangeThePrediction() {
        PixelCnnModel m = (PixelCnnModel) new PixelCnnSProvider().create(DataShape.images(1, SIDE, SIDE, List.of("a", "b")), Map.of(), 4);
        Random r = new Random(1);
        for (int[] pixel : new int[][]{{9, 4}, {0, 5}, {11, 11}, {6, 0}}) {
            int p = pixel[0] * SIDE + pixel[1];
            boolean[] moved = new boolean[SIDE * SIDE];
            for (int input = 0; input < 3; input++) {
                float[] x = new float[SIDE * SIDE];
                for (int i = 0; i < x.length; i++) x[i] = r.nextFloat();
                float[] before = logitsAt(m, x, p);
                for (int q = 0; q < x.length; q++) {
                    float[] changed = x.clone();
                    changed[q] = 1 - changed[q] + 0.3f;
                    float[] after = logitsAt(m, changed, p);
                    for (int v = 0; v < after.length; v++) moved[q] |= after[v] != before[v];
                }
            }
            assertArrayEquals(moved, ReceptiveField.of(m, pixel[0], pixel[1]), "pixel " + pixel[0] + "," + pixel[1]);
        }
    }

    @Test
    void aPlainPixelCnnHasABlindSpotAboveAndToTheRight() {
        PixelCnnModel m = (PixelCnnModel) new PixelCnnSProvider().create(DataShape.images(1, SIDE, SIDE, List.of("a", "b")), Map.of(), 4);
        boolean[] field = ReceptiveField.of(m, 8, 3);
        assertFalse(field[8 * SIDE + 3], "a pixel never sees itself");
        assertTrue(field[8 * SIDE + 2] && field[7 * SIDE + 6], "left of it, and the row above within the first layer's reach");
        assertFalse(field[7 * SIDE + 7], "one row up and four to the right: the 7x7 first layer reaches three, the 3x3s add one per row up");
        assertFalse(field[8 * SIDE + 4], "nothing to the right on its own row");
        assertTrue(field[6 * SIDE + 7], "two rows up, four to the right");
        assertThrows(IllegalArgumentException.class, () -> ReceptiveField.of(m, SIDE, 0));
    }

    private static float[] logitsAt(PixelCnnModel m, float[] x, int p) {
        var out = m.graph().output(Map.of("x", Nd4j.create(x, new long[]{1, 1, SIDE, SIDE}, 'c'),
                "y", Nd4j.createFromArray(new float[][]{{1, 0}})), "logits").get("logits").dup('c').data().asFloat();
        float[] at = new float[256];
        for (int v = 0; v < 256; v++) at[v] = out[v * SIDE * SIDE + p];
        return at;
    }
}
