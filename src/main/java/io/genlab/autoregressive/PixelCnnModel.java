package io.genlab.autoregressive;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.nn.Adam;
import io.genlab.nn.Backprop;
import io.genlab.nn.GradientGraph;
import io.genlab.nn.GraphModel;
import io.genlab.nn.NativeMemory;
import io.genlab.nn.Net;
import io.genlab.nn.StateDict;
import io.genlab.nn.StepCollector;
import io.genlab.nn.Tensors;
import io.genlab.train.Completion;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.Likelihood;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * An autoregressive pixel model: pixelcnn-s trained by maximum likelihood (cross-entropy of
 * each 8-bit value under its predicted 256-way distribution), and sampled one pixel (and colour
 * channel) at a time in raster order, each drawn from the distribution the network gives it
 * given the pixels drawn before.
 *
 * <p>Its loss is an exact likelihood: bits per dimension, the negative log2-probability of each
 * value averaged over the values of an image (8 would be a uniform guess).
 *
 * <p>Sampling settings: {@code temperature=T} (default 1) divides the logits; {@code
 * sampler=cached} (default) computes each pixel with {@link CachedPixelCnn}, {@code
 * sampler=naive} runs the whole network over the whole image for every pixel. For a seed both
 * draw the same samples; the naive one is just H*W times more work.
 */
public final class PixelCnnModel implements GenerativeModel, GraphModel, Likelihood, Completion {
    public static final String TEMPERATURE = "temperature", SAMPLER = "sampler";

    private final String name;
    private final DataShape shape;
    private final Map<String, Object> options;
    private final PixelCnnS network;
    private final Net net;
    private final Adam adam;
    private final StepCollector collector = StepCollector.everyStep();

    public PixelCnnModel(String name, DataShape shape, Map<String, Object> options, double learningRate, long seed) {
        this.name = name;
        this.shape = shape;
        this.options = options;
        this.net = Net.create(seed);
        SameDiff sd = net.sd();
        int c = shape.channels(), k = shape.numClasses();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, c, shape.height(), shape.width());          // [B, C, H, W] value / 255
        SDVariable target = sd.placeHolder("target", DataType.INT, -1, c, shape.height(), shape.width()); // [B, C, H, W] levels
        SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, k);                                          // [B, K] one-hot
        this.network = new PixelCnnS(net, c, k);
        SDVariable logits = sd.identity("logits", network.apply(x, y));                                    // [B, 256*C, H, W]
        SDVariable bits = sd.identity("bits", PixelCnnS.bitsPerDimension(net, logits, target, c, shape.height(), shape.width()));
        sd.identity("loss", bits.mean());
        sd.setLossVariables("loss");
        this.adam = Adam.standard(sd, net.parameters(), learningRate);
        GradientGraph.build(sd);
    }

    @Override
    public SameDiff graph() { return net.sd(); }

    @Override
    public ModelInfo info() {
        return new ModelInfo("autoregressive", name, net.parameterCount(), shape, options);
    }

    /** One Adam step on the cross-entropy; "bpd" is the batch's bits per dimension. */
    @Override
    public Map<String, Double> trainStep(Batch batch, long stepSeed) {
        OutAndGrad r = Backprop.run(net.sd(), placeholders(batch), List.of("loss"), net.parameters());
        double bits = r.getOutputs().get("loss").getDouble(0);
        if (Double.isFinite(bits)) adam.apply(r.getGradients());
        collector.afterStep();
        return Map.of("bpd", bits);
    }

    @Override
    public double[] bitsPerDimension(Batch batch) {
        INDArray bits = net.sd().output(placeholders(batch), "bits").get("bits");
        return bits.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    private Map<String, INDArray> placeholders(Batch batch) {
        float[] x = batch.x();
        int[] levels = new int[x.length];
        float[] scaled = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            levels[i] = PixelDistribution.level(x[i]);
            scaled[i] = levels[i] / 255f;
        }
        long[] s = batch.shape();
        int[] labels = batch.labels().length == 0 ? new int[batch.size()] : batch.labels();
        return Map.of("x", Nd4j.create(scaled, s, 'c'), "target", Nd4j.createFromArray(levels).reshape(s),
                "y", Tensors.oneHot(labels, shape.numClasses()));
    }

    @Override
    public double learningRate() { return adam.learningRate(); }

    @Override
    public double networkEvaluations(GenerationRequest request) {
        return (double) shape.channels() * shape.height() * shape.width();
    }

    /**
     * Draws every pixel (and channel) in raster order; one frame per value drawn, with the canvas
     * so far ("x", [N, C, H, W] in [-1, 1], undrawn values at -1), each sample's distribution for
     * it ("probabilities", [N, 256]) and the scalars row, column, channel and the network passes so far.
     */
    @Override
    public Tensor generate(GenerationRequest request, TraceSink sink) {
        return complete(null, 0, request, sink);
    }

    /** Like {@link #generate}, but the given rows are copied and only the rows below them are drawn. */
    @Override
    public Tensor complete(Tensor given, int givenRows, GenerationRequest request, TraceSink sink) {
        Map<String, String> o = new LinkedHashMap<>(request.options());
        double temperature = temperature(o.remove(TEMPERATURE));
        boolean naive = naive(o.remove(SAMPLER));
        if (!o.isEmpty()) {
            throw new IllegalArgumentException(name + " has the sampling settings " + TEMPERATURE + "=T and " + SAMPLER
                    + "=cached|naive; got " + o.keySet());
        }
        int n = request.count(), c = shape.channels(), h = shape.height(), w = shape.width(), hw = h * w;
        if (givenRows < 0 || givenRows > h) throw new IllegalArgumentException("given rows must be in 0.." + h + ", got " + givenRows);
        if (given == null && givenRows > 0) throw new IllegalArgumentException("a completion of " + givenRows + " given rows needs the images");
        if (given != null && (given.shape()[0] < n || given.length() / given.shape()[0] != c * hw)) {
            throw new IllegalArgumentException("a completion needs " + n + " images of " + c + "x" + h + "x" + w + ", got " + given);
        }
        Random r = new Random(request.seed());
        int[] labels = request.labels();
        for (int i = 0; i < n; i++) {
            if (labels[i] >= shape.numClasses()) throw new IllegalArgumentException("class " + labels[i] + " does not exist; " + name
                    + " has classes 0.." + (shape.numClasses() - 1));
            if (labels[i] < 0) labels[i] = r.nextInt(shape.numClasses());
        }
        int[][] levels = new int[n][c * hw];
        Pixels pixels = naive ? new NaivePixels(n, labels) : new CachedPixels(n, labels);
        int start = givenRows * w;
        for (int b = 0; b < n; b++) {
            for (int i = 0; i < c * hw; i++) {
                if (i % hw < start) {
                    levels[b][i] = PixelDistribution.level(given.data()[b * c * hw + i]);
                    pixels.set(b, i / hw, i % hw, levels[b][i]);
                }
            }
        }
        if (!naive) {
            for (int p = 0; p < start; p++) {
                for (int b = 0; b < n; b++) ((CachedPixels) pixels).cache.logitsAt(b, p);
            }
        }
        int total = (hw - start) * c, frame = 0;
        try {
            for (int p = start; p < hw; p++) {
                for (int ch = 0; ch < c; ch++) {
                    float[][] logits = pixels.logits(p);
                    float[] probabilities = new float[n * PixelCnnS.LEVELS];
                    for (int b = 0; b < n; b++) {
                        double[] dist = PixelDistribution.probabilities(logits[b], ch * PixelCnnS.LEVELS, temperature);
                        int v = PixelDistribution.draw(dist, r.nextDouble());
                        levels[b][ch * hw + p] = v;
                        pixels.set(b, ch, p, v);
                        for (int l = 0; l < PixelCnnS.LEVELS; l++) probabilities[b * PixelCnnS.LEVELS + l] = (float) dist[l];
                    }
                    frame++;
                    sink.accept(new TraceFrame(frame - 1, total,
                            String.format(Locale.ROOT, "pixel (%d, %d)%s", p / w, p % w, c == 1 ? "" : ", channel " + ch),
                            Map.of("x", canvas(levels, start, p, ch), "probabilities", new Tensor(probabilities, new int[]{n, PixelCnnS.LEVELS})),
                            Map.of("row", (double) (p / w), "column", (double) (p % w), "channel", (double) ch, "passes", (double) frame)));
                }
            }
        } finally {
            if (naive) NativeMemory.releaseThreadSession(net.sd());   // also when the sink stops the run
        }
        return canvas(levels, hw, hw, c);
    }

    /** The canvas [N, C, H, W] in [-1, 1]: values drawn up to (p, channel), and given ones; the rest -1. */
    private Tensor canvas(int[][] levels, int start, int p, int channel) {
        int n = levels.length, c = shape.channels(), hw = shape.height() * shape.width();
        float[] out = new float[n * c * hw];
        for (int b = 0; b < n; b++) {
            for (int ch = 0; ch < c; ch++) {
                for (int q = 0; q < hw; q++) {
                    boolean drawn = q < start || q < p || (q == p && ch <= channel);
                    out[(b * c + ch) * hw + q] = drawn ? PixelDistribution.value(levels[b][ch * hw + q]) : -1f;
                }
            }
        }
        return new Tensor(out, new int[]{n, c, shape.height(), shape.width()});
    }

    /** Where a sampler's logits come from. */
    private interface Pixels {
        void set(int b, int channel, int p, int level);

        /** [N][256*C]: every sample's logits at pixel p */
        float[][] logits(int p);
    }

    /** One whole-network pass over the whole canvas per pixel. */
    private final class NaivePixels implements Pixels {
        private final float[] canvas;
        private final INDArray y;
        private final int n;

        NaivePixels(int n, int[] labels) {
            this.n = n;
            this.canvas = new float[n * shape.channels() * shape.height() * shape.width()];
            this.y = Tensors.oneHot(labels, shape.numClasses());
        }

        @Override
        public void set(int b, int channel, int p, int level) {
            int hw = shape.height() * shape.width();
            canvas[(b * shape.channels() + channel) * hw + p] = level / 255f;
        }

        @Override
        public float[][] logits(int p) {
            int c = shape.channels(), hw = shape.height() * shape.width();
            INDArray x = Nd4j.create(canvas, new long[]{n, c, shape.height(), shape.width()}, 'c');
            float[] all = net.sd().output(Map.of("x", x, "y", y), "logits").get("logits").castTo(DataType.FLOAT).dup('c').data().asFloat();
            float[][] out = new float[n][PixelCnnS.LEVELS * c];
            for (int b = 0; b < n; b++) {
                for (int l = 0; l < PixelCnnS.LEVELS * c; l++) out[b][l] = all[(b * PixelCnnS.LEVELS * c + l) * hw + p];
            }
            return out;
        }
    }

    /** One position of every layer per pixel, from the cache. */
    private final class CachedPixels implements Pixels {
        final CachedPixelCnn cache;
        private final int n;

        CachedPixels(int n, int[] labels) {
            this.n = n;
            this.cache = new CachedPixelCnn(network, shape.height(), shape.width(), labels);
        }

        @Override
        public void set(int b, int channel, int p, int level) {
            cache.set(b, channel, p, level);
        }

        @Override
        public float[][] logits(int p) {
            float[][] out = new float[n][];
            for (int b = 0; b < n; b++) out[b] = cache.logitsAt(b, p);
            return out;
        }
    }

    private double temperature(String value) {
        if (value == null) return 1;
        try {
            double t = Double.parseDouble(value.strip());
            if (t >= 0.05 && t <= 10) return t;
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException(TEMPERATURE + " must be a number from 0.05 to 10, got \"" + value + "\"");
    }

    private static boolean naive(String value) {
        if (value == null || value.strip().equals("cached")) return false;
        if (value.strip().equals("naive")) return true;
        throw new IllegalArgumentException(SAMPLER + " must be cached or naive, got \"" + value + "\"");
    }

    /** Each pixel's predicted 256-way distribution and the residual stream after each block, for the inputs. */
    @Override
    public Map<String, Tensor> probe(Tensor inputs, int[] labels) {
        Batch batch = new Batch(inputs.data(), toLong(inputs.shape()), labels, new int[labels.length]);
        Map<String, INDArray> ph = placeholders(batch);
        String[] names = new String[PixelCnnS.BLOCKS + 1];
        names[0] = "in/out";
        for (int i = 0; i < PixelCnnS.BLOCKS; i++) names[i + 1] = "res" + i + "/out";
        Map<String, INDArray> out = net.sd().output(ph, names);
        Map<String, Tensor> probes = new LinkedHashMap<>();
        for (String s : names) probes.put(s.replace("/out", ""), Tensors.toTensor(out.get(s)));
        NativeMemory.releaseThreadSession(net.sd());
        return probes;
    }

    private static long[] toLong(int[] s) {
        long[] l = new long[s.length];
        for (int i = 0; i < s.length; i++) l[i] = s[i];
        return l;
    }

    /** The network's structure, for receptive fields. */
    PixelCnnS network() { return network; }

    @Override
    public Map<String, Tensor> state() {
        Map<String, Tensor> out = new LinkedHashMap<>(samplingState());
        out.putAll(adam.state("adam/"));
        return out;
    }

    @Override
    public void restore(Map<String, Tensor> state) {
        StateDict.check(state(), state);
        restoreWeights(state);
        adam.restore("adam/", state);
    }

    @Override
    public Map<String, Tensor> samplingState() {
        return net.weights();
    }

    @Override
    public void restoreSampling(Map<String, Tensor> state) {
        net.restore(state);
    }

    /** The sampling weights are all the weights; only Adam's moments are missing. */
    @Override
    public boolean trainsFromSamplingWeights() {
        return true;
    }

    private void restoreWeights(Map<String, Tensor> state) {
        for (String p : net.parameters()) net.sd().getArrForVarName(p).assign(Tensors.toArray(state.get(p)));
    }
}
