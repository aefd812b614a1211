package io.genlab.viz;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ScatterPlotTest {
    private static final int BG = 0xFFFFFF;

    private static int[] rgb(BufferedImage img, Point2D p) {
        int c = img.getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY()));
        return new int[]{(c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF};
    }

    private static boolean isBackground(BufferedImage img, double x, double y) {
        return (img.getRGB((int) Math.round(x), (int) Math.round(y)) & 0xFFFFFF) == BG;
    }

    @Test
    void pointsLandAtTheirMappedPixels() {
        ScatterPlot plot = ScatterPlot.builder()
                .addPoints("data", new float[]{-1f, -1f, 1f, 1f, 0.5f, -0.5f}, Color.RED)
                .optBounds(-2, 2, -2, 2).optAlpha(1f).optPointRadius(3f).optTitle("Toy2D").build();
        BufferedImage img = plot.render();
        assertEquals(480, img.getWidth());
        Point2D.Double a = plot.toPixel(-1, -1), b = plot.toPixel(1, 1);
        assertTrue(a.x < b.x && a.y > b.y, "x grows right, y grows up");
        for (float[] p : new float[][]{{-1, -1}, {1, 1}, {0.5f, -0.5f}}) {
            int[] c = rgb(img, plot.toPixel(p[0], p[1]));
            assertTrue(c[0] > 200 && c[1] < 60 && c[2] < 60, "red point at " + p[0] + "," + p[1] + " got " + java.util.Arrays.toString(c));
        }
        // an empty spot inside the plot, away from grid lines, is background
        Point2D.Double empty = plot.toPixel(-1.25, 1.25);
        assertTrue(isBackground(img, empty.x, empty.y));
    }

    @Test
    void severalSetsGetTheirColoursAndALegend() {
        ScatterPlot plot = ScatterPlot.builder()
                .addPoints("data", new float[]{0f, 0f}, new Color(0, 0, 255))
                .addPoints("samples", new float[]{1f, 1f}, new Color(0, 200, 0))
                .optBounds(-1, 2, -1, 2).optAlpha(1f).optPointRadius(4f).build();
        BufferedImage img = plot.render();
        int[] blue = rgb(img, plot.toPixel(0, 0));
        int[] green = rgb(img, plot.toPixel(1, 1));
        assertTrue(blue[2] > 200 && blue[0] < 50, java.util.Arrays.toString(blue));
        assertTrue(green[1] > 150 && green[0] < 50, java.util.Arrays.toString(green));
        // the legend sits in the top-right corner of the plotting area
        Point2D.Double corner = plot.toPixel(2, 2);
        int drawn = 0;
        for (int y = (int) corner.y + 8; y < corner.y + 50; y++) {
            for (int x = (int) corner.x - 120; x < corner.x - 8; x++) {
                drawn += (img.getRGB(x, y) & 0xFFFFFF) != BG ? 1 : 0;
            }
        }
        assertTrue(drawn > 50, "legend drawn, " + drawn + " pixels");
    }

    @Test
    void trajectoriesDrawALineBetweenFrames() {
        List<float[]> frames = List.of(new float[]{-1f, 0f}, new float[]{0f, 0f}, new float[]{1f, 0f});
        ScatterPlot plot = ScatterPlot.builder().addPoints("end", new float[]{1f, 0f})
                .optTrajectories(frames).optTrajectoryColour(Color.BLACK).optBounds(-2, 2, -1.3, 1.3).build();
        BufferedImage img = plot.render();
        Point2D.Double mid = plot.toPixel(-0.5, 0);   // on the path, not a tick
        assertFalse(isBackground(img, mid.x, mid.y), "trajectory passes through (-0.5, 0)");
        Point2D.Double off = plot.toPixel(-0.5, 0.7);
        assertTrue(isBackground(img, off.x, off.y));
    }

    @Test
    void autoBoundsContainEveryPointAndSkipNaN() {
        ScatterPlot plot = ScatterPlot.builder().addPoints("p", new float[]{0f, 0f, 10f, 5f, Float.NaN, 100f}).build();
        double[] b = plot.bounds();
        assertTrue(b[0] < 0 && b[1] > 10 && b[2] < 0 && b[3] > 5 && b[3] < 6, java.util.Arrays.toString(b));
        assertNotNull(plot.render());
    }

    @Test
    void badSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ScatterPlot.builder().build());
        assertThrows(IllegalArgumentException.class, () -> ScatterPlot.builder().addPoints("odd", new float[3]));
        assertThrows(IllegalArgumentException.class,
                () -> ScatterPlot.builder().addPoints("p", new float[2]).optBounds(1, 1, 0, 1).build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScatterPlot.builder()
                .addPoints("p", new float[2]).optTrajectories(List.of(new float[4], new float[2])).build());
        assertTrue(e.getMessage().contains("frame 1"), e.getMessage());
    }
}
