package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.DataShape;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a batch of generated samples into the picture a person looks at: images as a labelled
 * grid, 2D points as a scatter plot.
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
        return render(samples, labels, shape, title, Theme.LIGHT, 0);
    }

    /**
     * Like {@link #render(Tensor, int[], DataShape, String)} with a theme (e.g. larger text for a
     * projector) and, for points, fixed axes from {@code -pointBound} to {@code pointBound} so the
     * frames of a time-lapse share them (0 fits the axes to the points).
     */
    public static BufferedImage render(Tensor samples, int[] labels, DataShape shape, String title, Theme theme,
                                       double pointBound) {
        if (shape.kind() == DataShape.Kind.POINTS) {
            ScatterPlot.Builder plot = ScatterPlot.builder().optTitle(title).optTheme(theme).addPoints("samples", samples.data());
            if (pointBound > 0) plot.optBounds(-pointBound, pointBound, -pointBound, pointBound);
            return plot.build().render();
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
                .setColumns(columnsFor(n)).optCellScale(scaleFor(shape.height())).optTitle(title).optTheme(theme);
        if (labelled) grid.optCellLabels(captions);
        return grid.build().render();
    }

    /**
     * Samples of a text-conditioned model as one row per prompt, the prompt written beside its row.
     *
     * @param samples [P * perPrompt, C, H, W] in [-1, 1], prompt by prompt
     * @param prompts the P prompts, in row order
     */
    public static BufferedImage renderPrompts(Tensor samples, List<String> prompts, String title, Theme theme) {
        int n = samples.shape()[0];
        if (prompts.isEmpty() || n % prompts.size() != 0) {
            throw new IllegalArgumentException(n + " samples do not make rows for " + prompts.size() + " prompts");
        }
        long[] longShape = new long[samples.rank()];
        for (int i = 0; i < longShape.length; i++) longShape[i] = samples.shape()[i];
        List<String> rows = prompts.stream().map(p -> p.isBlank() ? "(empty prompt)" : "\"" + p + "\"").toList();
        return ImageGrid.builder().setImages(samples.data(), longShape).setColumns(n / prompts.size())
                .optCellScale(scaleFor(samples.shape()[2])).optRowLabels(rows).optTitle(title).optTheme(theme).build().render();
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
