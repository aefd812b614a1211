package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Spatial soft-argmax (Finn et al. 2016, "Deep Spatial Autoencoders for Visuomotor Learning",
 * section 4): for each of Q fixed queries, a softmax over the positions of a feature map says
 * where the query's thing is. The expected position under that softmax is a coordinate that moves
 * smoothly with the image, finer than the map's cells; the features averaged under it say what
 * is there; the softmax's log normaliser says how strongly it is there at all. It is not attention between tokens ({@link MultiHeadAttention}): a query is one
 * channel of a 1x1 convolution, the same for every image.
 *
 * <p>Variables: {@code name.where/W} [1, 1, C, Q] and {@code name.where/b} [Q], the 1x1
 * convolution whose Q output channels are the queries' logits.
 */
public final class SpatialSoftArgmax extends Block {
    private final int channels, queries, height, width;
    private final Conv2d where;
    private final INDArray grid;                                               // [H*W, 2] (x, y) of every cell

    /**
     * What the queries read from a feature map.
     *
     * @param attention [B, Q, H*W] each query's softmax over the positions, row-major
     * @param centres   [B, Q, 2] each query's expected (x, y)
     * @param pooled    [B, Q, C] the features averaged under each query's softmax
     * @param evidence  [B, Q] log of the mean of exp(logit) over the positions: how strongly the query
     *                  finds its thing anywhere (its softmax's log normaliser, less log(H*W))
     */
    public record Reading(SDVariable attention, SDVariable centres, SDVariable pooled, SDVariable evidence) {}

    /**
     * @param cell        the distance between neighbouring cells in the coordinates the centres are given in
     *                    (e.g. 2 pixels for a map of stride 2)
     * @param firstCentre the coordinate of the first cell's centre on both axes
     */
    public SpatialSoftArgmax(Net net, String name, int channels, int queries, int height, int width, double cell, double firstCentre) {
        super(net, name);
        if (queries <= 0 || height <= 0 || width <= 0 || !(cell > 0)) {
            throw new IllegalArgumentException(name + ": bad soft-argmax of " + queries + " queries over " + height + "x" + width
                    + " cells of size " + cell);
        }
        this.channels = channels;
        this.queries = queries;
        this.height = height;
        this.width = width;
        this.where = child(new Conv2d(net, name + ".where", channels, queries, 1));
        this.grid = Nd4j.create(DataType.DOUBLE, (long) height * width, 2);
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                grid.putScalar(new long[]{(long) i * width + j, 0}, firstCentre + j * cell);
                grid.putScalar(new long[]{(long) i * width + j, 1}, firstCentre + i * cell);
            }
        }
    }

    public int queries() { return queries; }

    /** features [B, C, H, W] -> the queries' attention, centres and pooled features. */
    public Reading apply(SDVariable features) {
        int cells = height * width;
        SDVariable logits = where.apply(features)                              // [B, Q, H, W]
                .reshape(-1, cells);                                           // [B*Q, HW]
        SDVariable softmax = net.sd().nn.softmax(logits, -1);                  // [B*Q, HW]
        SDVariable peak = net.sd().max(logits, true, 1);                        // [B*Q, 1]
        SDVariable evidence = net.sd().math.log(net.sd().math.exp(logits.sub(peak)).mean(true, 1)).add(peak)  // [B*Q, 1]
                .reshape(-1, queries);                                         // [B, Q]
        SDVariable centres = softmax.mmul(net.constant(grid))                  // [B*Q, 2]
                .reshape(-1, queries, 2);                                      // [B, Q, 2]
        SDVariable attention = softmax.reshape(-1, queries, cells);            // [B, Q, HW]
        SDVariable values = features.reshape(-1, channels, cells)              // [B, C, HW]
                .permute(0, 2, 1);                                             // [B, HW, C]
        SDVariable pooled = attention.mmul(values);                            // [B, Q, C]
        return new Reading(attention, centres, pooled, evidence);
    }
}
