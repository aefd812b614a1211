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
import io.genlab.text.Tokenizer;
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
 * <p>A text-conditioned denoiser ({@link DenoiserNet#tokenizer()}) reads a prompt instead of a
 * class: it trains on the batch's captions, with the empty prompt in place of the dropped ones,
 * and samples from the prompts of the request's {@value #PROMPT} option, the empty prompt being
 * the null condition of guidance.
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
    /**
     * The generation option of a text-conditioned model: one prompt, or several separated by
     * {@code |}; example i gets the prompt its label numbers (0 the first), label -1 the empty prompt.
     */
    public static final String PROMPT = "prompt";
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
    private final Tokenizer tokenizer;        // null: class-conditioned
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
        this.tokenizer = denoiser.tokenizer().orElse(null);
        this.net = Net.create(seed);
        this.sd = net.sd();
        long[] xShape = shape.kind() == DataShape.Kind.IMAGES
                ? new long[]{-1, shape.channels(), shape.height(), shape.width()} : new long[]{-1, 2};
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, xShape);                  // x_t
        SDVariable t = sd.placeHolder("t", DataType.FLOAT, -1);                      // [B]
        SDVariable y = tokenizer == null
                ? sd.placeHolder("y", DataType.INT32, -1)                               // [B], null class included
                : sd.placeHolder("y", DataType.INT32, -1, Tokenizer.MAX_TOKENS);        // [B, T] token ids
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

    /** The tokenizer of a text-conditioned model; empty for a class-conditioned one. */
    public java.util.Optional<Tokenizer> tokenizer() { return java.util.Optional.ofNullable(tokenizer); }

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
        boolean[] drop = new boolean[b];
        for (int i = 0; i < b; i++) {
            t[i] = r.nextInt(schedule.numTimesteps());
            drop[i] = r.nextDouble() < config.labelDropout();
        }
        if (shape.kind() == DataShape.Kind.POINTS) {
            for (float v : batch.x()) pointLimit = Math.max(pointLimit, Math.abs(v));
        }
        float[] noise = new float[batch.x().length];
        for (int i = 0; i < noise.length; i++) noise[i] = (float) r.nextGaussian();
        float[] xt = schedule.qSample(batch.x(), noise, t);
        float[] target = config.objective().target(schedule, batch.x(), noise, t);
        Map<String, INDArray> ph = placeholders(xt, batch.shape(), t, trainingCondition(batch, drop));
        ph.put("target", Nd4j.create(target, batch.shape(), 'c'));
        var result = Backprop.run(sd, ph, List.of("loss"), net.parameters());
        double loss = result.getOutputs().get("loss").getDouble(0);
        adam.apply(result.getGradients());
        updateEma();
        collector.afterStep();
        return Map.of("mse", loss);
    }

    /** The condition each row trains with: its class or caption, or the null class or empty prompt where dropped. */
    private INDArray trainingCondition(Batch batch, boolean[] drop) {
        int b = batch.size();
        if (tokenizer == null) {
            int[] labels = new int[b];
            for (int i = 0; i < b; i++) {
                int label = batch.labels().length == 0 ? 0 : batch.labels()[i];    // unlabelled data: its one class, 0
                labels[i] = drop[i] ? nullClass : label;
            }
            return Nd4j.createFromArray(labels);
        }
        if (batch.captions().isEmpty()) throw new IllegalArgumentException(name + " reads captions, and this data has none");
        int[][] ids = new int[b][];
        for (int i = 0; i < b; i++) ids[i] = tokenizer.encode(drop[i] ? "" : batch.captions().get(i)).ids();
        return Nd4j.createFromArray(ids);
    }

    /** EMA with the usual warm-up: decay min(emaDecay, (1 + n) / (10 + n)) after n updates. */
    private void updateEma() {
        emaUpdates++;
        double d = Math.min(config.emaDecay(), (1.0 + emaUpdates) / (10.0 + emaUpdates));
        for (var e : ema.entrySet()) {
            e.getValue().muli(d).addi(sd.getArrForVarName(e.getKey()).mul(1 - d));
        }
    }

    /** @param y [B] class labels, or [B, T] token ids for a text-conditioned model */
    private static Map<String, INDArray> placeholders(float[] x, long[] shape, int[] t, INDArray y) {
        float[] tf = new float[t.length];
        for (int i = 0; i < t.length; i++) tf[i] = t[i];
        Map<String, INDArray> ph = new LinkedHashMap<>();
        ph.put("x", Nd4j.create(x, shape, 'c'));
        ph.put("t", Nd4j.createFromArray(tf));
        ph.put("y", y);
        return ph;
    }

    @Override
    public double learningRate() { return adam.learningRate(); }

    /** A text-conditioned model's snapshot draws the captions of the data's first images, one sample each. */
    @Override
    public Preview preview(int count, long seed, Batch examples) {
        if (tokenizer == null || examples.captions().isEmpty()) return GenerativeModel.super.preview(count, seed, examples);
        int n = Math.min(count, examples.captions().size());
        int[] prompts = new int[n];
        for (int i = 0; i < n; i++) prompts[i] = i;
        String option = String.join(" " + PromptTable.SEPARATOR + " ", examples.captions().subList(0, n));
        GenerationRequest r = new GenerationRequest(n, prompts, seed, Map.of(PROMPT, option));
        return new Preview(r, java.util.Arrays.copyOf(examples.labels(), n));
    }

    /**
     * One network call per sampler step, on twice the rows when guidance mixes a conditional and
     * an unconditional pass (a guidance scale other than 0 and 1).
     */
    @Override
    public double networkEvaluations(GenerationRequest request) {
        Map<String, String> o = new LinkedHashMap<>(request.options());
        o.remove(WEIGHTS);
        o.remove(AttentionRecorder.OPTION);
        o.remove(AttentionRecorder.CROSS_OPTION);
        o.remove(PROMPT);
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
     * default is the model's {@code guidance} option) plus {@code weights=ema|raw} (default ema),
     * {@value #PROMPT} for a text-conditioned model, {@code attention=all|K}, which adds the
     * attention maps of K steps to the trace, and {@code cross-attention=all|K}, which adds a
     * text-conditioned model's maps from image positions to the prompt's tokens
     * ({@link AttentionRecorder}).
     */
    @Override
    public Tensor generate(GenerationRequest request, TraceSink sink) {
        Map<String, String> o = new LinkedHashMap<>(request.options());
        String weights = o.getOrDefault(WEIGHTS, "ema");
        o.remove(WEIGHTS);
        String attention = o.remove(AttentionRecorder.OPTION);
        String crossAttention = o.remove(AttentionRecorder.CROSS_OPTION);
        if (!weights.equals("ema") && !weights.equals("raw")) {
            throw new IllegalArgumentException("weights must be \"ema\" or \"raw\", got \"" + weights + "\"");
        }
        String promptOption = o.remove(PROMPT);
        Conditions conditions = conditions(promptOption, request.labels());
        SamplerSettings settings = samplerSettings(o);
        float x0Limit = shape.kind() == DataShape.Kind.POINTS && pointLimit > 0 ? pointLimit : 1;
        ReverseProcess process = new ReverseProcess(schedule, settings, conditions.nullId(), x0Limit);
        Tensor start = ReverseProcess.startNoise(shape.batchShape(request.count()), request.seed());
        int steps = process.sampler().timesteps().length;
        List<AttentionRecorder> recorders = new java.util.ArrayList<>();
        if (attention != null) recorders.add(AttentionRecorder.parse(attention, denoiser.attentionNames(), steps));
        if (crossAttention != null) recorders.add(AttentionRecorder.parseCross(crossAttention, denoiser.crossAttentionNames(), steps));
        Denoiser network = (x, s, t, ids) -> {
            List<String> also = new java.util.ArrayList<>();
            for (AttentionRecorder r : recorders) also.addAll(r.outputsForNextCall());
            Map<String, INDArray> out = outputs(x, s, t, conditions.y(ids), also);
            for (AttentionRecorder r : recorders) r.afterCall(out, request.count());
            return out.get(output).dup('c').data().asFloat();
        };
        TraceSink traced = sink;
        for (AttentionRecorder r : recorders) traced = r.into(traced);
        Map<String, INDArray> raw = weights.equals("ema") ? swapIn(ema) : null;
        try {
            return process.run(network, start, request.labels(), request.seed(), traced);
        } finally {
            if (raw != null) swapIn(raw);
            NativeMemory.releaseThreadSession(sd);
        }
    }

    /**
     * What the sampler's condition ids stand for: classes (the null class last) for a
     * class-conditioned model, the request's prompts (the empty prompt last) for a text-conditioned one.
     *
     * @param nullId the id of guidance's null condition
     * @param input  the network's condition input for a batch of ids
     */
    private record Conditions(int nullId, java.util.function.Function<int[], INDArray> input) {
        INDArray y(int[] ids) { return input.apply(ids); }
    }

    private Conditions conditions(String promptOption, int[] labels) {
        int known;
        Conditions conditions;
        if (tokenizer == null) {
            if (promptOption != null) {
                throw new IllegalArgumentException(name + " is conditioned on a class, not on a prompt; choose a class instead");
            }
            known = shape.numClasses();
            conditions = new Conditions(nullClass, Nd4j::createFromArray);
        } else {
            if (promptOption == null) {
                throw new IllegalArgumentException(name + " draws what a prompt says; give one, e.g. " + PROMPT + "=\"a large red circle at the left\"");
            }
            PromptTable prompts = PromptTable.parse(tokenizer, promptOption);
            known = prompts.size();
            conditions = new Conditions(prompts.emptyId(), prompts::tokenIds);
        }
        for (int label : labels) {
            if (label >= known) {
                throw new IllegalArgumentException(tokenizer == null
                        ? "class " + label + " does not exist; " + name + " has classes 0.." + (known - 1)
                        : "prompt " + label + " does not exist; the request has " + known + " prompt" + (known == 1 ? "" : "s"));
            }
        }
        return conditions;
    }

    /** The network's raw output for a batch of a class-conditioned model: a {@link Denoiser} the samplers can call. */
    public float[] predict(float[] x, int[] shape, int[] t, int[] labels) {
        if (tokenizer != null) throw new IllegalStateException(name + " reads prompts, not class labels");
        return outputs(x, shape, t, Nd4j.createFromArray(labels), List.of()).get(output).dup('c').data().asFloat();
    }

    /** The network's raw output for a batch of a text-conditioned model, row i read with {@code prompts[i]} ("" the empty prompt). */
    public float[] predict(float[] x, int[] shape, int[] t, List<String> prompts) {
        if (tokenizer == null) throw new IllegalStateException(name + " reads class labels, not prompts");
        int[][] ids = new int[prompts.size()][];
        for (int i = 0; i < ids.length; i++) ids[i] = tokenizer.encode(prompts.get(i)).ids();
        return outputs(x, shape, t, Nd4j.createFromArray(ids), List.of()).get(output).dup('c').data().asFloat();
    }

    /**
     * How the text encoder (EMA weights) reads a prompt: its tokens and their vectors before and
     * after the encoder's layers.
     *
     * @throws IllegalStateException    if the model is class-conditioned
     * @throws IllegalArgumentException if the prompt is too long
     */
    public io.genlab.text.PromptEncoding encode(String prompt) {
        io.genlab.text.TextEncoder encoder = denoiser.textEncoder()
                .orElseThrow(() -> new IllegalStateException(name + " reads class labels, not prompts"));
        Tokenizer.Tokens tokens = tokenizer.encode(prompt);
        Map<String, INDArray> raw = swapIn(ema);
        try {
            Map<String, INDArray> out = sd.output(Map.of("y", Nd4j.createFromArray(new int[][]{tokens.ids()})),
                    encoder.embeddedName(), encoder.tokensName());
            int n = tokens.length();
            return new io.genlab.text.PromptEncoding(tokens, realRows(out.get(encoder.embeddedName()), n),
                    realRows(out.get(encoder.tokensName()), n));
        } finally {
            swapIn(raw);
            NativeMemory.releaseThreadSession(sd);
        }
    }

    /** The first n rows of [T, D] vectors. */
    private static Tensor realRows(INDArray rows, int n) {
        return Tensors.toTensor(rows.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup('c'));
    }

    /** One forward pass returning the network's output and the named intermediate arrays. */
    private Map<String, INDArray> outputs(float[] x, int[] shape, int[] t, INDArray y, List<String> also) {
        long[] s = new long[shape.length];
        for (int i = 0; i < s.length; i++) s[i] = shape[i];
        List<String> names = new java.util.ArrayList<>(also);
        names.add(output);
        return sd.output(placeholders(x, s, t, y), names.toArray(new String[0]));
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
     * every block's output in computation order. A text-conditioned model sees the empty prompt.
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
            INDArray y = tokenizer == null ? Nd4j.createFromArray(labels)
                    : PromptTable.parse(tokenizer, "").tokenIds(new int[n]);               // the empty prompt for every input
            Map<String, INDArray> out = sd.output(placeholders(xt, s, t, y), denoiser.probeNames().toArray(new String[0]));
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

    /** The EMA weights become the raw weights too, so training goes on from them with a fresh Adam. */
    @Override
    public boolean trainsFromSamplingWeights() {
        return true;
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
