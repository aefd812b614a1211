package io.genlab.eval;

import io.genlab.data.Seeds;
import io.genlab.data.Tensor;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.TraceSink;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Samples drawn for scoring, in chunks so that hundreds of images fit in memory, with the time
 * they took: chunk i is generated from {@code Seeds.mix(seed, i)}, so the same seed and count
 * always give the same samples.
 *
 * @param images        [N, ...] the samples
 * @param labels        the class each was generated for, -1 for unconditional ones
 * @param millisPerItem wall-clock per sample, generation only
 */
public record Samples(Tensor images, int[] labels, double millisPerItem) {
    /** Samples per network call: enough to keep the CPU busy, few enough for a few hundred MB. */
    static final int CHUNK = 50;

    /** Told after each chunk. */
    @FunctionalInterface
    public interface Progress {
        void generated(int done, int total);
    }

    /**
     * @param labels the class of each sample (-1: unconditional)
     * @throws IllegalStateException if cancelled between chunks
     */
    static Samples draw(GenerativeModel model, int[] labels, Map<String, String> options, long seed, Progress progress,
                        BooleanSupplier cancelled) {
        int n = labels.length;
        int[] shape = model.info().shape().batchShape(n);
        int size = model.info().shape().exampleSize();
        float[] data = new float[n * size];
        long nanos = 0;
        for (int from = 0, chunk = 0; from < n; from += CHUNK, chunk++) {
            if (cancelled.getAsBoolean()) throw new IllegalStateException("the evaluation was cancelled");
            int to = Math.min(n, from + CHUNK);
            int[] part = java.util.Arrays.copyOfRange(labels, from, to);
            GenerationRequest request = new GenerationRequest(part.length, part, Seeds.mix(seed, chunk), options);
            long t0 = System.nanoTime();
            Tensor t = model.generate(request, TraceSink.NONE);
            nanos += System.nanoTime() - t0;
            System.arraycopy(t.data(), 0, data, from * size, t.data().length);
            progress.generated(to, n);
        }
        return new Samples(new Tensor(data, shape), labels.clone(), nanos / 1e6 / n);
    }

    /** Sample i's values. */
    public float[] item(int i) {
        int size = images.length() / images.shape()[0];
        return java.util.Arrays.copyOfRange(images.data(), i * size, (i + 1) * size);
    }

    public int size() { return labels.length; }
}
