package io.genlab.diffusion;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.nn.Adam;
import io.genlab.nn.Backprop;
import io.genlab.nn.GraphModel;
import io.genlab.nn.GradientGraph;
import io.genlab.nn.NativeMemory;
import io.genlab.nn.Net;
import io.genlab.nn.StateDict;
import io.genlab.nn.StepCollector;
import io.genlab.nn.Tensors;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceSink;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A denoising diffusion model (Ho et al. 2020): a {@link DenoiserNet} trained to predict the
 * noise (or x0, or v) added by the forward process, sampled with DDPM or DDIM and
 * classifier-free guidance (Ho &amp; Salimans 2022) from an exponential moving average of its
 * weights.
 *
 * <p>Training step: draw t ~ U[0, T) and eps ~ N(0, I) per example, replace the label with the
 * null class with probability {@code labelDropout}, form x_t = qSample(x0, eps, t), and take an
 * Adam step on the mean squared error to the objective's target.
 *
 * <p>Sampling clips the predicted x0 to the data's range (unless {@code clip-x0=false}): [-1, 1]
 * for images; for 2D points, which come in any range, [-L, L] with L the largest |coordinate|
 * of the training data, kept in checkpoints. Without it DDIM from t = T - 1 under the cosine
 * schedule, where abar is almost 0, turns small errors in the predicted noise into x0s far off
 * the data and bends the point cloud out of shape.
 */
public final class DiffusionModel implements GenerativeModel, GraphModel {
    private static final String WEIGHTS = "weights";
    private static final String DATA_LIMIT = "data/limit";
    private final String name;
    private final DataShape shape;
    private final Map<String, Object> options;
    private final DiffusionConfig config;
    private final NoiseSchedule schedule;
    private final DenoiserNet denoiser;
    private final Net net;
    private final SameDiff sd;
    private final String output;
    private final Adam adam;
    private final StepCollector collector = StepCollector.everyStep();
    private final Map<String, INDArray> ema = new LinkedHashMap<>();
    private long emaUpdates;
    private final int nullClass;
    private float pointLimit;                 // points: largest |coordinate| trained on; 0 = not known

    public DiffusionModel(String name, DataShape shape, Map<String, Object> options, DiffusionConfig config,
                          DenoiserNet denoiser, long seed) {
        this.name = name;
        this.shape = shape;
        this.options = options;
        this.config = config;
        this.schedule = config.noiseSchedule();
        this.denoiser = denoiser;
        this.nullClass = shape.numClasses();
        this.net = Net.create(seed);
        this.sd = net.sd();
        long[] xShape = shape.kind() == DataShape.Kind.IMAGES
                ? new long[]{-1, shape.channels(), shape.height(), shape.width()} : new long[]{-1, 2};
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, xShape);                  // x_t
        SDVariable t = sd.placeHolder("t", DataType.FLOAT, -1);                      // [B]
        SDVariable y = sd.placeHolder("y", DataType.INT32, -1);                      // [B], null class included
        SDVariable target = sd.placeHolder("target", DataType.FLOAT, xShape);
        SDVariable out = denoiser.build(net, x, t, y);
        this.output = out.name();
        SDVariable diff = out.sub(target);
        diff.mul(diff).mean("loss");                                                   // MSE over every value
        sd.setLossVariables("loss");
        this.adam = Adam.standard(sd, net.parameters(), config.learningRate());
        for (String p : net.parameters()) ema.put(p, sd.getArrForVarName(p).dup());
        GradientGraph.build(sd);
    }

    public NoiseSchedule schedule() { return schedule; }

    /** The denoiser's attention weights, which {@code attention=all|K} adds to a trace; none if it has no attention. */
    public List<String> attentionNames() { return denoiser.attentionNames(); }
    public DiffusionConfig config() { return config; }
    /** The network inside, e.g. to ask which attention layers it has. */
    public DenoiserNet denoiser() { return denoiser; }

    @Override
    public SameDiff graph() { return sd; }

    @Override
    public ModelInfo info() {
        return new ModelInfo(denoiser.family(), name, net.parameterCount(), shape, options);
    }

    @Override
    public Map<String, Double> trainStep(Batch batch, long stepSeed) {
        Random r = new Random(stepSeed);
        int b = batch.size();
        int[] t = new int[b];
        int[] labels = new int[b];
        for (int i = 0; i < b; i++) {
            t[i] = r.nextInt(schedule.numTimesteps());
            boolean drop = r.nextDouble() < config.labelDropout();
            int label = batch.labels().length == 0 ? 0 : batch.labels()[i];        // unlabelled data: its one class, 0
            labels[i] = drop ? nullClass : label;
        }
        if (shape.kind() == DataShape.Kind.POINTS) {
            for (float v : batch.x()) pointLimit = Math.max(pointLimit, Math.abs(v));
        }
        float[] noise = new float[batch.x().length];
        for (int i = 0; i < noise.length; i++) noise[i] = (float) r.nextGaussian();
        float[] xt = schedule.qSample(batch.x(), noise, t);
        float[] target = config.objective().target(schedule, batch.x(), noise, t);
        Map<String, INDArray> ph = placeholders(xt, batch.shape(), t, labels);
        ph.put("target", Nd4j.create(target, batch.shape(), 'c'));
        var result = Backprop.run(sd, ph, List.of("loss"), net.parameters());
        double loss = result.getOutputs().get("loss").getDouble(0);
        adam.apply(result.getGradients());
        updateEma();
        collector.afterStep();
        return Map.of("mse", loss);
    }

    /** EMA with the usual warm-up: decay min(emaDecay, (1 + n) / (10 + n)) after n updates. */
    private void updateEma() {
        emaUpdates++;
        double d = Math.min(config.emaDecay(), (1.0 + emaUpdates) / (10.0 + emaUpdates));
        for (var e : ema.entrySet()) {
            e.getValue().muli(d).addi(sd.getArrForVarName(e.getKey()).mul(1 - d));
        }
    }

    private static Map<String, INDArray> placeholders(float[] x, long[] shape, int[] t, int[] labels) {
        float[] tf = new float[t.length];
        for (int i = 0; i < t.length; i++) tf[i] = t[i];
        Map<String, INDArray> ph = new LinkedHashMap<>();
        ph.put("x", Nd4j.create(x, shape, 'c'));
        ph.put("t", Nd4j.createFromArray(tf));
        ph.put("y", Nd4j.createFromArray(labels));
        return ph;
    }

    @Override
    public double learningRate() { return adam.learningRate(); }

    /**
     * One network call per sampler step, on twice the rows when guidance mixes a conditional and
     * an unconditional pass (a guidance scale other than 0 and 1).
     */
    @Override
    public double networkEvaluations(GenerationRequest request) {
        Map<String, String> o = new LinkedHashMap<>(request.options());
        o.remove(WEIGHTS);
        o.remove(AttentionRecorder.OPTION);
        SamplerSettings settings = samplerSettings(o);
        double w = settings.guidanceScale();
        return settings.steps() * (w == 0.0 || w == 1.0 ? 1 : 2);
    }

    /** The sampler settings a generation with these options uses (without the "weights" option). */
    private SamplerSettings samplerSettings(Map<String, String> o) {
        SamplerSettings settings = SamplerSettings.parse(o, schedule).withObjective(config.objective());
        if (!o.containsKey(SamplerSettings.GUIDANCE)) settings = settings.withGuidanceScale(config.guidance());
        boolean pointsOfUnknownRange = shape.kind() == DataShape.Kind.POINTS && pointLimit == 0;
        if (pointsOfUnknownRange && !o.containsKey(SamplerSettings.CLIP_X0)) {
            settings = new SamplerSettings(settings.sampler(), settings.steps(), settings.eta(), settings.guidanceScale(),
                    settings.spacing(), false, settings.objective());
        }
        return settings;
    }

    /**
     * Samples with the request's settings (see {@link SamplerSettings#parse}; the guidance
     * default is the model's {@code guidance} option) plus {@code weights=ema|raw} (default ema)
     * and {@code attention=all|K}, which adds the attention maps of K steps to the trace
     * ({@link AttentionRecorder}).
     */
    @Override
    public Tensor generate(GenerationRequest request, TraceSink sink) {
        Map<String, String> o = new LinkedHashMap<>(request.options());
        String weights = o.getOrDefault(WEIGHTS, "ema");
        o.remove(WEIGHTS);
        String attention = o.remove(AttentionRecorder.OPTION);
        if (!weights.equals("ema") && !weights.equals("raw")) {
            throw new IllegalArgumentException("weights must be \"ema\" or \"raw\", got \"" + weights + "\"");
        }
        for (int label : request.labels()) {
            if (label >= shape.numClasses()) {
                throw new IllegalArgumentException("class " + label + " does not exist; " + name + " has classes 0.." + (shape.numClasses() - 1));
            }
        }
        SamplerSettings settings = samplerSettings(o);
        float x0Limit = shape.kind() == DataShape.Kind.POINTS && pointLimit > 0 ? pointLimit : 1;
        ReverseProcess process = new ReverseProcess(schedule, settings, nullClass, x0Limit);
        Tensor start = ReverseProcess.startNoise(shape.batchShape(request.count()), request.seed());
        AttentionRecorder recorder = attention == null ? null
                : AttentionRecorder.parse(attention, denoiser.attentionNames(), process.sampler().timesteps().length);
        Denoiser network = recorder == null ? this::predict : (x, s, t, labels) -> {
            Map<String, INDArray> out = outputs(x, s, t, labels, recorder.outputsForNextCall());
            recorder.afterCall(out, request.count());
            return out.get(output).dup('c').data().asFloat();
        };
        Map<String, INDArray> raw = weights.equals("ema") ? swapIn(ema) : null;
        try {
            return process.run(network, start, request.labels(), request.seed(), recorder == null ? sink : recorder.into(sink));
        } finally {
            if (raw != null) swapIn(raw);
            NativeMemory.releaseThreadSession(sd);
        }
    }

    /** The network's raw output for a batch: the {@link Denoiser} the samplers call. */
    public float[] predict(float[] x, int[] shape, int[] t, int[] labels) {
        return outputs(x, shape, t, labels, List.of()).get(output).dup('c').data().asFloat();
    }

    /** One forward pass returning the network's output and the named intermediate arrays. */
    private Map<String, INDArray> outputs(float[] x, int[] shape, int[] t, int[] labels, List<String> also) {
        long[] s = new long[shape.length];
        for (int i = 0; i < s.length; i++) s[i] = shape[i];
        List<String> names = new java.util.ArrayList<>(also);
        names.add(output);
        return sd.output(placeholders(x, s, t, labels), names.toArray(new String[0]));
    }

    /** Puts the given weights into the graph and returns the ones it held. */
    private Map<String, INDArray> swapIn(Map<String, INDArray> weights) {
        Map<String, INDArray> previous = new LinkedHashMap<>();
        for (var e : weights.entrySet()) {
            INDArray p = sd.getArrForVarName(e.getKey());
            previous.put(e.getKey(), p.dup());
            p.assign(e.getValue());
        }
        return previous;
    }

    /**
     * Feature maps of the denoiser (EMA weights) for clean inputs at timestep {@code t = T/20}
     * (lightly noised, as the network sees images near the end of sampling): "x_t" and then
     * every block's output in computation order.
     */
    @Override
    public Map<String, Tensor> probe(Tensor inputs, int[] labels) {
        int n = inputs.shape()[0];
        int[] t = new int[n];
        java.util.Arrays.fill(t, schedule.numTimesteps() / 20);
        float[] noise = ReverseProcess.startNoise(inputs.shape(), 0).data();
        float[] xt = schedule.qSample(inputs.data(), noise, t);
        long[] s = new long[inputs.rank()];
        for (int i = 0; i < s.length; i++) s[i] = inputs.shape()[i];
        Map<String, INDArray> raw = swapIn(ema);
        try {
            Map<String, INDArray> out = sd.output(placeholders(xt, s, t, labels), denoiser.probeNames().toArray(new String[0]));
            Map<String, Tensor> result = new LinkedHashMap<>();
            result.put("x_t", new Tensor(xt, inputs.shape()));
            for (String name : denoiser.probeNames()) result.put(name, Tensors.toTensor(out.get(name)));
            return result;
        } finally {
            swapIn(raw);
            NativeMemory.releaseThreadSession(sd);
        }
    }

    @Override
    public Map<String, Tensor> state() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (String p : net.parameters()) out.put("param/" + p, Tensors.toTensor(sd.getArrForVarName(p)));
        for (var e : ema.entrySet()) out.put("ema/" + e.getKey(), Tensors.toTensor(e.getValue()));
        out.put("ema/updates", new Tensor(new float[]{emaUpdates}, new int[]{1}));
        out.putAll(adam.state("adam/"));
        putPointLimit(out);
        return out;
    }

    @Override
    public void restore(Map<String, Tensor> state) {
        StateDict.check(withoutLimitIfAbsent(state(), state), state);
        float limit = pointLimitIn(state);
        for (String p : net.parameters()) {
            sd.getArrForVarName(p).assign(Tensors.toArray(state.get("param/" + p)));
            ema.get(p).assign(Tensors.toArray(state.get("ema/" + p)));
        }
        emaUpdates = (long) state.get("ema/updates").data()[0];
        adam.restore("adam/", state);
        pointLimit = limit;
    }

    /** The EMA weights (what sampling and probing use) and their update count; no optimiser state. */
    @Override
    public Map<String, Tensor> samplingState() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (var e : ema.entrySet()) out.put("ema/" + e.getKey(), Tensors.toTensor(e.getValue()));
        out.put("ema/updates", new Tensor(new float[]{emaUpdates}, new int[]{1}));
        putPointLimit(out);
        return out;
    }

    /** Sets both the raw and the EMA weights to the shipped EMA weights. */
    @Override
    public void restoreSampling(Map<String, Tensor> state) {
        StateDict.check(withoutLimitIfAbsent(samplingState(), state), state);
        float limit = pointLimitIn(state);
        for (String p : net.parameters()) {
            INDArray w = Tensors.toArray(state.get("ema/" + p));
            sd.getArrForVarName(p).assign(w);
            ema.get(p).assign(w);
        }
        emaUpdates = (long) state.get("ema/updates").data()[0];
        pointLimit = limit;
    }

    private void putPointLimit(Map<String, Tensor> out) {
        if (shape.kind() == DataShape.Kind.POINTS) out.put(DATA_LIMIT, new Tensor(new float[]{pointLimit}, new int[]{1}));
    }

    /** Checkpoints of 2D runs from before the limit was kept lack it; they load, and sample unclipped. */
    private static Map<String, Tensor> withoutLimitIfAbsent(Map<String, Tensor> expected, Map<String, Tensor> given) {
        if (!given.containsKey(DATA_LIMIT)) expected.remove(DATA_LIMIT);
        return expected;
    }

    private static float pointLimitIn(Map<String, Tensor> state) {
        float limit = state.containsKey(DATA_LIMIT) ? state.get(DATA_LIMIT).data()[0] : 0;
        if (!(limit >= 0) || Float.isInfinite(limit)) throw new IllegalArgumentException(DATA_LIMIT + " must be a finite number >= 0, got " + limit);
        return limit;
    }
}
