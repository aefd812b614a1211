package io.genlab.viz;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ImageTensorsTest {

    private static int grey(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }

    private static int[] rgb(BufferedImage img, int x, int y) {
        return img.getRaster().getPixel(x, y, new int[3]);
    }

    @Test
    void greyValuesMapMinusOneToZeroAndOneTo255() {
        float[] chw = {-1f, 0f, 1f, 0.5f};
        BufferedImage img = ImageTensors.toImage(chw, 1, 2, 2);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType());
        assertEquals(0, grey(img, 0, 0));
        int mid = grey(img, 1, 0);
        assertTrue(mid == 127 || mid == 128, "0 maps to mid grey, got " + mid);
        assertEquals(255, grey(img, 0, 1));
        assertEquals(191, grey(img, 1, 1)); // 0.75 * 255 = 191.25
    }

    @Test
    void outOfRangeValuesAndInfinitiesAreClamped() {
        float[] chw = {-3f, 7f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY};
        BufferedImage img = ImageTensors.toImage(chw, 1, 1, 4);
        assertArrayEquals(new int[]{0, 255, 0, 255}, img.getRaster().getPixels(0, 0, 4, 1, (int[]) null));
    }

    @Test
    void rgbChannelsLandInTheRightPlaces() {
        // [C=3, H=1, W=2]: pixel 0 pure red, pixel 1 pure blue
        float[] chw = {1f, -1f, -1f, -1f, -1f, 1f};
        BufferedImage img = ImageTensors.toImage(chw, 3, 1, 2);
        assertEquals(BufferedImage.TYPE_INT_RGB, img.getType());
        assertEquals(0xFF0000, img.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x0000FF, img.getRGB(1, 0) & 0xFFFFFF);
    }

    @Test
    void nanIsMagentaInColourAndGreyImages() {
        BufferedImage colour = ImageTensors.toImage(new float[]{0f, Float.NaN, 0f}, 3, 1, 1);
        assertArrayEquals(new int[]{255, 0, 255}, rgb(colour, 0, 0));

        BufferedImage grey = ImageTensors.toImage(new float[]{Float.NaN, 1f}, 1, 1, 2);
        assertEquals(BufferedImage.TYPE_INT_RGB, grey.getType(), "grey with NaN becomes RGB to show magenta");
        assertEquals(ImageTensors.NAN_RGB, grey.getRGB(0, 0) & 0xFFFFFF);
        assertArrayEquals(new int[]{255, 255, 255}, rgb(grey, 1, 0));
    }

    @Test
    void roundTripGreyAndRgbIsExact() {
        float[] g = new float[16 * 16];
        for (int i = 0; i < g.length; i++) {
            g[i] = (i % 256) / 127.5f - 1f;
        }
        BufferedImage gi = ImageTensors.toImage(g, 1, 16, 16);
        float[] back = ImageTensors.toTensor(gi, 1);
        assertArrayEquals(g, back, 1e-6f);
        assertEquals(gi.getRaster().getSample(5, 3, 0), grey(ImageTensors.toImage(back, 1, 16, 16), 5, 3));

        float[] c = new float[3 * 4 * 5];
        for (int i = 0; i < c.length; i++) {
            c[i] = ((i * 37) % 256) / 127.5f - 1f;
        }
        assertArrayEquals(c, ImageTensors.toTensor(ImageTensors.toImage(c, 3, 4, 5), 3), 1e-6f);
    }

    @Test
    void toTensorConvertsBetweenGreyAndColour() {
        BufferedImage red = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        red.setRGB(0, 0, 0xFF0000);
        float[] grey = ImageTensors.toTensor(red, 1);
        assertEquals(0.299 * 255 / 127.5 - 1, grey[0], 1e-5);

        BufferedImage g = ImageTensors.toImage(new float[]{1f}, 1, 1, 1);
        assertArrayEquals(new float[]{1f, 1f, 1f}, ImageTensors.toTensor(g, 3), 1e-6f);
        assertThrows(IllegalArgumentException.class, () -> ImageTensors.toTensor(g, 2));
    }

    @Test
    void autoRangeStretchesMinToBlackAndMaxToWhite() {
        float[] noise = {-3f, 0f, 3f, Float.NaN};
        BufferedImage img = ImageTensors.toImageAutoRange(noise, 1, 1, 4);
        assertArrayEquals(new int[]{0, 128, 255}, new int[]{rgb(img, 0, 0)[0], rgb(img, 1, 0)[0], rgb(img, 2, 0)[0]});
        assertEquals(ImageTensors.NAN_RGB, img.getRGB(3, 0) & 0xFFFFFF);

        BufferedImage flat = ImageTensors.toImageAutoRange(new float[]{5f, 5f}, 1, 1, 2);
        assertEquals(128, grey(flat, 0, 0));
    }

    @Test
    void oneImageOutOfABatch() {
        float[] nchw = {-1f, -1f, 1f, 1f};       // [2, 1, 1, 2]
        long[] shape = {2, 1, 1, 2};
        assertEquals(255, grey(ImageTensors.toImage(nchw, shape, 1), 1, 0));
        List<BufferedImage> all = ImageTensors.toImages(nchw, shape);
        assertEquals(2, all.size());
        assertEquals(0, grey(all.get(0), 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> ImageTensors.toImage(nchw, shape, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageTensors.toImages(nchw, new long[]{3, 1, 1, 2}));
        assertTrue(e.getMessage().contains("needs 6"), e.getMessage());
    }

    @Test
    void upscaleRepeatsEachPixelAsABlock() {
        BufferedImage img = ImageTensors.toImage(new float[]{-1f, 1f, 1f, -1f}, 1, 2, 2);
        BufferedImage big = ImageTensors.upscale(img, 3);
        assertEquals(6, big.getWidth());
        assertEquals(6, big.getHeight());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, big.getType());
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 6; x++) {
                assertEquals(grey(img, x / 3, y / 3), grey(big, x, y), "pixel " + x + "," + y);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ImageTensors.upscale(img, 0));
    }

    @Test
    void toRgbKeepsGreyValuesExactly() {
        BufferedImage g = ImageTensors.toImage(new float[]{-1f, 0f, 0.2f}, 1, 1, 3);
        BufferedImage c = ImageTensors.toRgb(g);
        for (int x = 0; x < 3; x++) {
            int v = grey(g, x, 0);
            assertArrayEquals(new int[]{v, v, v}, rgb(c, x, 0));
        }
    }

    @Test
    void badInputsGiveClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageTensors.toImage(new float[5], 1, 2, 2));
        assertTrue(e.getMessage().contains("5 values"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ImageTensors.toImage(new float[4], 2, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> ImageTensors.toImage(new float[1], 1, 1, 1, 1f, 1f));
    }
}
