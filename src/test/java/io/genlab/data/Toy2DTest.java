package io.genlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Toy2DTest {
    @ParameterizedTest
    @EnumSource(Toy2D.Kind.class)
    void sizesRangeAndDeterminism(Toy2D.Kind kind) {
        PointSet p = Toy2D.generate(kind, 2000, 5);
        assertEquals("toy2d:" + kind.key(), p.name());
        assertEquals(2000, p.size());
        float[] xy = p.points();
        assertEquals(4000, xy.length);
        for (float v : xy) assertTrue(Math.abs(v) < 1.3f, kind + " value " + v);
        double meanX = 0, meanY = 0;
        for (int i = 0; i < p.size(); i++) { meanX += p.x(i); meanY += p.y(i); }
        assertTrue(Math.abs(meanX / p.size()) < 0.1 && Math.abs(meanY / p.size()) < 0.1, kind + " is centred");
        assertArrayEquals(xy, Toy2D.generate(kind, 2000, 5).points());
        assertArrayEquals(Arrays.copyOf(xy, 200), Toy2D.generate(kind, 100, 5).points());   // point i depends on i only
        assertFalse(Arrays.equals(xy, Toy2D.generate(kind, 2000, 6).points()));
    }

    @Test
    void theRingItselfCoversEachModeEvenlyAndOnePointCoversOne() {
        double[] shares = Toy2D.ringModeShares(Toy2D.generate(Toy2D.Kind.RING, 8000, 1).points());
        for (double s : shares) assertEquals(1.0 / 8, s, 0.015, Arrays.toString(shares));
        assertTrue(Arrays.stream(shares).sum() > 0.98, "3 standard deviations hold nearly every point");
        double[] one = Toy2D.ringModeShares(new float[]{0f, 0.8f, 0f, 0f});           // mode 2 at (0, 0.8), and the centre
        assertArrayEquals(new double[]{0, 0, 0.5, 0, 0, 0, 0, 0}, one, 1e-12);
    }

    @ParameterizedTest
    @EnumSource(Toy2D.Kind.class)
    void batchIsBx2WithoutLabels(Toy2D.Kind kind) {
        PointSet p = Toy2D.generate(kind, 50, 1);
        Batch b = p.batch(new int[]{3, 7, 7});
        assertArrayEquals(new long[]{3, 2}, b.shape());
        assertEquals(0, b.labels().length);
        assertArrayEquals(new int[]{3, 7, 7}, b.indices());
        assertEquals(p.x(7), b.x()[2]);
        assertEquals(p.y(7), b.x()[5]);
    }

    @org.junit.jupiter.api.Test
    void ringPointsSitOnTheRing() {
        PointSet p = Toy2D.generate(Toy2D.Kind.RING, 1000, 2);
        for (int i = 0; i < p.size(); i++) {
            double r = Math.hypot(p.x(i), p.y(i));
            assertTrue(r > 0.55 && r < 1.05, "radius " + r);
        }
    }

    @org.junit.jupiter.api.Test
    void checkerboardPointsAreInFilledCells() {
        PointSet p = Toy2D.generate(Toy2D.Kind.CHECKERBOARD, 1000, 2);
        for (int i = 0; i < p.size(); i++) {
            int col = (int) Math.floor((p.x(i) + 1) / 0.5), row = (int) Math.floor((p.y(i) + 1) / 0.5);
            assertEquals(0, (row + col) % 2, "point " + p.x(i) + "," + p.y(i));
        }
    }
}
