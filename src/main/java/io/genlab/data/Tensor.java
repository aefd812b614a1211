package io.genlab.data;

import java.util.Arrays;

/**
 * A plain float tensor: row-major values and a shape. The currency between layers that must
 * not know ND4J (visualisation, checkpoints, traces); models convert at their edge.
 */
public record Tensor(float[] data, int[] shape) {
    public Tensor {
        long n = 1;
        for (int d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " values, got " + data.length);
        }
    }

    public int rank() { return shape.length; }

    /** Number of values. */
    public int length() { return data.length; }

    /** Row {@code i} of the first dimension as its own tensor, e.g. one image of a batch. */
    public Tensor slice(int i) {
        int[] rest = Arrays.copyOfRange(shape, 1, shape.length);
        int size = data.length / shape[0];
        return new Tensor(Arrays.copyOfRange(data, i * size, (i + 1) * size), rest);
    }

    @Override
    public String toString() { return "Tensor" + Arrays.toString(shape); }
}
