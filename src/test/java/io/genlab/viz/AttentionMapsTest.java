package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Reading and drawing attention weights [N, heads, T, T] from trace frames. */
class AttentionMapsTest {
    /** One sample, two heads, a 2x2 grid: head 0's queries all look at token 3, head 1's at themselves. */
    private static Tensor weights() {
        float[] w = new float[2 * 4 * 4];
        for (int q = 0; q < 4; q++) {
            w[q * 4 + 3] = 1;                                                  // head 0
            w[16 + q * 4 + q] = 1;                                             // head 1
        }
        return new Tensor(w, new int[]{1, 2, 4, 4});
    }

    private static TraceFrame frame(String caption) {
        Map<String, Tensor> tensors = new LinkedHashMap<>();                    // in the network's order
        tensors.put("x0", new Tensor(new float[64], new int[]{1, 1, 8, 8}));
        tensors.put("attention/blocks.0.attn", weights());
        tensors.put("attention/blocks.1.attn", weights());
        return new TraceFrame(0, 1, caption, tensors, Map.of());
    }

    @Test
    void aQueryMapIsOneHeadsRowOrTheMeanOfTheHeads() {
        AttentionMaps maps = new AttentionMaps(weights());
        assertEquals(2, maps.side());
        assertArrayEquals(new float[]{0, 0, 0, 1}, maps.query(0, 0, 1));
        assertArrayEquals(new float[]{0, 1, 0, 0}, maps.query(0, 1, 1));
        assertArrayEquals(new float[]{0, 0.5f, 0, 0.5f}, maps.query(0, AttentionMaps.MEAN_OF_HEADS, 1));
        assertArrayEquals(new float[]{0, 0, 0, 1}, maps.received(0, 0), "every query of head 0 reads token 3");
        assertArrayEquals(new float[]{0.125f, 0.125f, 0.125f, 0.625f}, maps.received(0, AttentionMaps.MEAN_OF_HEADS));
        assertThrows(IllegalArgumentException.class, () -> maps.query(0, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> maps.query(0, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new AttentionMaps(new Tensor(new float[2 * 3 * 3], new int[]{1, 2, 3, 3})),
                "3 tokens are no square grid");
    }

    @Test
    void framesNameTheirLayersInOrderAndStripsHaveARowPerLayer() {
        TraceFrame f = frame("t=9");
        assertEquals(List.of("blocks.0.attn", "blocks.1.attn"), AttentionMaps.layers(f));
        TraceFrame plain = new TraceFrame(1, 2, "t=0", Map.of("x0", new Tensor(new float[64], new int[]{1, 1, 8, 8})), Map.of());
        BufferedImage strip = AttentionPictures.strip(List.of(f, plain, frame("t=0")), "x0", 0, 1, AttentionMaps.MEAN_OF_HEADS, "test");
        assertTrue(strip.getWidth() >= 2 * 32 && strip.getHeight() >= 2 * 32, "two layers x two traced frames of 8x8 images enlarged 4x");
        List<BufferedImage> gif = AttentionPictures.animation(List.of(f, plain, frame("t=1000000")), "x0", 0, -1, 0, "test");
        assertEquals(2, gif.size(), "frames without attention are skipped");
        assertEquals(gif.get(0).getWidth(), gif.get(1).getWidth(), "a GIF's frames are one size");
        assertEquals(gif.get(0).getHeight(), gif.get(1).getHeight());
    }

    @Test
    void theOverlayIsStrongestWhereTheQueryLooksAndOutlinesTheQuery() {
        Tensor image = new Tensor(new float[64], new int[]{1, 1, 8, 8});           // mid grey
        BufferedImage out = AttentionPictures.overlay(image, 0, new float[]{0, 0, 0, 1}, 2, 0, 4);
        assertEquals(32, out.getWidth());
        int looked = out.getRGB(28, 28), ignored = out.getRGB(12, 20);          // token 3 (bottom right), token 2
        assertNotEquals(looked, ignored);
        assertEquals(ColourMap.VIRIDIS.rgb(1) >> 8 & 255, looked >> 8 & 255, 40, "mostly the map's top colour");
        assertEquals(AttentionPictures.QUERY.getRGB() & 0xFFFFFF, out.getRGB(0, 5) & 0xFFFFFF, "token 0 outlined");
        assertThrows(IllegalArgumentException.class, () -> AttentionPictures.overlay(image, 0, new float[9], 3, 0, 4), "3x3 tokens do not cover 8x8");
    }

    @Test
    void shareOnTokensAndDistanceMeasureWhereAttentionGoes() {
        AttentionMaps maps = new AttentionMaps(weights());
        boolean[] lastToken = {false, false, false, true};
        assertEquals(1.0, maps.shareOn(lastToken, 0, 0), 1e-6, "head 0 looks only at token 3");
        assertEquals(0.25, maps.shareOn(lastToken, 0, 1), 1e-6, "head 1: one query of four looks at itself there");
        assertEquals(0.0, maps.meanDistance(0, 1), 1e-9, "looking at oneself is distance 0");
        assertEquals((Math.sqrt(2) + 1 + 1 + 0) / 4, maps.meanDistance(0, 0), 1e-6, "from tokens 0, 1, 2, 3 to token 3");
        assertEquals((0 + 1 + 1 + Math.sqrt(2)) / 4, maps.evenDistance(), 1e-9, "every pair of a 2x2 grid equally");

        float[] picture = new float[64];                                        // 8x8, black, one bright 4x4 patch top right
        java.util.Arrays.fill(picture, -1);
        for (int y = 0; y < 4; y++) for (int x = 4; x < 8; x++) picture[y * 8 + x] = 0.5f;
        assertArrayEquals(new boolean[]{false, true, false, false},
                AttentionMaps.brighterThan(new Tensor(picture, new int[]{1, 1, 8, 8}), 0, 2, -0.75f));
    }
}
