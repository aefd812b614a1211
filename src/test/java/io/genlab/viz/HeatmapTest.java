package io.genlab.viz;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HeatmapTest {

    @Test
    void viridisEndsMatchThePublishedTable() {
        assertClose(0x440154, ColourMap.VIRIDIS.rgb(0), 4);
        assertClose(0x21918C, ColourMap.VIRIDIS.rgb(0.5), 4);
        assertClose(0xFDE725, ColourMap.VIRIDIS.rgb(1), 4);
        assertEquals(ColourMap.VIRIDIS.rgb(1), ColourMap.VIRIDIS.rgb(7), "clamped above");
        assertEquals(ImageTensors.NAN_RGB, ColourMap.VIRIDIS.rgb(Double.NaN));
        assertEquals(0xFFFFFF, ColourMap.BLUE_WHITE_RED.rgb(0.5));
        assertEquals(0x808080, ColourMap.GREY.rgb(0.5));
    }

    @Test
    void viridisGetsSteadilyBrighter() {
        double prev = -1;
        for (int i = 0; i <= 20; i++) {
            int c = ColourMap.VIRIDIS.rgb(i / 20.0);
            double luma = 0.299 * (c >> 16) + 0.587 * ((c >> 8) & 0xFF) + 0.114 * (c & 0xFF);
            assertTrue(luma > prev, "luma rises at " + i);
            prev = luma;
        }
    }

    @Test
    void cellsHaveTheirValuesColoursAtTheExpectedPlaces() {
        float[] v = {0f, 1f, 2f, 3f, Float.NaN, 5f};   // [2, 3]
        Heatmap h = Heatmap.builder().setValues(v, 2, 3).optCellScale(10).optTitle("attention").build();
        assertArrayEquals(new float[]{0f, 5f}, h.range());
        BufferedImage img = h.render();
        Rectangle m = h.mapBounds();
        assertEquals(30, m.width);
        assertEquals(20, m.height);
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                int expected = h.colourOf(v[r * 3 + c]);
                for (int[] d : new int[][]{{1, 1}, {8, 8}}) {
                    assertEquals(expected, img.getRGB(m.x + c * 10 + d[0], m.y + r * 10 + d[1]) & 0xFFFFFF, "cell " + r + "," + c);
                }
            }
        }
        assertEquals(ImageTensors.NAN_RGB, img.getRGB(m.x + 15, m.y + 15) & 0xFFFFFF);
        assertEquals(ColourMap.VIRIDIS.rgb(0), img.getRGB(m.x, m.y) & 0xFFFFFF);
        assertEquals(ColourMap.VIRIDIS.rgb(1), img.getRGB(m.x + 25, m.y + 15) & 0xFFFFFF);
    }

    @Test
    void colourBarIsDrawnRightOfTheMapAndCanBeTurnedOff() {
        Heatmap with = Heatmap.builder().setValues(new float[]{0f, 1f, 0.5f, 0.25f}, 2, 2).optCellScale(30).build();
        BufferedImage img = with.render();
        Rectangle m = with.mapBounds();
        int barX = -1;
        for (int x = m.x + m.width + 1; x < img.getWidth() && barX < 0; x++) {
            barX = (img.getRGB(x, m.y + m.height / 2) & 0xFFFFFF) != 0xFFFFFF ? x : -1;
        }
        assertTrue(barX > 0, "colour bar found right of the map");
        barX++;   // skip the frame
        assertEquals(ColourMap.VIRIDIS.rgb(1), img.getRGB(barX + 5, m.y) & 0xFFFFFF, "top of the bar is the high end");
        assertEquals(ColourMap.VIRIDIS.rgb(0), img.getRGB(barX + 5, m.y + m.height - 1) & 0xFFFFFF, "bottom is the low end");
        assertEquals(ColourMap.VIRIDIS.rgb(1 - 20.0 / (m.height - 1)), img.getRGB(barX + 5, m.y + 20) & 0xFFFFFF);
        Heatmap without = Heatmap.builder().setValues(new float[]{0f, 1f, 0.5f, 0.25f}, 2, 2).optCellScale(30)
                .optColourBar(false).build();
        assertTrue(without.render().getWidth() < img.getWidth());
    }

    @Test
    void rowsCanBeLabelledAndCellsRectangularAndTheBarOfOneRowStaysReadable() {
        Heatmap h = Heatmap.builder().setValues(new float[]{-1f, 0f, 1f}, 1, 3).optCellSize(4, 20).optRowLabels(List.of("purple"))
                .build();
        BufferedImage img = h.render();
        Rectangle m = h.mapBounds();
        assertEquals(new Rectangle(m.x, m.y, 12, 20), m);
        assertEquals(ColourMap.VIRIDIS.rgb(1), img.getRGB(m.x + 9, m.y + 19) & 0xFFFFFF, "the last cell, 4 wide and 20 high");
        boolean labelDrawn = false;
        for (int x = 0; x < m.x && !labelDrawn; x++) {
            for (int y = m.y; y < m.y + m.height; y++) labelDrawn |= (img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF;
        }
        assertTrue(labelDrawn, "the row's label is left of the map");
        assertTrue(img.getHeight() > m.y + Heatmap.BAR_MIN_LINES * 16, "the bar of a one-row map is a few lines high: " + img.getHeight());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Heatmap.builder().setValues(new float[4], 2, 2).optRowLabels(List.of("one")).build());
        assertEquals("1 row labels for 2 rows", e.getMessage());
    }

    @Test
    void fixedRangeClampsAndBadInputIsRejected() {
        Heatmap h = Heatmap.builder().setValues(new float[]{-5f, 5f}, 1, 2).optRange(0f, 1f).build();
        assertEquals(ColourMap.VIRIDIS.rgb(0), h.colourOf(-5f));
        assertEquals(ColourMap.VIRIDIS.rgb(1), h.colourOf(5f));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Heatmap.builder().setValues(new float[5], 2, 3).build());
        assertEquals("heatmap has 5 values but 2x3 needs 6", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Heatmap.builder().setValues(new float[1], 1, 1).optRange(1f, 1f).build());
        assertThrows(IllegalArgumentException.class, () -> Heatmap.builder().build());
        assertNotNull(Heatmap.builder().setValues(new float[]{2f, 2f}, 1, 2).build().render(), "constant map still renders");
    }

    private static void assertClose(int expected, int actual, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF, a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= tolerance, String.format("expected %06X, got %06X", expected, actual));
        }
    }
}
