package io.genlab.train;

import io.genlab.data.Batch;
import io.genlab.data.BatchSchedule;
import io.genlab.data.DatasetLocations;
import io.genlab.data.DatasetSpec;
import io.genlab.data.Datasets;
import io.genlab.data.FashionMnist;
import io.genlab.data.Shapes;
import io.genlab.data.ImageDataset;
import io.genlab.data.PointSet;

import java.util.function.Function;

/**
 * The batches a training run sees: the batch of step s is fixed by the run seed, so resuming
 * from a checkpoint continues the exact sequence.
 */
public final class TrainingData {
    private final String name;
    private final DataShape shape;
    private final int size;
    private final Function<int[], Batch> batcher;
    private final BatchSchedule schedule;
    private java.util.function.Supplier<Batch> heldOutSource = () -> null;
    private Batch heldOut;

    public TrainingData(String name, DataShape shape, int size, Function<int[], Batch> batcher, int batchSize, long seed) {
        this.name = name;
        this.shape = shape;
        this.size = size;
        this.batcher = batcher;
        this.schedule = new BatchSchedule(size, batchSize, seed, true);
    }

    /** Images from a dataset, shuffled per epoch from {@code seed}; the vocabulary of their captions, if they have any. */
    public static TrainingData of(ImageDataset ds, int batchSize, long seed) {
        DataShape shape = DataShape.images(ds.channels(), ds.height(), ds.width(), ds.classNames(),
                ds.captions().map(io.genlab.data.CaptionWords::vocabulary).orElse(java.util.List.of()));
        return new TrainingData(ds.name(), shape, ds.size(), ds::batch, batchSize, seed);
    }

    /** 2D points, shuffled per epoch from {@code seed}. */
    public static TrainingData of(PointSet points, int batchSize, long seed) {
        return new TrainingData(points.name(), DataShape.points(), points.size(), points::batch, batchSize, seed);
    }

    /** Points generated for a Toy2D run when the config sets no dataset limit. */
    public static final int DEFAULT_POINTS = 8192;

    /**
     * Loads the data a run config names: its dataset spec, cut to its dataset limit, batched and
     * shuffled from its seed.
     */
    public static TrainingData load(RunConfig config, DatasetLocations where) {
        DatasetSpec spec = DatasetSpec.parse(config.dataset());
        long dataSeed = io.genlab.data.Seeds.of(config.seed(), "data");
        if (spec.isImages()) {
            TrainingData data = of(images(config, where), config.batchSize(), dataSeed);
            if (spec.unseen().equals(spec)) return data;
            return data.withHeldOut(() -> {
                ImageDataset unseen = Datasets.loadImages(spec.unseen(), where, dataSeed);
                return unseen.batch(java.util.stream.IntStream.range(0, Math.min(HELD_OUT, unseen.size())).toArray());
            });
        }
        int count = config.datasetLimit() > 0 ? config.datasetLimit() : DEFAULT_POINTS;
        return of(Datasets.loadPoints(spec, count, dataSeed), config.batchSize(), dataSeed);
    }

    /** The images a run config trained on: its dataset spec, cut to its dataset limit. */
    public static ImageDataset images(RunConfig config, DatasetLocations where) {
        ImageDataset ds = Datasets.loadImages(DatasetSpec.parse(config.dataset()), where, io.genlab.data.Seeds.of(config.seed(), "data"));
        return config.datasetLimit() > 0 ? ds.head(config.datasetLimit()) : ds;
    }

    /**
     * The shape of the data a spec names, known without loading it (to offer only the datasets a
     * model can learn); empty for {@code idx:PATH}, whose size is only known from its files. For
     * Shapes, the vocabulary is every word a caption can have; a run on part of the data knows
     * those of its captions.
     */
    public static java.util.Optional<DataShape> expectedShape(String spec) {
        DatasetSpec s = DatasetSpec.parse(spec);
        return switch (s.kind()) {
            case FASHION, FASHION_TEST -> java.util.Optional.of(DataShape.images(1, FashionMnist.SIDE, FashionMnist.SIDE,
                    FashionMnist.CLASS_NAMES));
            case SHAPES -> java.util.Optional.of(DataShape.images(3, Shapes.SIDE, Shapes.SIDE, Shapes.CLASS_NAMES,
                    io.genlab.data.CaptionWords.vocabulary(Shapes.captionWords())));
            case TOY2D, TOY2D_FILE -> java.util.Optional.of(DataShape.points());
            case IDX -> java.util.Optional.empty();
        };
    }

    /** Held-out images a likelihood model is scored on during training ({@link #heldOut()}). */
    public static final int HELD_OUT = 256;

    /**
     * The first {@link #HELD_OUT} images of a held-out split the run never trains on
     * (Fashion-MNIST's test split for {@code fashion}), or empty when the data has none. Loaded
     * on the first call.
     */
    public java.util.Optional<Batch> heldOut() {
        if (heldOut == null) heldOut = heldOutSource.get();
        return java.util.Optional.ofNullable(heldOut);
    }

    /** This data with a held-out batch, loaded when first asked for. */
    public TrainingData withHeldOut(java.util.function.Supplier<Batch> source) {
        this.heldOutSource = source;
        return this;
    }

    public String name() { return name; }
    public DataShape shape() { return shape; }
    public int size() { return size; }

    /** The first {@code count} examples of the data (all, if it has fewer), in order, e.g. the captions a snapshot draws. */
    public Batch firstExamples(int count) {
        return batcher.apply(java.util.stream.IntStream.range(0, Math.min(count, size)).toArray());
    }

    /** The batch of training step {@code step} (0-based). */
    public Batch batchForStep(long step) {
        return batcher.apply(schedule.indicesForStep(step));
    }
}
