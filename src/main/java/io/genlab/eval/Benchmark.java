package io.genlab.eval;

import io.genlab.data.Batch;
import io.genlab.nn.Backend;
import io.genlab.nn.GraphModel;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelProvider;
import io.genlab.train.TraceSink;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times a model's training step and sampling run the way REFERENCE_MODELS.md prescribes, so
 * the numbers can be put beside the PyTorch twin's ({@code peer/torch_peer.py}).
 *
 * <p>Training: random images uniform in [-1, 1] and random labels (as the twin uses), batch
 * 64, {@code warmup} untimed steps, then the mean over {@code steps} timed steps. Sampling: the
 * provider's {@link ModelProvider.BenchmarkSampling}.
 */
public final class Benchmark {
    private Benchmark() {}

    /**
     * One model's result; {@link #toMap()} gives the protocol's JSON object. The process's
     * resident memory after the warm-up steps and after the timed ones tells whether a long
     * run's memory stays flat ({@code --steps 5000}).
     */
    public record Result(String model, long params, double trainMsPerStep, double sampleMs, int threads, String nativeBuild,
                         long residentMbAfterWarmup, long residentMbAfterSteps) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", model);
            m.put("params", params);
            m.put("train_ms_per_step", round(trainMsPerStep));
            m.put("sample_ms", round(sampleMs));
            m.put("threads", threads);
            m.put("native_build", nativeBuild);
            m.put("resident_mb_after_warmup", residentMbAfterWarmup);
            m.put("resident_mb_after_steps", residentMbAfterSteps);
            return m;
        }

        private static double round(double v) {
            return Math.round(v * 10) / 10.0;
        }
    }

    /**
     * @param steps  timed training steps (the protocol: 20)
     * @param warmup untimed training steps first (the protocol: 3)
     */
    public static Result run(ModelProvider provider, DataShape shape, int batchSize, int steps, int warmup) {
        GenerativeModel model = provider.create(shape, Map.of(), 0);
        Batch batch = randomBatch(shape, batchSize, new Random(0));
        for (int i = 0; i < warmup; i++) model.trainStep(batch, i);
        long residentAfterWarmup = residentMb();
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) model.trainStep(batch, warmup + i);
        double trainMs = (System.nanoTime() - t0) / 1e6 / steps;
        long residentAfterSteps = residentMb();

        ModelProvider.BenchmarkSampling sampling = provider.benchmarkSampling(shape);
        for (int i = 0; i < sampling.warmup(); i++) model.generate(sampling.request(), TraceSink.NONE);
        long s0 = System.nanoTime();
        for (int i = 0; i < sampling.runs(); i++) model.generate(sampling.request(), TraceSink.NONE);
        double sampleMs = (System.nanoTime() - s0) / 1e6 / sampling.runs();

        Backend b = Backend.current();
        String build = b.backend() + (b.oneDnn() ? " oneDNN" : "");
        return new Result(provider.name(), model.info().parameters(), trainMs, sampleMs, b.threads(), build,
                residentAfterWarmup, residentAfterSteps);
    }

    private static long residentMb() {
        return org.bytedeco.javacpp.Pointer.physicalBytes() >> 20;
    }

    /** Where a training step's and a sampling run's time goes; see {@link OpProfile}. */
    public record Profile(String model, Part training, Part sampling) {}

    /** {@code runs} training steps or sampling runs: their mean time and their ops, summed. */
    public record Part(double msPerRun, int runs, List<OpProfile.Row> ops) {
        public double opMsPerRun() {
            return ops.stream().mapToLong(OpProfile.Row::nanos).sum() / 1e6 / runs;
        }
    }

    /**
     * Profiles {@code steps} training steps (after {@code warmup} untimed ones), then one
     * sampling run of the protocol (after its untimed ones), op by op. The listener costs a
     * little time itself, so the times here are a bit above {@link #run}'s.
     *
     * @throws IllegalArgumentException if the model is not built on one SameDiff graph
     */
    public static Profile profile(ModelProvider provider, DataShape shape, int batchSize, int steps, int warmup) {
        GenerativeModel model = provider.create(shape, Map.of(), 0);
        if (!(model instanceof GraphModel graphModel)) {
            throw new IllegalArgumentException(provider.name() + " is not built on a SameDiff graph; there are no ops to profile");
        }
        Batch batch = randomBatch(shape, batchSize, new Random(0));
        for (int i = 0; i < warmup; i++) model.trainStep(batch, i);
        int[] step = {warmup};
        Part training = profiled(graphModel, steps, () -> model.trainStep(batch, step[0]++));
        ModelProvider.BenchmarkSampling sampling = provider.benchmarkSampling(shape);
        for (int i = 0; i < sampling.warmup(); i++) model.generate(sampling.request(), TraceSink.NONE);
        Part sample = profiled(graphModel, 1, () -> model.generate(sampling.request(), TraceSink.NONE));
        return new Profile(provider.name(), training, sample);
    }

    private static Part profiled(GraphModel model, int runs, Runnable run) {
        OpProfile ops = new OpProfile();
        model.graph().addListeners(ops);
        try {
            long t0 = System.nanoTime();
            for (int i = 0; i < runs; i++) run.run();
            return new Part((System.nanoTime() - t0) / 1e6 / runs, runs, ops.rows());
        } finally {
            model.graph().getListeners().remove(ops);
        }
    }

    /** Words in each random caption of a benchmark batch of captioned data: about a two-object Shapes caption. */
    private static final int CAPTION_WORDS = 12;

    static Batch randomBatch(DataShape shape, int n, Random r) {
        float[] x = new float[n * shape.exampleSize()];
        for (int i = 0; i < x.length; i++) x[i] = r.nextFloat() * 2 - 1;
        int[] labels = new int[n];
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextInt(shape.numClasses());
            indices[i] = i;
        }
        int[] s = shape.batchShape(n);
        long[] ls = new long[s.length];
        for (int i = 0; i < s.length; i++) ls[i] = s[i];
        List<String> captions = new java.util.ArrayList<>();
        for (int i = 0; shape.captioned() && i < n; i++) {
            List<String> words = new java.util.ArrayList<>();
            for (int w = 0; w < CAPTION_WORDS; w++) words.add(shape.vocabulary().get(r.nextInt(shape.vocabulary().size())));
            captions.add(String.join(" ", words));
        }
        return new Batch(x, ls, labels, indices, captions);
    }
}
