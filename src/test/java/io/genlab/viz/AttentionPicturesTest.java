package io.genlab.viz;

import io.genlab.data.Tensor;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.*;

/** The patch grid drawn over a picture, and the picture cut into numbered tokens. */
class AttentionPicturesTest {

    /** Two 8x8 grey samples: the first black, the second white. */
    private static Tensor twoSamples() {
        float[] v = new float[2 * 64];
        for (int i = 0; i < 128; i++) v[i] = i < 64 ? -1f : 1f;
        return new Tensor(v, new int[]{2, 1, 8, 8});
    }

    @Test
    void theGridIsDrawnBetweenTheCellsOfACopy() {
        BufferedImage black = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        BufferedImage out = AttentionPictures.withGrid(black, 4);
        assertNotSame(black, out);
        assertEquals(0, black.getRGB(10, 5) & 0xFFFFFF, "the original is left alone");
        assertNotEquals(0, out.getRGB(10, 5) & 0xFFFFFF, "a line at x = 10, between the first and second column");
        assertNotEquals(0, out.getRGB(5, 30) & 0xFFFFFF, "a line at y = 30");
        assertEquals(0, out.getRGB(5, 5) & 0xFFFFFF, "inside a cell the picture shows");
    }

    @Test
    void tokensAreTheChosenSampleEnlargedWithEveryPatchNumbered() {
        BufferedImage tokens = AttentionPictures.tokens(twoSamples(), 1, 4, 10);
        assertEquals(80, tokens.getWidth());
        assertEquals(80, tokens.getHeight());
        assertEquals(0xFFFFFF, tokens.getRGB(2, 2) & 0xFFFFFF, "sample 1 is white where no number or line is");
        int numbered = 0;
        for (int y = 0; y < 20; y++) for (int x = 0; x < 20; x++) if ((tokens.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) numbered++;
        assertTrue(numbered > 10, "the first patch carries its number");
        assertThrows(IllegalArgumentException.class, () -> AttentionPictures.tokens(twoSamples(), 0, 3, 10), "8 does not cut into 3");
    }
}
