package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An image cut into p x p patches, the tokens of a vision transformer (Dosovitskiy et al., 2021):
 * a 28x28 image with p = 4 is a 7x7 grid of 49 tokens. Tokens are numbered in raster order,
 * token {@code row * columns + column}, as PyTorch's {@code flatten(2)} numbers them.
 *
 * <p>No parameters: the patch embedding itself is a p x p convolution with stride p
 * ({@link Conv2d}); this class moves between that convolution's grid, token rows and images, and
 * holds the fixed 2D sin-cos positions.
 */
public final class PatchGrid {
    private final int patch, rows, columns;

    public PatchGrid(int height, int width, int patch) {
        if (patch <= 0 || height % patch != 0 || width % patch != 0) {
            throw new IllegalArgumentException(height + "x" + width + " images do not cut into " + patch + "x" + patch + " patches");
        }
        this.patch = patch;
        this.rows = height / patch;
        this.columns = width / patch;
    }

    public int patch() { return patch; }
    public int rows() { return rows; }
    public int columns() { return columns; }
    public int tokens() { return rows * columns; }

    /** The patch embedding's grid [B, D, rows, columns] -> token rows [B*T, D]. */
    public SDVariable tokens(SDVariable grid, int dim) {
        return grid.reshape(-1, dim, tokens())                                 // [B, D, T]
                .permute(0, 2, 1)                                              // [B, T, D]
                .reshape(-1, dim);                                             // [B*T, D]
    }

    /** Token rows [B*T, D] -> [B, D, rows, columns]: each of the D features as a map over the grid. */
    public SDVariable maps(SDVariable tokenRows, int dim) {
        return tokenRows.reshape(-1, rows, columns, dim)                       // [B, rows, columns, D]
                .permute(0, 3, 1, 2);                                          // [B, D, rows, columns]
    }

    /**
     * Un-patchify: token rows [B*T, p*p*C], each a patch's pixels in (y, x, channel) order as the
     * PyTorch twin lays them out -> images [B, C, rows*p, columns*p].
     */
    public SDVariable image(SDVariable tokenRows, int channels) {
        return tokenRows.reshape(-1, rows, columns, patch, patch, channels)     // [B, gy, gx, py, px, C]
                .permute(0, 5, 1, 3, 2, 4)                                     // [B, C, gy, py, gx, px]
                .reshape(-1, channels, rows * patch, columns * patch);         // [B, C, H, W]
    }

    /**
     * Patchify the pixels: images [B, C, rows*p, columns*p] -> token rows [B*T, p*p*C], each a
     * patch's pixels in (y, x, channel) order; {@link #image} undoes it.
     */
    public SDVariable patches(SDVariable images, int channels) {
        return images.reshape(-1, channels, rows, patch, columns, patch)     // [B, C, gy, py, gx, px]
                .permute(0, 2, 4, 3, 5, 1)                                     // [B, gy, gx, py, px, C]
                .reshape(-1, patch * patch * channels);                        // [B*T, p*p*C]
    }

    /** Token rows [B*T, D] plus {@link #positions}: every token learns where it is. */
    public SDVariable addPositions(Net net, SDVariable tokenRows, int dim) {
        SDVariable table = net.constant(positions(dim));                       // [T, D]
        return tokenRows.reshape(-1, tokens(), dim).add(table)                 // [B, T, D]
                .reshape(-1, dim);                                             // [B*T, D]
    }

    /**
     * The fixed 2D sin-cos positions [T, D]: the first D/2 values encode the token's row, the last
     * D/2 its column, each as {@code [sin(v f_0) .. sin(v f_{k-1}), cos(v f_0) .. cos(v f_{k-1})]}
     * with k = D/4 and {@code f_i = 10000^(-i/k)}.
     */
    public INDArray positions(int dim) {
        if (dim <= 0 || dim % 4 != 0) throw new IllegalArgumentException("2D sin-cos positions need a width divisible by 4, got " + dim);
        double[] f = SinusoidalEmbedding.frequencies(dim / 2);
        int k = f.length;
        INDArray table = Nd4j.create(DataType.DOUBLE, tokens(), dim);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int token = r * columns + c;
                for (int i = 0; i < k; i++) {
                    table.putScalar(token, i, Math.sin(r * f[i]));
                    table.putScalar(token, k + i, Math.cos(r * f[i]));
                    table.putScalar(token, 2 * k + i, Math.sin(c * f[i]));
                    table.putScalar(token, 3 * k + i, Math.cos(c * f[i]));
                }
            }
        }
        return table;
    }
}
