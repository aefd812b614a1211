package io.genlab.eval.judge;

import io.genlab.data.Batch;
import io.genlab.data.ImageDataset;
import io.genlab.data.Seeds;
import io.genlab.train.GenLabVersion;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Trains a {@link Judge} on a {@link JudgeData} split: Adam on shuffled batches for a number of
 * epochs, then its accuracy on the test images. It is a plain loop (no run folder): a judge
 * trains in minutes, and is saved only when it is finished.
 */
public final class JudgeTrainer {
    private JudgeTrainer() {}

    /**
     * @param epochs       passes over the training images (default 6)
     * @param batchSize    images per step (default 128)
     * @param learningRate Adam's step size (default 1e-3)
     * @param seed         seed of the initial weights and the batch order
     */
    public record Settings(int epochs, int batchSize, double learningRate, long seed) {
        public Settings {
            if (epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
                throw new IllegalArgumentException("epochs and batch size must be at least 1 and the learning rate above 0, got "
                        + epochs + ", " + batchSize + ", " + learningRate);
            }
        }

        public static Settings defaults() { return new Settings(6, 128, 1e-3, 1); }
    }

    /** Told after every step. */
    @FunctionalInterface
    public interface Progress {
        void step(int epoch, int epochs, int step, int stepsPerEpoch, double loss);
    }

    /**
     * @param command   the command line that asked for it, for the card
     * @param cancelled checked between steps; training then stops with an exception and nothing is kept
     * @throws IllegalStateException if the loss stops being a number (the judge would be useless) or training was cancelled
     */
    public static Judge train(JudgeData data, Settings settings, String command, Progress progress, BooleanSupplier cancelled) {
        ImageDataset train = data.train();
        if (data.test().channels() != train.channels() || data.test().height() != train.height() || data.test().width() != train.width()
                || !data.test().classNames().equals(train.classNames())) {
            throw new IllegalArgumentException("the test images (" + data.test() + ") are not of the same kind as the training images (" + train + ")");
        }
        JudgeNet net = new JudgeNet(train.channels(), train.height(), train.width(), train.numClasses(), settings.learningRate(),
                Seeds.of(settings.seed(), "judge-init"), DataType.FLOAT);
        Random order = new Random(Seeds.of(settings.seed(), "judge-batches"));
        int steps = Math.max(1, train.size() / settings.batchSize());
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            int[] perm = permutation(train.size(), order);
            for (int step = 0; step < steps; step++) {
                if (cancelled.getAsBoolean()) throw new IllegalStateException("training the judge was cancelled; nothing was saved");
                int from = step * settings.batchSize();
                int[] idx = java.util.Arrays.copyOfRange(perm, from, Math.min(from + settings.batchSize(), perm.length));
                Batch b = train.batch(idx);
                double loss = net.trainStep(b.x(), b.labels());
                if (!Double.isFinite(loss)) {
                    throw new IllegalStateException("the judge's loss became " + loss + " in epoch " + epoch + ", step " + (step + 1)
                            + "; try a smaller --lr");
                }
                progress.step(epoch, settings.epochs(), step + 1, steps, loss);
            }
        }
        Judge unrated = new Judge(net, null);
        double accuracy = unrated.judge(data.test()).accuracy(labels(data.test()));
        JudgeCard card = new JudgeCard(data.spec(), train.source(), data.test().source(), train.classNames(),
                train.channels(), train.height(), train.width(), train.size(), data.test().size(), accuracy,
                settings.epochs(), settings.batchSize(), settings.learningRate(), settings.seed(), net.parameterCount(),
                command, GenLabVersion.get());
        return new Judge(net, card);
    }

    /** The labels of every image of a dataset, in order. */
    public static int[] labels(ImageDataset d) {
        int[] out = new int[d.size()];
        for (int i = 0; i < out.length; i++) out[i] = d.label(i);
        return out;
    }

    private static int[] permutation(int n, Random rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
