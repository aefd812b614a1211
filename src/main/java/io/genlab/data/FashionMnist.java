package io.genlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Finds and loads Fashion-MNIST (Zalando Research): 28x28 greyscale clothing images in ten
 * classes. It is a locator, not a downloader: it looks, in this order, in the folder the user
 * named, in the full set at {@link DatasetLocations#SYSTEM_FASHION}, and in the bundled subset
 * under the GenLab home, and reports which one it used in {@link ImageDataset#source()}.
 *
 * <p>A user folder that was named but holds no usable split is an error, never silently
 * skipped. The full set has 60,000 training and 10,000 test images; the bundled subset holds
 * the first 10,000 and 2,000 of them.
 */
public final class FashionMnist {
    /** The ten class names, in label order 0..9. */
    public static final List<String> CLASS_NAMES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    /** Height and width of every image. */
    public static final int SIDE = 28;
    /** Images in the full training split. */
    public static final int FULL_TRAIN = 60_000;
    /** Images in the full test split. */
    public static final int FULL_TEST = 10_000;

    /** The files of one split and where they were found. */
    public record Location(String split, Path images, Path labels, DataOrigin origin) {
        /** The folder holding the files. */
        public Path folder() { return images.toAbsolutePath().getParent(); }
    }

    private FashionMnist() {}

    /** The dataset name of a split: "fashion" for train, "fashion-test" for test. */
    public static String datasetName(String split) {
        return "train".equals(checkSplit(split)) ? "fashion" : "fashion-test";
    }

    /** The image file name of a split, as in the original release. */
    public static String imagesFile(String split) {
        return filePrefix(split) + "-images-idx3-ubyte.gz";
    }

    /** The label file name of a split, as in the original release. */
    public static String labelsFile(String split) {
        return filePrefix(split) + "-labels-idx1-ubyte.gz";
    }

    /** Images in the full release of a split. */
    public static int fullCount(String split) {
        return "train".equals(checkSplit(split)) ? FULL_TRAIN : FULL_TEST;
    }

    /**
     * Which files {@link #load} would read for split "train" or "test", without reading them.
     * A user folder may hold the files compressed ({@code .gz}) or not.
     */
    public static Location locate(String split, DatasetLocations where) {
        split = checkSplit(split);
        if (where.userFolder().isPresent()) {
            Path dir = where.userFolder().get();
            Location l = find(split, dir, DataOrigin.USER_FOLDER);
            if (l == null) {
                throw DatasetException.of(dir, Files.isDirectory(dir)
                        ? "no Fashion-MNIST " + split + " split here; expected " + imagesFile(split) + " and "
                                + labelsFile(split) + " (or the same names without .gz)"
                        : "the dataset folder does not exist");
            }
            return l;
        }
        Location full = find(split, where.systemFolder(), DataOrigin.SYSTEM);
        if (full != null) return full;
        Location bundled = find(split, where.bundledFashion(), DataOrigin.BUNDLED);
        if (bundled != null) return bundled;
        throw new DatasetException("Fashion-MNIST " + split + " split not found: looked in " + where.systemFolder()
                + " (install it with `apt-get install dataset-fashion-mnist`) and in the bundled subset at "
                + where.bundledFashion() + "; or name a folder holding " + imagesFile(split) + " and " + labelsFile(split));
    }

    /** Loads split "train" or "test" from the first location that has it. */
    public static ImageDataset load(String split, DatasetLocations where) {
        return load(locate(split, where));
    }

    /** Loads the split at a known location. */
    public static ImageDataset load(Location l) {
        int n = IdxReader.readHeader(l.images()).count();
        ImageDataset d = IdxReader.readDataset(l.images(), l.labels(), datasetName(l.split()),
                describe(l, n), CLASS_NAMES);
        if (d.height() != SIDE || d.width() != SIDE) {
            throw DatasetException.of(l.images(), "Fashion-MNIST images are 28x28, this file holds "
                    + d.height() + "x" + d.width());
        }
        return d;
    }

    /** True if {@code count} images are the whole of the split. */
    public static boolean isFull(String split, int count) {
        return count >= fullCount(split);
    }

    /** E.g. "/usr/share/datasets/fashion-mnist (system full set, 60000 images)". */
    static String describe(Location l, int count) {
        String coverage = isFull(l.split(), count) ? "full set" : "subset";
        return l.folder() + " (" + l.origin().label() + ", " + coverage + ", " + count + " of "
                + fullCount(l.split()) + " images)";
    }

    private static Location find(String split, Path dir, DataOrigin origin) {
        Path images = firstExisting(dir, imagesFile(split));
        Path labels = firstExisting(dir, labelsFile(split));
        return images == null || labels == null ? null : new Location(split, images, labels, origin);
    }

    private static Path firstExisting(Path dir, String gzName) {
        Path gz = dir.resolve(gzName);
        if (Files.isRegularFile(gz)) return gz;
        Path raw = dir.resolve(gzName.substring(0, gzName.length() - 3));
        return Files.isRegularFile(raw) ? raw : null;
    }

    private static String filePrefix(String split) {
        return "train".equals(checkSplit(split)) ? "train" : "t10k";
    }

    private static String checkSplit(String split) {
        String s = split == null ? "" : split.toLowerCase(Locale.ROOT);
        if (!s.equals("train") && !s.equals("test")) {
            throw new DatasetException("unknown Fashion-MNIST split '" + split + "'; valid splits: train, test");
        }
        return s;
    }
}
