package io.genlab.gan;

import io.genlab.data.Batch;
import io.genlab.data.Datasets;
import io.genlab.data.PointSet;
import io.genlab.data.Seeds;
import io.genlab.train.DataShape;

import java.util.Map;
import java.util.Random;

/**
 * The 2D GAN playground (after GAN Lab, Kahng et al. 2018) without a window: a gan-2d model and
 * its data, trained one discriminator or generator update at a time, and after each what a
 * class looks at ({@link Frame}): the real and the fake points, the discriminator's verdict
 * over the plane, the generator's image of a grid of noise, and where each fake point is pulled.
 * Fake points and the noise grid use the same z all the time, so they move rather than jump.
 * Use it from one thread.
 */
public final class GanPlayground {
    /** Points shown of each set. */
    static final int SHOWN = 400;
    /** Cells per side of the discriminator's map. */
    static final int MAP = 40;
    /** Noise grid points per side (the generator's manifold). */
    static final int GRID = 15;
    /** The plane shown: [-BOUND, BOUND] on both axes. */
    public static final float BOUND = 1.5f;
    /** Points per update, and points of the data set the batches are drawn from. */
    public static final int BATCH = 256, DATA_POINTS = 8192;
    private static final float H = 1e-3f;

    private final GanModel model;
    private final PointSet data;
    private final int batch;
    private final long seed;
    private final float[] shownReal, fixedZ, gridZ;
    private long dSteps, gSteps;

    /**
     * What the playground shows after a step.
     *
     * @param dSteps, gSteps updates of each network so far
     * @param real    [SHOWN * 2] real points
     * @param fake    [SHOWN * 2] fake points from fixed noise
     * @param map     [MAP * MAP] the discriminator's probability of "real", row by row from y = -BOUND
     * @param grid    [GRID * GRID * 2] the generator's image of a grid of noise, row by row (z of 2 dimensions; else empty)
     * @param pull    [SHOWN * 2] for each fake point, the direction and strength its loss pulls it in
     * @param losses  the last update's losses and the discriminator's mean verdicts
     */
    public record Frame(long dSteps, long gSteps, float[] real, float[] fake, float[] map, float[] grid, float[] pull,
                        Map<String, Double> losses) {}

    /** The playground as the GAN view builds it: a fresh gan-2d with these options on a Toy2D set, {@link #BATCH} points per update. */
    public static GanPlayground create(String dataset, Map<String, Object> options, long seed) {
        PointSet data = Datasets.loadPoints(dataset, DATA_POINTS, seed);
        GanModel model = (GanModel) new Gan2dProvider().create(DataShape.points(), options, seed);
        return new GanPlayground(model, data, BATCH, seed);
    }

    /** @param batch points per update */
    public GanPlayground(GanModel model, PointSet data, int batch, long seed) {
        if (model.info().shape().kind() != DataShape.Kind.POINTS) {
            throw new IllegalArgumentException("the playground trains a GAN of 2D points, not " + model.info().shape());
        }
        this.model = model;
        this.data = data;
        this.batch = batch;
        this.seed = seed;
        Random r = new Random(Seeds.of(seed, "playground-shown"));
        shownReal = new float[2 * SHOWN];
        for (int i = 0; i < SHOWN; i++) {
            int k = r.nextInt(data.size());
            shownReal[2 * i] = data.x(k);
            shownReal[2 * i + 1] = data.y(k);
        }
        fixedZ = GanModel.gaussian(SHOWN * model.noiseDimension(), r);
        gridZ = model.noiseDimension() == 2 ? noiseGrid() : new float[0];
    }

    /** One discriminator update on a batch of real points against fresh fakes. */
    public Map<String, Double> stepDiscriminator() {
        long s = Seeds.mix(seed, 2 * (dSteps + gSteps));
        Random r = new Random(s);
        int[] idx = new int[batch];
        for (int i = 0; i < batch; i++) idx[i] = r.nextInt(data.size());
        Batch real = data.batch(idx);
        dSteps++;
        return model.trainDiscriminator(real, s);
    }

    /** One generator update on fresh fakes. */
    public Map<String, Double> stepGenerator() {
        gSteps++;
        return model.trainGenerator(batch, Seeds.mix(seed, 2 * (dSteps + gSteps) + 1));
    }

    /** k discriminator updates, then one generator update: one training step as the model's options set it. */
    public Map<String, Double> stepBoth() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < model.config().dSteps(); i++) out.putAll(stepDiscriminator());
        out.putAll(stepGenerator());
        return out;
    }

    /** {@code n} fresh fake points (x, y, x, y, ...) from noise drawn with {@code noiseSeed}. */
    public float[] fakes(int n, long noiseSeed) {
        return model.generatorOf(GanModel.gaussian(n * model.noiseDimension(), new Random(noiseSeed)), n);
    }

    /** What the playground shows now. */
    public Frame frame(Map<String, Double> losses) {
        float[] fake = model.generatorOf(fixedZ, SHOWN);
        float[] cells = new float[2 * MAP * MAP];
        for (int row = 0; row < MAP; row++) {
            for (int col = 0; col < MAP; col++) {
                cells[2 * (row * MAP + col)] = centre(col);
                cells[2 * (row * MAP + col) + 1] = centre(row);
            }
        }
        float[] logits = model.discriminatorLogits(cells, MAP * MAP);
        float[] map = new float[MAP * MAP];
        for (int i = 0; i < map.length; i++) map[i] = (float) (1 / (1 + Math.exp(-logits[i])));
        float[] grid = gridZ.length == 0 ? gridZ : model.generatorOf(gridZ, GRID * GRID);
        return new Frame(dSteps, gSteps, shownReal.clone(), fake, map, grid, pull(fake), Map.copyOf(losses));
    }

    /**
     * The pull of the generator's loss on each fake point: the gradient of the discriminator's
     * logit there (by central differences; the discriminator is piecewise linear) times how
     * strongly the loss reacts to the logit ({@link GanLoss#pull}).
     */
    private float[] pull(float[] fake) {
        int n = fake.length / 2;
        float[] probes = new float[5 * fake.length];
        for (int i = 0; i < n; i++) {
            float x = fake[2 * i], y = fake[2 * i + 1];
            float[][] at = {{x, y}, {x + H, y}, {x - H, y}, {x, y + H}, {x, y - H}};
            for (int k = 0; k < 5; k++) {
                probes[2 * (5 * i + k)] = at[k][0];
                probes[2 * (5 * i + k) + 1] = at[k][1];
            }
        }
        float[] l = model.discriminatorLogits(probes, 5 * n);
        float[] out = new float[fake.length];
        for (int i = 0; i < n; i++) {
            double strength = model.config().loss().pull(l[5 * i]);
            out[2 * i] = (float) (strength * (l[5 * i + 1] - l[5 * i + 2]) / (2 * H));
            out[2 * i + 1] = (float) (strength * (l[5 * i + 3] - l[5 * i + 4]) / (2 * H));
        }
        return out;
    }

    private static float centre(int cell) {
        return -BOUND + (cell + 0.5f) * 2 * BOUND / MAP;
    }

    /** z on a square grid over [-2, 2]^2 (two standard deviations each way). */
    private static float[] noiseGrid() {
        float[] z = new float[2 * GRID * GRID];
        for (int row = 0; row < GRID; row++) {
            for (int col = 0; col < GRID; col++) {
                z[2 * (row * GRID + col)] = -2 + 4f * col / (GRID - 1);
                z[2 * (row * GRID + col) + 1] = -2 + 4f * row / (GRID - 1);
            }
        }
        return z;
    }
}
