package io.genlab.eval.judge;

import io.genlab.data.DatasetLocations;
import io.genlab.data.DatasetSpec;
import io.genlab.data.Datasets;
import io.genlab.data.ImageDataset;
import io.genlab.data.Shapes;

import java.nio.file.Path;

/**
 * The images a judge learns from and is tested on: Fashion-MNIST's train and test splits (the
 * full set when it is installed, else the bundled subset), Shapes scenes drawn from two different
 * seeds, or an IDX pair with its last sixth held out (or a second IDX pair as the test split).
 *
 * @param spec  the training data's spec, as the card records it
 * @param train the images the judge learns from
 * @param test  images it has never seen, for its test accuracy
 */
public record JudgeData(String spec, ImageDataset train, ImageDataset test) {
    /** Shapes scenes in the test split. */
    static final int SHAPES_TEST = 2_000;

    /**
     * @param testSpec an image dataset to test on instead of the default held-out split, or null
     * @throws io.genlab.data.DatasetException if a dataset cannot be read, or is not labelled images
     */
    public static JudgeData load(String spec, String testSpec, DatasetLocations where) {
        DatasetSpec s = DatasetSpec.parse(spec);
        if (!s.isImages()) throw new IllegalArgumentException("a judge classifies images; '" + spec + "' is a set of 2D points");
        if (testSpec != null) {
            return new JudgeData(s.toString(), Datasets.loadImages(s, where, 1), Datasets.loadImages(testSpec, where, 2));
        }
        return switch (s.kind()) {
            case FASHION, FASHION_TEST -> new JudgeData("fashion", Datasets.loadImages("fashion", where, 1),
                    Datasets.loadImages("fashion-test", where, 1));
            case SHAPES -> new JudgeData(s.toString(), Shapes.generate(Shapes.DEFAULT_COUNT, 1), Shapes.generate(SHAPES_TEST, 2));
            case IDX -> holdOut(s.toString(), Datasets.loadImages(s, where, 1));
            case TOY2D, TOY2D_FILE -> throw new IllegalStateException("unreachable: " + s);
        };
    }

    /**
     * Where GenLab keeps the judge of a dataset: {@code lessons/models/judge-fashion} for
     * Fashion-MNIST (shipped), {@code judge-shapes} for Shapes, {@code judge-custom} for IDX data.
     */
    public static Path defaultFolder(Path home, String spec) {
        String name = switch (DatasetSpec.parse(spec).kind()) {
            case FASHION, FASHION_TEST -> "fashion";
            case SHAPES -> "shapes";
            case IDX, TOY2D, TOY2D_FILE -> "custom";
        };
        return home.resolve("lessons").resolve("models").resolve("judge-" + name);
    }

    /** The first five sixths to learn from, the last sixth to test on. */
    static JudgeData holdOut(String spec, ImageDataset all) {
        int test = all.size() / 6;
        if (test < 1) throw new IllegalArgumentException(spec + " has " + all.size() + " images: too few to hold some out for testing");
        return new JudgeData(spec, all.range(0, all.size() - test), all.range(all.size() - test, all.size()));
    }
}
