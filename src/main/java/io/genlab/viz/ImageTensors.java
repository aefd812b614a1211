package io.genlab.viz;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Converts between image tensors (plain {@code float[]}, row-major [C, H, W] or [N, C, H, W])
 * and {@link BufferedImage}s; it is not a drawing toolkit and knows nothing of ND4J.
 *
 * <p>Value mapping: a value v in [low, high] becomes the byte {@code round((v - low) / (high - low) * 255)},
 * so with the default range [-1, 1], -1 gives 0, 1 gives 255 and 0 gives 128. Values outside the range
 * (and infinities) are clamped to 0 or 255. C must be 1 (grey, {@link BufferedImage#TYPE_BYTE_GRAY}) or
 * 3 (RGB, {@link BufferedImage#TYPE_INT_RGB}).
 *
 * <p>NaN: a pixel with a NaN in any channel is drawn in {@link #NAN_RGB} (magenta), so a model that
 * blew up is visible rather than silently black. Magenta cannot be shown in a grey image, so a
 * one-channel image that contains a NaN is returned as {@code TYPE_INT_RGB} (grey pixels as r = g = b).
 *
 * <p>Pixels are always read and written through the raster, never through {@code getRGB/setRGB},
 * which apply a colour-space conversion to grey images and would change their values.
 */
public final class ImageTensors {
    /** The colour of NaN pixels, 0xRRGGBB: magenta. */
    public static final int NAN_RGB = 0xFF00FF;

    private ImageTensors() {
    }

    /** One image [C, H, W] with values in [-1, 1] as a BufferedImage. */
    public static BufferedImage toImage(float[] chw, int channels, int height, int width) {
        return toImage(chw, channels, height, width, -1f, 1f);
    }

    /** Image {@code index} of an [N, C, H, W] array (shape as in {@code Batch}) with values in [-1, 1]. */
    public static BufferedImage toImage(float[] nchw, long[] shape, int index) {
        checkNchw(nchw, shape);
        int c = (int) shape[1], h = (int) shape[2], w = (int) shape[3];
        if (index < 0 || index >= shape[0]) {
            throw new IndexOutOfBoundsException("image index " + index + " is outside [0, " + shape[0] + ")");
        }
        return toImage(nchw, index * c * h * w, c, h, w, -1f, 1f);
    }

    /** All images of an [N, C, H, W] array with values in [-1, 1], in order. */
    public static List<BufferedImage> toImages(float[] nchw, long[] shape) {
        checkNchw(nchw, shape);
        List<BufferedImage> out = new ArrayList<>((int) shape[0]);
        for (int i = 0; i < shape[0]; i++) {
            out.add(toImage(nchw, shape, i));
        }
        return out;
    }

    /** One image [C, H, W] whose values in [low, high] map to 0..255; outside values are clamped. */
    public static BufferedImage toImage(float[] chw, int channels, int height, int width, float low, float high) {
        checkSingle(chw, channels, height, width);
        return toImage(chw, 0, channels, height, width, low, high);
    }

    /**
     * One image [C, H, W] scaled so its smallest finite value is black and its largest is white, for
     * values with no fixed range such as predicted noise. A constant image becomes mid grey.
     */
    public static BufferedImage toImageAutoRange(float[] chw, int channels, int height, int width) {
        checkSingle(chw, channels, height, width);
        float[] range = finiteRange(chw);
        return toImage(chw, 0, channels, height, width, range[0], range[1]);
    }

    /**
     * The smallest and largest finite values, as {@code {min, max}}; {@code {-1, 1}} when there are none,
     * and widened around the value when all are equal, so the result can always be used as a range.
     */
    public static float[] finiteRange(float[] values) {
        float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return new float[]{-1f, 1f};
        }
        if (min == max) {
            return new float[]{min - 1f, max + 1f};
        }
        return new float[]{min, max};
    }

    /**
     * Maps one value to a byte 0..255 with the range [low, high]: clamped, rounded. NaN gives -1,
     * which callers treat as "draw in {@link #NAN_RGB}".
     */
    public static int toByte(float v, float low, float high) {
        if (Float.isNaN(v)) {
            return -1;
        }
        double t = ((double) v - low) / ((double) high - low);
        if (!(t > 0)) {
            return 0;
        }
        if (t >= 1) {
            return 255;
        }
        return (int) Math.round(t * 255.0);
    }

    /**
     * An image as a [C, H, W] tensor in [-1, 1] (byte b becomes b / 127.5 - 1), the inverse of
     * {@link #toImage(float[], int, int, int)}. With {@code channels == 1} a colour image is turned to
     * grey by its luma (0.299 R + 0.587 G + 0.114 B); with 3 a grey image is repeated in each channel.
     */
    public static float[] toTensor(BufferedImage image, int channels) {
        Objects.requireNonNull(image, "image");
        checkChannels(channels);
        int h = image.getHeight(), w = image.getWidth();
        BufferedImage src = isPlainGrey(image) || image.getType() == BufferedImage.TYPE_INT_RGB ? image : toRgb(image);
        int bands = src.getRaster().getNumBands();
        int[] px = src.getRaster().getPixels(0, 0, w, h, (int[]) null);   // [H, W, bands]
        float[] out = new float[channels * h * w];                         // [C, H, W]
        for (int p = 0; p < h * w; p++) {
            if (bands == 1) {
                float v = px[p] / 127.5f - 1f;
                for (int c = 0; c < channels; c++) {
                    out[c * h * w + p] = v;
                }
            } else if (channels == 1) {
                double luma = 0.299 * px[3 * p] + 0.587 * px[3 * p + 1] + 0.114 * px[3 * p + 2];
                out[p] = (float) (luma / 127.5 - 1.0);
            } else {
                for (int c = 0; c < 3; c++) {
                    out[c * h * w + p] = px[3 * p + c] / 127.5f - 1f;
                }
            }
        }
        return out;
    }

    /** A copy enlarged {@code factor} times with nearest-neighbour sampling (hard pixel edges), same type. */
    public static BufferedImage upscale(BufferedImage image, int factor) {
        Objects.requireNonNull(image, "image");
        if (factor < 1) {
            throw new IllegalArgumentException("upscale factor must be at least 1, got " + factor);
        }
        BufferedImage src = isPlainGrey(image) || image.getType() == BufferedImage.TYPE_INT_RGB ? image : toRgb(image);
        int w = src.getWidth(), h = src.getHeight(), bands = src.getRaster().getNumBands();
        BufferedImage out = new BufferedImage(w * factor, h * factor, src.getType());
        int[] row = new int[w * bands];
        int[] big = new int[w * factor * bands];
        for (int y = 0; y < h; y++) {
            src.getRaster().getPixels(0, y, w, 1, row);
            for (int x = 0; x < w * factor; x++) {
                System.arraycopy(row, (x / factor) * bands, big, x * bands, bands);
            }
            for (int dy = 0; dy < factor; dy++) {
                out.getRaster().setPixels(0, y * factor + dy, w * factor, 1, big);
            }
        }
        return out;
    }

    /**
     * A {@code TYPE_INT_RGB} copy. A {@code TYPE_BYTE_GRAY} image is copied sample by sample (r = g = b =
     * grey) so its values are kept exactly; any other type is drawn with Java2D.
     */
    public static BufferedImage toRgb(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int w = image.getWidth(), h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        if (isPlainGrey(image)) {
            int[] g = image.getRaster().getPixels(0, 0, w, h, (int[]) null);
            int[] rgb = new int[g.length * 3];
            for (int i = 0; i < g.length; i++) {
                rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = g[i];
            }
            out.getRaster().setPixels(0, 0, w, h, rgb);
        } else {
            var g = out.createGraphics();
            try {
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        return out;
    }

    private static BufferedImage toImage(float[] data, int offset, int c, int h, int w, float low, float high) {
        Objects.requireNonNull(data, "image data");
        checkChannels(c);
        if (h <= 0 || w <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + h + "x" + w);
        }
        if (!(low < high) || !Float.isFinite(low) || !Float.isFinite(high)) {
            throw new IllegalArgumentException("value range must be finite with low < high, got [" + low + ", " + high + "]");
        }
        long needed = (long) offset + (long) c * h * w;
        if (offset < 0 || needed > data.length) {
            throw new IllegalArgumentException("image data has " + data.length + " values, a " + c + "x" + h + "x" + w
                    + " image at offset " + offset + " needs " + needed);
        }
        int plane = h * w;
        int[] px = new int[plane * c];       // [H, W, C] interleaved, as the raster wants
        boolean anyNaN = false;
        for (int ch = 0; ch < c; ch++) {
            for (int p = 0; p < plane; p++) {
                int b = toByte(data[offset + ch * plane + p], low, high);
                anyNaN |= b < 0;
                px[p * c + ch] = b;
            }
        }
        if (c == 1 && !anyNaN) {
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            out.getRaster().setPixels(0, 0, w, h, px);
            return out;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[plane * 3];
        for (int p = 0; p < plane; p++) {
            boolean nan = false;
            for (int ch = 0; ch < c; ch++) {
                nan |= px[p * c + ch] < 0;
            }
            for (int k = 0; k < 3; k++) {
                rgb[3 * p + k] = nan ? (NAN_RGB >> (16 - 8 * k)) & 0xFF : px[p * c + (c == 1 ? 0 : k)];
            }
        }
        WritableRaster raster = out.getRaster();
        raster.setPixels(0, 0, w, h, rgb);
        return out;
    }

    private static boolean isPlainGrey(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY;
    }

    private static void checkChannels(int channels) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("images must have 1 (grey) or 3 (RGB) channels, got " + channels);
        }
    }

    private static void checkSingle(float[] chw, int c, int h, int w) {
        Objects.requireNonNull(chw, "image data");
        if (chw.length != (long) c * h * w) {
            throw new IllegalArgumentException("image data has " + chw.length + " values but a " + c + "x" + h + "x" + w
                    + " image needs " + (long) c * h * w);
        }
    }

    private static void checkNchw(float[] nchw, long[] shape) {
        Objects.requireNonNull(nchw, "image data");
        Objects.requireNonNull(shape, "shape");
        if (shape.length != 4) {
            throw new IllegalArgumentException("expected an image batch shape [N, C, H, W], got " + java.util.Arrays.toString(shape));
        }
        long expected = shape[0] * shape[1] * shape[2] * shape[3];
        if (shape[0] < 0 || expected != nchw.length) {
            throw new IllegalArgumentException("image data has " + nchw.length + " values but shape "
                    + java.util.Arrays.toString(shape) + " needs " + expected);
        }
    }
}
