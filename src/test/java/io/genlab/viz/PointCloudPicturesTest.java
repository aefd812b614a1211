package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;
import org.junit.jupiter.api.Test;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The denoising pictures of 2D points: which points get a path, the paths' values, and the lines drawn. */
class PointCloudPicturesTest {
    private static TraceFrame frame(int index, int total, float... xy) {
        return new TraceFrame(index, total, "t=" + (total - index), Map.of("x_t", new Tensor(xy, new int[]{xy.length / 2, 2})), Map.of());
    }

    /** Point 0 walks right along y = -1.75 (between grid lines); point 1 stays at (1.5, 1.5). */
    private static final List<TraceFrame> WALK = List.of(
            frame(0, 3, -2, -1.75f, 1.5f, 1.5f),
            frame(1, 3, 0, -1.75f, 1.5f, 1.5f),
            frame(2, 3, 2, -1.75f, 1.5f, 1.5f));

    @Test
    void picksEvenlySpreadDistinctIndices() {
        assertArrayEquals(new int[]{0, 250, 500, 750}, PointCloudPictures.pick(1000, 4));
        assertArrayEquals(new int[]{0, 1, 2}, PointCloudPictures.pick(3, 10));
        assertArrayEquals(new int[0], PointCloudPictures.pick(5, 0));
    }

    @Test
    void pathsFollowTheChosenPointsUpToTheFrame() {
        List<float[]> p = PointCloudPictures.paths(WALK, new int[]{0}, 1);
        assertEquals(2, p.size(), "frames 0 and 1");
        assertArrayEquals(new float[]{-2, -1.75f}, p.get(0));
        assertArrayEquals(new float[]{0, -1.75f}, p.get(1));
        assertThrows(IllegalArgumentException.class, () -> PointCloudPictures.paths(WALK, new int[]{0}, 3));
        assertThrows(IllegalArgumentException.class, () -> PointCloudPictures.paths(WALK, new int[]{5}, 1));
    }

    @Test
    void drawsThePathBetweenStartAndTheCurrentFrame() {
        String title = "walk";
        BufferedImage withPaths = PointCloudPictures.frame(WALK, 2, null, 2, title, Theme.LIGHT, 400);
        BufferedImage withoutPaths = PointCloudPictures.frame(WALK, 2, null, 0, title, Theme.LIGHT, 400);
        ScatterPlot sameAxes = ScatterPlot.builder().addPoints("x", new float[]{0, 0}).optBounds(-2.5, 2.5, -2.5, 2.5)
                .optSize(400, 400).optTheme(Theme.LIGHT).optTitle(title + ": t=1").build();
        int drawn = 0, blank = 0;
        for (double x = -1.6; x <= -0.4; x += 0.1) {           // along the walk, away from its points and grid lines
            Point2D.Double px = sameAxes.toPixel(x, -1.75);
            int y = (int) Math.round(px.y);
            if ((withPaths.getRGB((int) px.x, y) & 0xFFFFFF) != 0xFFFFFF) drawn++;
            if ((withoutPaths.getRGB((int) px.x, y) & 0xFFFFFF) == 0xFFFFFF) blank++;
        }
        assertTrue(drawn >= 10, "the path is a line from x_T to x_t: " + drawn + " of 13 pixels drawn");
        assertTrue(blank >= 10, "without paths the walk leaves no line: " + blank + " of 13 pixels blank");
    }

    @Test
    void stripPutsTheChosenFramesSideBySide() {
        BufferedImage strip = PointCloudPictures.strip(WALK, new float[]{0, 0}, 3, 1, "walk", Theme.LIGHT, 200);
        assertTrue(strip.getWidth() >= 3 * 200, "three frames of 200 pixels: " + strip.getWidth());
        assertTrue(strip.getHeight() >= 200 && strip.getHeight() < 2 * 200, "one row: " + strip.getHeight());
    }

    @Test
    void framesWithoutPointsAreRejected() {
        TraceFrame image = new TraceFrame(0, 1, "t=0", Map.of("x_t", new Tensor(new float[4], new int[]{1, 1, 2, 2})), Map.of());
        assertThrows(IllegalArgumentException.class, () -> PointCloudPictures.points(image));
    }
}
