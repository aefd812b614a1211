package io.genlab.data;

/**
 * One minibatch as plain arrays: inputs with their shape, integer labels and the dataset
 * indices they came from. Images are [B, C, H, W]; Toy2D points are [B, 2] with no labels.
 *
 * @param x       the inputs, row-major in {@code shape}
 * @param shape   [B, C, H, W] for images, [B, 2] for points
 * @param labels  [B] class labels, or an empty array where the data has none
 * @param indices  [B] the dataset indices of the rows
 * @param captions [B] the rows' captions, or empty where the data has none
 */
public record Batch(float[] x, long[] shape, int[] labels, int[] indices, java.util.List<String> captions) {
    public Batch {
        captions = java.util.List.copyOf(captions);
        if (!captions.isEmpty() && captions.size() != shape[0]) {
            throw new IllegalArgumentException(captions.size() + " captions for a batch of " + shape[0]);
        }
    }

    /** A batch of data without captions. */
    public Batch(float[] x, long[] shape, int[] labels, int[] indices) {
        this(x, shape, labels, indices, java.util.List.of());
    }

    public int size() { return (int) shape[0]; }
}
