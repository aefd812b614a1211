package io.genlab.data;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory set of images: N x C x H x W floats in [-1, 1], an integer label per image with
 * class names, and optionally a caption and structured attributes per image.
 *
 * <p>It is plain data: no ND4J arrays and no files. Batches for training come from
 * {@link BatchSchedule}, which picks indices deterministically from a seed, and {@link #batch}.
 * An ImageDataset is immutable once built; the constructor checks every size and value.
 */
public final class ImageDataset {
    private final String name;
    private final String source;
    private final int n, channels, height, width;
    private final float[] pixels;            // [N, C, H, W], row-major, values in [-1, 1]
    private final int[] labels;              // [N], each in [0, classNames.size())
    private final List<String> classNames;
    private final List<String> captions;     // [N] or null
    private final List<Map<String, String>> attributes; // [N] or null

    /**
     * @param name       short name shown to users, e.g. "fashion"
     * @param source     where the data came from (a folder, or "procedural, seed 1")
     * @param pixels     N*C*H*W values in [-1, 1]; the dataset keeps this array, do not modify it
     * @param captions   one caption per image, or null
     * @param attributes one attribute map per image, or null
     */
    public ImageDataset(String name, String source, int channels, int height, int width,
                        float[] pixels, int[] labels, List<String> classNames,
                        List<String> captions, List<Map<String, String>> attributes) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("image shape must be positive, got " + channels + "x" + height + "x" + width);
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.labels = Objects.requireNonNull(labels, "labels");
        this.n = labels.length;
        long expected = (long) n * channels * height * width;
        if (pixels.length != expected) {
            throw new IllegalArgumentException("dataset '" + name + "': " + pixels.length + " pixel values for " + n
                    + " images of " + channels + "x" + height + "x" + width + " (expected " + expected + ")");
        }
        this.pixels = pixels;
        this.classNames = List.copyOf(classNames);
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= this.classNames.size()) {
                throw new IllegalArgumentException("dataset '" + name + "': label " + labels[i] + " of image " + i
                        + " is outside [0, " + this.classNames.size() + ")");
            }
        }
        for (int i = 0; i < pixels.length; i++) {
            float v = pixels[i];
            if (!(v >= -1f && v <= 1f)) {
                throw new IllegalArgumentException("dataset '" + name + "': pixel value " + v + " at " + i + " is outside [-1, 1]");
            }
        }
        if (captions != null && captions.size() != n) {
            throw new IllegalArgumentException("dataset '" + name + "': " + captions.size() + " captions for " + n + " images");
        }
        if (attributes != null && attributes.size() != n) {
            throw new IllegalArgumentException("dataset '" + name + "': " + attributes.size() + " attribute sets for " + n + " images");
        }
        this.captions = captions == null ? null : List.copyOf(captions);
        this.attributes = attributes == null ? null
                : attributes.stream().map(m -> Collections.unmodifiableMap(Map.copyOf(m))).toList();
    }

    public String name() { return name; }
    public String source() { return source; }
    public int size() { return n; }
    public int channels() { return channels; }
    public int height() { return height; }
    public int width() { return width; }
    /** C*H*W, the number of values in one image. */
    public int imageSize() { return channels * height * width; }
    public int numClasses() { return classNames.size(); }
    public List<String> classNames() { return classNames; }
    public int label(int i) { return labels[i]; }
    public Optional<List<String>> captions() { return Optional.ofNullable(captions); }
    public Optional<List<Map<String, String>>> attributes() { return Optional.ofNullable(attributes); }

    /** A copy of image i, [C, H, W] row-major in [-1, 1]. */
    public float[] image(int i) {
        float[] out = new float[imageSize()];
        System.arraycopy(pixels, i * imageSize(), out, 0, imageSize());
        return out;
    }

    /** The images, labels and captions (if the data has them) at the given indices, in that order. */
    public Batch batch(int[] indices) {
        int size = imageSize();
        float[] x = new float[indices.length * size];
        int[] y = new int[indices.length];
        for (int b = 0; b < indices.length; b++) {
            int i = indices[b];
            System.arraycopy(pixels, i * size, x, b * size, size);
            y[b] = labels[i];
        }
        List<String> rowCaptions = new java.util.ArrayList<>();
        if (captions != null) for (int i : indices) rowCaptions.add(captions.get(i));
        return new Batch(x, new long[]{indices.length, channels, height, width}, y, indices.clone(), rowCaptions);
    }

    /** The first {@code count} images (or all, if fewer) as a new dataset, e.g. for a quick run. */
    public ImageDataset head(int count) {
        return range(0, Math.min(count, n));
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive) as a new dataset, e.g. a held-out part. */
    public ImageDataset range(int from, int to) {
        if (from < 0 || to > n || from > to) throw new IndexOutOfBoundsException("images " + from + " to " + to + " of " + n);
        int m = to - from;
        float[] x = new float[m * imageSize()];
        System.arraycopy(pixels, from * imageSize(), x, 0, x.length);
        int[] y = new int[m];
        System.arraycopy(labels, from, y, 0, m);
        return new ImageDataset(name, source, channels, height, width, x, y, classNames,
                captions == null ? null : captions.subList(from, to),
                attributes == null ? null : attributes.subList(from, to));
    }

    @Override
    public String toString() {
        return name + " (" + n + " images, " + channels + "x" + height + "x" + width + ", " + numClasses() + " classes)";
    }
}
