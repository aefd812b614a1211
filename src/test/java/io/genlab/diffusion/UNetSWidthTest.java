package io.genlab.diffusion;

import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "width" option of unet-s, for the model-size experiment. */
class UNetSWidthTest {
    private static final DataShape FASHION = DataShape.images(1, 28, 28,
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));

    private static long parameters(Map<String, Object> options) {
        GenerativeModel m = new UNetSProvider().create(FASHION, options, 1);
        return m.info().parameters();
    }

    @Test
    void theReferenceWidthIsTheReferenceModelAndOthersScaleIt() {
        assertEquals(924_001, parameters(Map.of()));
        assertEquals(924_001, parameters(Map.of("width", 32)));
        long half = parameters(Map.of("width", 16)), twice = parameters(Map.of("width", 64));
        assertTrue(half < 924_001 / 2 && twice > 3 * 924_001, half + " and " + twice + ": convolutions grow with the square of the width");
    }

    @Test
    void aWidthGroupNormCannotSplitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parameters(Map.of("width", 12)));
        assertTrue(e.getMessage().contains("multiple of 8"), e.getMessage());
    }
}
