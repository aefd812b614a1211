package io.genlab.eval.prompts;

import io.genlab.data.ImageDataset;
import io.genlab.data.Seeds;
import io.genlab.data.ShapeObject;
import io.genlab.data.Shapes;
import io.genlab.data.ShapesScene;
import io.genlab.data.Tensor;
import io.genlab.train.GenLabVersion;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Trains an {@link AttributeJudge} on Shapes scenes rendered fresh for every batch, so it never
 * sees a scene twice, with pictures of noise in which nothing is present ({@link JudgeBatch}), then measures it on real renders of held-out scenes
 * ({@link PromptScenes#JUDGE_TEST_SEED}). A plain loop with no run folder, like the class
 * judge's: the judge trains in minutes and is saved only when it is finished.
 */
public final class AttributeJudgeTrainer {
    /** Held-out scenes the card's accuracy is measured on, about a thousand of each number of objects. */
    public static final int TEST_SCENES = 3_000;

    private AttributeJudgeTrainer() {}

    /**
     * @param steps        Adam steps (default 3,000)
     * @param batchSize    freshly rendered scenes per step (default 64)
     * @param learningRate Adam's step size (default 1e-3), decaying linearly to a tenth over the last fifth of the steps
     * @param seed         seed of the initial weights and of the training scenes
     * @param width        channels of the network's trunk (default 64)
     */
    public record Settings(int steps, int batchSize, double learningRate, long seed, int width) {
        public Settings {
            if (steps < 1 || batchSize < 1 || !(learningRate > 0) || width < 2 || width % 2 != 0) {
                throw new IllegalArgumentException("steps and batch size must be at least 1, the learning rate above 0 and the width even, got "
                        + steps + ", " + batchSize + ", " + learningRate + ", " + width);
            }
        }

        public static Settings defaults() { return new Settings(3_000, 64, 1e-3, 1, 64); }

        /** The learning rate of step {@code step} (0-based): constant, then down to a tenth over the last fifth. */
        double learningRateAt(int step) {
            int decay = steps / 5, from = steps - decay;
            if (step < from) return learningRate;
            return learningRate * (1 - 0.9 * (step - from + 1) / (double) decay);
        }
    }

    /** Told after every step, with the losses of {@link AttributeNet#LOSSES}. */
    @FunctionalInterface
    public interface Progress {
        void step(int step, int steps, Map<String, Double> losses);
    }

    /**
     * @param command   the command line that asked for it, for the card
     * @param cancelled checked between steps; training then stops with an exception and nothing is kept
     * @throws IllegalStateException if the loss stops being a number or training was cancelled
     */
    public static AttributeJudge train(Settings settings, String command, Progress progress, BooleanSupplier cancelled) {
        AttributeNet net = new AttributeNet(Shapes.SIDE, settings.width(), settings.learningRate(), Seeds.of(settings.seed(), "attribute-judge-init"),
                DataType.FLOAT);
        long start = System.nanoTime();
        for (int step = 0; step < settings.steps(); step++) {
            if (cancelled.getAsBoolean()) throw new IllegalStateException("training the attribute judge was cancelled; nothing was saved");
            JudgeBatch batch = JudgeBatch.of(settings.seed(), step, settings.batchSize());
            net.setLearningRate(settings.learningRateAt(step));
            Map<String, Double> losses = net.trainStep(batch.images(), batch.targets());
            if (!Double.isFinite(losses.get("loss"))) {
                throw new IllegalStateException("the attribute judge's loss became " + losses.get("loss") + " at step " + (step + 1) + "; try a smaller --lr");
            }
            progress.step(step + 1, settings.steps(), losses);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        AttributeJudge unrated = new AttributeJudge(net, null);
        Measurement m = measure(unrated, PromptScenes.render(PromptScenes.JUDGE_TEST_SEED, TEST_SCENES));
        AttributeJudgeCard card = new AttributeJudgeCard(Shapes.SIDE, settings.width(), net.parameterCount(), settings.steps(),
                settings.batchSize(), settings.learningRate(), settings.seed(), PromptScenes.JUDGE_TEST_SEED, TEST_SCENES,
                m.table().toMap(), m.centreError(), m.centreError95(), m.noiseColours(), Math.round(seconds * 10) / 10.0, machine(), command,
                GenLabVersion.get());
        return new AttributeJudge(net, card);
    }

    /**
     * How well a judge reads real renders: the fidelity of each render against its own caption,
     * and how far the read centres are from the true ones; and how many colours it reads into noise.
     *
     * @param table         each render scored against its own scene
     * @param centreError   mean distance in pixels between read and true centres of every object
     * @param centreError95 95th percentile of that distance
     * @param noiseColours  mean number of colours read as present in {@link #NOISE_PICTURES} pictures of pure noise (0 is right)
     */
    public record Measurement(FidelityTable table, double centreError, double centreError95, double noiseColours) {}

    /** Pure-noise pictures the noise floor is measured on, from {@link #NOISE_SEED}. */
    static final int NOISE_PICTURES = 300;
    /** The seed of those pictures; training draws its noise from its own streams. */
    static final long NOISE_SEED = 9_303;

    /** Reads a Shapes dataset's images and measures them against their own scenes, and reads the noise pictures. */
    public static Measurement measure(AttributeJudge judge, ImageDataset renders) {
        List<ShapesScene> scenes = PromptScenes.scenes(renders);
        List<SceneReading> readings = judge.read(pixels(renders));
        FidelityTable table = new FidelityTable();
        double[] distances = new double[scenes.stream().mapToInt(s -> s.objects().size()).sum()];
        int k = 0;
        for (int i = 0; i < scenes.size(); i++) {
            table.add(scenes.get(i).objects().size(), PromptFidelity.score(scenes.get(i), readings.get(i)));
            for (ShapeObject o : scenes.get(i).objects()) {
                ColourReading r = readings.get(i).of(o.colour());
                distances[k++] = Math.hypot(r.cx() - o.placement().cx(), r.cy() - o.placement().cy());
            }
        }
        Arrays.sort(distances);
        double mean = Arrays.stream(distances).average().orElse(Double.NaN);
        double p95 = distances.length == 0 ? Double.NaN : distances[(int) Math.ceil(0.95 * distances.length) - 1];
        float[] noise = NoisePictures.draw(new Random(NOISE_SEED), NOISE_PICTURES, Shapes.SIDE);
        double noiseColours = judge.read(new Tensor(noise, new int[]{NOISE_PICTURES, 3, Shapes.SIDE, Shapes.SIDE})).stream()
                .mapToInt(SceneReading::count).average().orElse(Double.NaN);
        return new Measurement(table, Math.round(mean * 1000) / 1000.0, Math.round(p95 * 1000) / 1000.0, Math.round(noiseColours * 1000) / 1000.0);
    }

    /** Every image of a dataset as one [N, C, H, W] tensor. */
    static Tensor pixels(ImageDataset d) {
        return new Tensor(d.batch(IntStream.range(0, d.size()).toArray()).x(), new int[]{d.size(), d.channels(), d.height(), d.width()});
    }

    private static String machine() {
        return String.format(Locale.ROOT, "%d processors, %s %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
