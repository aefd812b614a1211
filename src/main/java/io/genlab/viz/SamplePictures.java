package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.DataShape;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a batch of generated samples into the picture a person looks at: images as a labelled
 * grid, 2D points as a scatter plot (optionally over the training data).
 */
public final class SamplePictures {
    private SamplePictures() {}

    /**
     * @param samples [N, C, H, W] images in [-1, 1] or [N, 2] points
     * @param labels  class of each sample (-1 for unconditional), for the cell captions
     * @param shape   the data shape, for class names
     * @param title   heading of the picture
     */
    public static BufferedImage render(Tensor samples, int[] labels, DataShape shape, String title) {
        return render(samples, labels, shape, title, null);
    }

    /** As {@link #render(Tensor, int[], DataShape, String)}; for points, {@code reference} (may be null) is drawn beneath. */
    public static BufferedImage render(Tensor samples, int[] labels, DataShape shape, String title, float[] reference) {
        if (shape.kind() == DataShape.Kind.POINTS) {
            ScatterPlot.Builder plot = ScatterPlot.builder().optTitle(title);
            if (reference != null) plot.addPoints("data", reference);
            return plot.addPoints("samples", samples.data()).optLegend(reference != null).build().render();
        }
        int n = samples.shape()[0];
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i < labels.length ? labels[i] : -1;
            captions.add(k < 0 || shape.numClasses() <= 1 ? "" : shape.classNames().get(k));
        }
        long[] longShape = new long[samples.rank()];
        for (int i = 0; i < longShape.length; i++) longShape[i] = samples.shape()[i];
        boolean labelled = captions.stream().anyMatch(c -> !c.isEmpty());
        ImageGrid.Builder grid = ImageGrid.builder().setImages(samples.data(), longShape)
                .setColumns(columnsFor(n)).optCellScale(scaleFor(shape.height())).optTitle(title);
        if (labelled) grid.optCellLabels(captions);
        return grid.build().render();
    }

    /** About square, at most 10 columns. */
    static int columnsFor(int n) {
        return Math.max(1, Math.min(10, (int) Math.ceil(Math.sqrt(n))));
    }

    /** Small images are scaled up so a 28x28 sample is readable on a projector. */
    static int scaleFor(int height) {
        return Math.max(1, 112 / Math.max(1, height));
    }
}
