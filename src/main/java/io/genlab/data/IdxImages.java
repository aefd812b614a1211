package io.genlab.data;

/**
 * A stack of 8-bit greyscale images as read from (or written to) an IDX file: N x H x W bytes,
 * 0 = black. It is a thin holder for the file's bytes, not a dataset; {@link #toFloats()} gives
 * the [-1, 1] values an {@link ImageDataset} holds.
 */
public final class IdxImages {
    private final int count, height, width;
    private final byte[] pixels;   // [N, H, W], unsigned

    /** @param pixels N*H*W unsigned bytes; copied */
    public IdxImages(int count, int height, int width, byte[] pixels) {
        if (count < 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("bad image stack shape " + count + "x" + height + "x" + width);
        }
        if (pixels.length != (long) count * height * width) {
            throw new IllegalArgumentException(pixels.length + " bytes for " + count + " images of " + height + "x" + width);
        }
        this.count = count;
        this.height = height;
        this.width = width;
        this.pixels = pixels.clone();
    }

    /** Wraps without copying; for the reader, which owns the array it passes. */
    static IdxImages wrap(int count, int height, int width, byte[] pixels) {
        return new IdxImages(count, height, width, pixels, true);
    }

    private IdxImages(int count, int height, int width, byte[] pixels, boolean owned) {
        this.count = count;
        this.height = height;
        this.width = width;
        this.pixels = pixels;
    }

    public int count() { return count; }
    public int height() { return height; }
    public int width() { return width; }

    /** A copy of the raw bytes, [N, H, W]. */
    public byte[] bytes() { return pixels.clone(); }

    /** The unsigned value 0..255 of pixel (i, y, x). */
    public int pixel(int i, int y, int x) {
        return pixels[(i * height + y) * width + x] & 0xFF;
    }

    /** All pixels mapped 0..255 to [-1, 1] as v / 127.5 - 1, [N, 1, H, W] row-major. */
    public float[] toFloats() {
        float[] out = new float[pixels.length];
        for (int i = 0; i < out.length; i++) out[i] = toUnit(pixels[i] & 0xFF);
        return out;
    }

    /** The first {@code n} images (all of them, if there are fewer). */
    public IdxImages head(int n) {
        int m = Math.min(n, count);
        byte[] out = new byte[m * height * width];
        System.arraycopy(pixels, 0, out, 0, out.length);
        return wrap(m, height, width, out);
    }

    /** 0..255 to [-1, 1]. */
    static float toUnit(int v) {
        return v / 127.5f - 1f;
    }
}
