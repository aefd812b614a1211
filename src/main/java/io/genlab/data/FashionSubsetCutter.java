package io.genlab.data;

import java.nio.file.Path;

/**
 * The tool that cut GenLab's bundled Fashion-MNIST subset from the full set: the first 10,000
 * training and first 2,000 test images with their labels, as gzip IDX files under the original
 * names. It is reproducible (same input, same bytes) and prints nothing; see
 * {@code datasets/fashion-mnist/README.md} for the command line.
 *
 * <pre>java -cp target/classes io.genlab.data.FashionSubsetCutter /usr/share/datasets/fashion-mnist datasets/fashion-mnist</pre>
 */
public final class FashionSubsetCutter {
    /** Training images in the bundled subset. */
    public static final int TRAIN_COUNT = 10_000;
    /** Test images in the bundled subset. */
    public static final int TEST_COUNT = 2_000;

    private FashionSubsetCutter() {}

    /** Usage: FashionSubsetCutter FULL_SET_FOLDER OUTPUT_FOLDER */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: FashionSubsetCutter FULL_SET_FOLDER OUTPUT_FOLDER");
        }
        cut(Path.of(args[0]), Path.of(args[1]));
    }

    /** Cuts both splits from {@code full} into {@code out}. */
    public static void cut(Path full, Path out) {
        cutSplit(full, out, "train", TRAIN_COUNT);
        cutSplit(full, out, "test", TEST_COUNT);
    }

    private static void cutSplit(Path full, Path out, String split, int count) {
        IdxWriter.cut(full.resolve(FashionMnist.imagesFile(split)), full.resolve(FashionMnist.labelsFile(split)), count,
                out.resolve(FashionMnist.imagesFile(split)), out.resolve(FashionMnist.labelsFile(split)));
    }
}
