package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ReversePicturesTest {

    /** A made-up trace of {@code n} steps for a batch [2, 1, 8, 8]: x_t fades from noise to a square. */
    static List<TraceFrame> trace(int n) {
        Random r = new Random(3);
        List<TraceFrame> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = (double) i / Math.max(1, n - 1);
            float[] xt = new float[128], eps = new float[128], x0 = square(2);
            for (int k = 0; k < 128; k++) {
                eps[k] = (float) r.nextGaussian();
                xt[k] = (float) (a * x0[k] + (1 - a) * eps[k]);
            }
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            int[] shape = {2, 1, 8, 8};
            tensors.put("x_t", new Tensor(xt, shape));
            tensors.put("eps", new Tensor(eps, shape));
            tensors.put("x0", new Tensor(x0, shape));
            int t = (int) Math.round((1 - a) * 999);
            frames.add(new TraceFrame(i, n, "t=" + t, tensors, Map.of("t", (double) t)));
        }
        return frames;
    }

    static float[] square(int samples) {
        float[] x = new float[samples * 64];
        for (int s = 0; s < samples; s++) {
            for (int p = 0; p < 64; p++) x[s * 64 + p] = p / 8 >= 2 && p / 8 < 6 && p % 8 >= 2 && p % 8 < 6 ? 0.9f : -0.9f;
        }
        return x;
    }

    @Test
    void stripStartsWithPureNoiseAndLeavesTheLastColumnForTheFinalImage() {
        assertEquals(List.of(0, 8, 16, 25, 33, 41, 49), ReversePictures.stripFrames(50, 8));
        assertEquals(List.of(0, 1, 2), ReversePictures.stripFrames(3, 8), "never more frames than there are");
        assertEquals(List.of(0, 9), ReversePictures.stripFrames(10, 3));
        assertThrows(IllegalArgumentException.class, () -> ReversePictures.stripFrames(10, 1));
    }

    @Test
    void stagesCoverTheStripInOrder() {
        List<String> eight = new ArrayList<>();
        for (int c = 0; c < 8; c++) eight.add(ReversePictures.stage(c, 8));
        assertEquals(List.of("pure noise", "pure noise", "basic shapes", "basic shapes", "clear forms", "clear forms",
                "final image", "final image"), eight);
        assertEquals("pure noise", ReversePictures.stage(0, 4));
        assertEquals("final image", ReversePictures.stage(3, 4));
        assertEquals("final image", ReversePictures.stage(2, 3), "the last column is always the final image");
    }

    @Test
    void frameShowsThreePanelsSideBySide() {
        List<TraceFrame> frames = trace(5);
        BufferedImage img = ReversePictures.frame(frames.get(4), 2, "test", Theme.LIGHT);
        assertTrue(img.getWidth() > img.getHeight(), "x_t, noise and x0 side by side: " + img.getWidth() + "x" + img.getHeight());
        assertEquals(2, ReversePictures.columnsFor(8), "8 samples as 2 x 4, so the three grids make a 3:2 picture");
        assertEquals(3, ReversePictures.columnsFor(16));
        assertEquals(1, ReversePictures.columnsFor(1));
        BufferedImage onlyXt = ReversePictures.frame(new TraceFrame(0, 1, "t=0",
                Map.of("x_t", frames.get(0).tensors().get("x_t")), Map.of()), 2, "test", Theme.LIGHT);
        assertTrue(img.getWidth() >= onlyXt.getWidth() + 2 * 84, "x_t alone draws one panel, the full frame two more of 84-pixel cells");
        assertNotEquals(colours(ReversePictures.frame(frames.get(0), 2, "t", Theme.LIGHT)).size(), 0);
    }

    @Test
    void stripHasARowPerSampleAndNoiseInTheFirstColumn() {
        List<TraceFrame> frames = trace(30);
        Tensor last = new Tensor(square(2), new int[]{2, 1, 8, 8});
        BufferedImage one = ReversePictures.strip(frames, last, List.of("#1"), 8, "strip", Theme.LIGHT);
        BufferedImage two = ReversePictures.strip(frames, last, List.of("#1", "#2"), 8, "strip", Theme.LIGHT);
        assertEquals(one.getWidth(), two.getWidth());
        assertTrue(two.getHeight() > one.getHeight() + 8 * 7, "a second row of 8x8 images at scale 7");
        assertTrue(colours(two).size() > 50, "noise gives many greys");
    }

    @Test
    void samplerGridDrawsPendingCellsBlank() {
        int[] cellShape = {2, 1, 8, 8};
        Tensor done = new Tensor(square(2), cellShape);
        List<Tensor> cells = Arrays.asList(done, null, null, null);
        BufferedImage partial = ReversePictures.samplerGrid(List.of("DDPM", "DDIM"), List.of("10", "25"), cells, cellShape, "g", Theme.LIGHT);
        BufferedImage full = ReversePictures.samplerGrid(List.of("DDPM", "DDIM"), List.of("10", "25"), List.of(done, done, done, done),
                cellShape, "g", Theme.LIGHT);
        assertEquals(full.getWidth(), partial.getWidth());
        assertEquals(full.getHeight(), partial.getHeight());
        assertTrue(count(partial, 0xEEEEEE) - count(full, 0xEEEEEE) >= 3 * 2 * 56 * 56, "three blank cells of two 56-pixel images");
        assertThrows(IllegalArgumentException.class, () -> ReversePictures.samplerGrid(List.of("a"), List.of("b"), List.of(done, done),
                cellShape, "g", Theme.LIGHT));
    }

    static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) n++;
        }
        return n;
    }

    static Set<Integer> colours(BufferedImage img) {
        Set<Integer> out = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) out.add(img.getRGB(x, y) & 0xFFFFFF);
        }
        return out;
    }
}
