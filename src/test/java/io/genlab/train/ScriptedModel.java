package io.genlab.train;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tiny pure-Java model for testing the training loop without a real family: its "weights"
 * move deterministically with each batch and step seed, and it can be told to report a NaN
 * loss at a chosen step.
 */
final class ScriptedModel implements GenerativeModel {
    private final DataShape shape;
    private final long nanAtStep;
    private float[] w = new float[4];
    private long steps;

    /** @param nanAtStep the 1-based step whose loss is NaN, or 0 for never */
    ScriptedModel(DataShape shape, long nanAtStep) {
        this.shape = shape;
        this.nanAtStep = nanAtStep;
    }

    @Override
    public ModelInfo info() {
        return new ModelInfo("test", "scripted", w.length, shape, Map.of());
    }

    @Override
    public Map<String, Double> trainStep(Batch batch, long stepSeed) {
        steps++;
        double mean = 0;
        for (float v : batch.x()) mean += v;
        mean /= batch.x().length;
        for (int i = 0; i < w.length; i++) w[i] += (float) (0.1 * mean + (Math.floorMod(stepSeed, 1000 + i)) * 1e-6);
        double loss = steps == nanAtStep ? Double.NaN : 1.0 / steps;
        return Map.of("loss", loss);
    }

    @Override
    public double learningRate() { return 0.1; }

    @Override
    public Tensor generate(GenerationRequest request, TraceSink sink) {
        float[] out = new float[request.count() * shape.exampleSize()];
        java.util.Arrays.fill(out, Math.max(-1f, Math.min(1f, w[0])));
        Tensor t = new Tensor(out, shape.batchShape(request.count()));
        sink.accept(new TraceFrame(0, 1, "only", Map.of("x", t), Map.of()));
        return t;
    }

    @Override
    public Map<String, Tensor> probe(Tensor inputs, int[] labels) {
        return Map.of("w", new Tensor(w.clone(), new int[]{w.length}));
    }

    @Override
    public Map<String, Tensor> state() {
        Map<String, Tensor> s = new LinkedHashMap<>();
        s.put("w", new Tensor(w.clone(), new int[]{w.length}));
        s.put("steps", new Tensor(new float[]{steps}, new int[]{1}));
        return s;
    }

    @Override
    public void restore(Map<String, Tensor> state) {
        w = state.get("w").data().clone();
        steps = (long) state.get("steps").data()[0];
    }

    /** The weights without the step count, as a shipped model would carry them. */
    @Override
    public Map<String, Tensor> samplingState() {
        return Map.of("w", new Tensor(w.clone(), new int[]{w.length}));
    }

    @Override
    public void restoreSampling(Map<String, Tensor> state) {
        w = state.get("w").data().clone();
    }

    float[] weights() { return w.clone(); }

    /** Builds scripted models for a {@link ModelRegistry} in tests. */
    static ModelProvider provider() {
        return new ModelProvider() {
            @Override public String name() { return "scripted"; }
            @Override public String family() { return "test"; }
            @Override public String description() { return "a scripted test model"; }
            @Override public boolean supports(DataShape shape) { return true; }
            @Override public GenerativeModel create(DataShape shape, Map<String, Object> options, long seed) {
                return new ScriptedModel(shape, 0);
            }
        };
    }
}
