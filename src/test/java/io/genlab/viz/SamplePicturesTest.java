package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SamplePicturesTest {

    @Test
    void fixedBoundsKeepTheAxesOfATimeLapse() {
        Tensor near = new Tensor(new float[]{0.1f, 0.1f, -0.1f, 0.05f, 0, -0.1f}, new int[]{3, 2});
        Tensor far = new Tensor(new float[]{1, 1, -1, 0.5f, 0, -1}, new int[]{3, 2});
        int fittedNear = pointSpread(SamplePictures.render(near, new int[]{-1, -1, -1}, DataShape.points(), "a"));
        int fittedFar = pointSpread(SamplePictures.render(far, new int[]{-1, -1, -1}, DataShape.points(), "a"));
        assertEquals(fittedNear, fittedFar, 0.1 * fittedNear, "fitted axes make every cloud look the same size");
        int fixedNear = pointSpread(SamplePictures.render(near, new int[]{-1, -1, -1}, DataShape.points(), "a", Theme.LIGHT, 2));
        int fixedFar = pointSpread(SamplePictures.render(far, new int[]{-1, -1, -1}, DataShape.points(), "a", Theme.LIGHT, 2));
        assertTrue(fixedFar > 5 * fixedNear, "shared axes show the cloud ten times wider: " + fixedNear + " vs " + fixedFar);
    }

    @Test
    void aLargerFontGivesLargerCaptions() {
        Tensor images = new Tensor(new float[4 * 16], new int[]{4, 1, 4, 4});
        DataShape shape = DataShape.images(1, 4, 4, List.of("a", "b"));
        int[] labels = {0, 1, 0, 1};
        int normal = SamplePictures.render(images, labels, shape, "t").getHeight();
        int large = SamplePictures.render(images, labels, shape, "t", Theme.LIGHT.withFontSize(32), 0).getHeight();
        assertTrue(large > normal, large + " vs " + normal);
    }

    /** Width in pixels of the blue points (the first palette colour), left to right. */
    private static int pointSpread(BufferedImage image) {
        int min = Integer.MAX_VALUE, max = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF, b = rgb & 0xFF;
                if (b - r > 60) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
        }
        return max - min;
    }
}
