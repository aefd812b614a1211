package io.genlab.viz;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The memorisation panel: generated images, each beside the training image nearest to it and
 * their pixel distance, so a reader sees at a glance whether a model copies its training data.
 */
public final class MemorisationPictures {
    private MemorisationPictures() {}

    /**
     * @param samples   pixels [C*H*W] of each sample shown, in [-1, 1]
     * @param nearest   pixels of each one's nearest training image
     * @param distances their Euclidean pixel distances
     * @param scale     the typical distance from a training image to its nearest other one
     * @param pairsPerRow pairs side by side in one row
     */
    public static BufferedImage panel(List<float[]> samples, List<float[]> nearest, double[] distances, double scale,
                                      int channels, int height, int width, int pairsPerRow, String title) {
        if (samples.size() != nearest.size() || samples.size() > distances.length) {
            throw new IllegalArgumentException(samples.size() + " samples, " + nearest.size() + " nearest images, " + distances.length + " distances");
        }
        List<BufferedImage> cells = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            cells.add(ImageTensors.toImage(samples.get(i), channels, height, width));
            labels.add("sample " + (i + 1));
            cells.add(ImageTensors.toImage(nearest.get(i), channels, height, width));
            labels.add(String.format(Locale.ROOT, "d %.1f = %.1f×", distances[i], distances[i] / scale));
        }
        return ImageGrid.builder().setImages(cells).setColumns(2 * pairsPerRow).optCellScale(4).optCellLabels(labels)
                .optTitle(title).build().render();
    }
}
