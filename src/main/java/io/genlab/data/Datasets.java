package io.genlab.data;

/**
 * The one entry point from a dataset spec to data: {@link #loadImages} for image models and
 * {@link #loadPoints} for the Toy2D lessons. It dispatches on {@link DatasetSpec}; it holds no
 * state and caches nothing.
 */
public final class Datasets {
    private Datasets() {}

    /** Parses and loads an image dataset; see {@link #loadImages(DatasetSpec, DatasetLocations, long)}. */
    public static ImageDataset loadImages(String spec, DatasetLocations where, long seed) {
        return loadImages(DatasetSpec.parse(spec), where, seed);
    }

    /**
     * Loads the images a spec names: Fashion-MNIST via {@link FashionMnist} (seed unused),
     * {@link Shapes#DEFAULT_COUNT} Shapes images from {@code seed}, or an {@code idx:PATH} pair.
     */
    public static ImageDataset loadImages(DatasetSpec spec, DatasetLocations where, long seed) {
        return switch (spec.kind()) {
            case FASHION -> FashionMnist.load("train", where);
            case FASHION_TEST -> FashionMnist.load("test", where);
            case SHAPES -> Shapes.generate(Shapes.DEFAULT_COUNT, seed);
            case IDX -> IdxPair.find(spec.path()).load(spec.toString());
            case TOY2D, TOY2D_FILE -> throw new DatasetException("'" + spec + "' is a set of 2D points, not images; "
                    + "image datasets: fashion, fashion-test, shapes, idx:PATH");
        };
    }

    /** Parses and loads a point set; see {@link #loadPoints(DatasetSpec, int, long)}. */
    public static PointSet loadPoints(String spec, int count, long seed) {
        return loadPoints(DatasetSpec.parse(spec), count, seed);
    }

    /**
     * Loads the points a spec names: {@code count} points of a Toy2D distribution from
     * {@code seed}, or every point of a {@code toy2d:file=PATH} CSV (count and seed unused).
     */
    public static PointSet loadPoints(DatasetSpec spec, int count, long seed) {
        return switch (spec.kind()) {
            case TOY2D -> Toy2D.generate(Toy2D.Kind.fromKey(spec.argument()), count, seed);
            case TOY2D_FILE -> PointsCsv.read(spec.path());
            case FASHION, FASHION_TEST, SHAPES, IDX -> throw new DatasetException("'" + spec
                    + "' is an image dataset, not 2D points; point datasets: toy2d:ring, toy2d:spiral, toy2d:moons, "
                    + "toy2d:checkerboard, toy2d:file=PATH");
        };
    }
}
