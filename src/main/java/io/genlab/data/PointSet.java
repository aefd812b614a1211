package io.genlab.data;

import java.util.Objects;

/**
 * A set of 2D points, N x 2 floats, for the Toy2D lessons where a model learns a distribution
 * it can be drawn over. Procedural sets lie roughly in [-1, 1] on both axes (a few tail points
 * of the Gaussian ones stray a little beyond); user points are kept exactly as given.
 * Immutable; it has no labels.
 */
public final class PointSet {
    private final String name;
    private final String source;
    private final float[] xy;    // [N, 2] row-major

    /** @param xy 2*N finite values x0, y0, x1, y1, ...; copied */
    public PointSet(String name, String source, float[] xy) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        if (xy.length == 0 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("point set '" + name + "' needs a positive, even number of values, got " + xy.length);
        }
        for (int i = 0; i < xy.length; i++) {
            if (!Float.isFinite(xy[i])) {
                throw new IllegalArgumentException("point set '" + name + "': value " + xy[i] + " of point " + i / 2 + " is not finite");
            }
        }
        this.xy = xy.clone();
    }

    /** E.g. "toy2d:ring". */
    public String name() { return name; }
    /** E.g. "procedural, seed 1" or a file path. */
    public String source() { return source; }
    public int size() { return xy.length / 2; }
    public float x(int i) { return xy[2 * i]; }
    public float y(int i) { return xy[2 * i + 1]; }

    /** A copy of all points, [N, 2] row-major. */
    public float[] points() { return xy.clone(); }

    /** The points at the given indices as a batch of shape [B, 2] with no labels. */
    public Batch batch(int[] indices) {
        float[] out = new float[indices.length * 2];
        for (int b = 0; b < indices.length; b++) {
            out[2 * b] = xy[2 * indices[b]];
            out[2 * b + 1] = xy[2 * indices[b] + 1];
        }
        return new Batch(out, new long[]{indices.length, 2}, new int[0], indices.clone());
    }

    @Override
    public String toString() {
        return name + " (" + size() + " points)";
    }
}
