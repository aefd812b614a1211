package io.genlab.diffusion;

import io.genlab.nn.Conv2d;
import io.genlab.nn.GradCheck;
import io.genlab.nn.Net;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The network options of unet-s: "width", for the model-size experiment, and "coords", CoordConv's two coordinate channels at the input. */
class UNetSOptionsTest {
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

    @Test
    void coordinatesAddOnlyTheInputConvolutionsTwoChannels() {
        assertEquals(924_001, parameters(Map.of("coords", "false")));
        assertEquals(924_001 + 2 * 3 * 3 * 32, parameters(Map.of("coords", "true")));
        assertEquals(924_001 + 2 * 3 * 3 * 32, parameters(Map.of("coords", true)), "as read back from a run's config");
    }

    @Test
    void aValueOtherThanTrueOrFalseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parameters(Map.of("coords", "yes")));
        assertTrue(e.getMessage().contains("'coords' must be true or false"), e.getMessage());
    }

    @Test
    void theTextModelTakesTheOptionToo() {
        long plain = new UNetSTextProvider().create(TextDiffusionModelTest.SHAPE, Map.of(), 1).info().parameters();
        long withCoords = new UNetSTextProvider().create(TextDiffusionModelTest.SHAPE, Map.of("coords", "true"), 1).info().parameters();
        assertEquals(2 * 3 * 3 * 32, withCoords - plain);
    }

    @Test
    void everyExampleGetsTheRowAndColumnCoordinatesFromMinusOneToOne() {
        Net n = new Net(SameDiff.create(), DataType.DOUBLE, 1);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 2, 1, 3, 5);
        SDVariable out = UNetS.withCoordinates(n, n.sd().var("x", x));
        INDArray y = n.sd().output(Map.of(), out.name()).get(out.name());
        assertArrayEquals(new long[]{2, 3, 3, 5}, y.shape());
        for (int b = 0; b < 2; b++) {
            assertEquals(x.slice(b).slice(0), y.slice(b).slice(0), "the image itself first");
            for (int j = 0; j < 5; j++) {
                assertEquals(-1, y.getDouble(b, 1, 0, j), 1e-12, "first row");
                assertEquals(0, y.getDouble(b, 1, 1, j), 1e-12, "middle row");
                assertEquals(1, y.getDouble(b, 1, 2, j), 1e-12, "last row");
            }
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 5; j++) {
                    assertEquals(-1 + j * 0.5, y.getDouble(b, 2, i, j), 1e-12, "column " + j);
                }
            }
        }
    }

    @Test
    void theInputConvolutionWithCoordinatesHasCorrectGradients() {
        Net n = new Net(SameDiff.create(), DataType.DOUBLE, 3);
        SDVariable x = n.sd().var("x", GradCheck.gaussian(5, 2, 1, 4, 4));
        SDVariable y = new Conv2d(n, "inp", 3, 4, 3).apply(UNetS.withCoordinates(n, x));
        List<String> wrt = new ArrayList<>(n.parameters());
        wrt.add("x");
        GradCheck.check(n.sd(), y, Map.of(), wrt);
    }
}
