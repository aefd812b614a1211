package io.genlab.gan;

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
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A conditional GAN (Goodfellow et al. 2014; Mirza &amp; Osindero 2014): a generator and a
 * discriminator ({@link GanNetworks}: dcgan-s for images, MLPs for 2D points) trained against each
 * other with separate Adam optimisers.
 *
 * <p>It keeps two graphs. The discriminator's graph scores a real and a fake batch (as one batch,
 * real first) and updates the discriminator. The generator's graph holds the generator and a copy of the discriminator
 * (refreshed after every discriminator update) and updates only the generator, so neither
 * update can touch the other network. One training step is {@code k} discriminator updates on
 * real and fake batches, then one generator update against the updated discriminator.
 */
public final class GanModel implements GenerativeModel, GraphModel {
    private final String name;
    private final DataShape shape;
    private final Map<String, Object> options;
    private final GanConfig config;
    private final Net gNet, dNet;
    private final List<String> gParams, dParams;
    private final Adam adamG, adamD;
    private final int noiseDim;
    /** An image step leaves little native memory behind (see {@link StepCollector}); a 2D step a few kB. */
    private final StepCollector collector = new StepCollector(512L << 20);

    /** @param networks the generator and discriminator (dcgan-s for images, small MLPs for 2D points) */
    public GanModel(String name, DataShape shape, Map<String, Object> options, GanConfig config, GanNetworks networks, long seed) {
        this.name = name;
        this.shape = shape;
        this.options = options;
        this.config = config;
        this.noiseDim = networks.noise();
        int k = shape.numClasses();
        long[] xShape = batchShape(shape);
        this.gNet = Net.create(seed);
        this.dNet = Net.create(seed + 1);
        SameDiff sg = gNet.sd(), sdD = dNet.sd();

        SDVariable z = sg.placeHolder("z", DataType.FLOAT, -1, noiseDim);                 // [B, Z]
        SDVariable yG = sg.placeHolder("y", DataType.FLOAT, -1, k);                       // [B, K] one-hot
        SDVariable fake = sg.identity("fake", networks.generator(gNet).apply(z, yG));    // [B, C, H, W] or [B, 2]
        this.gParams = List.copyOf(gNet.parameters());
        GanNetworks.Discriminator mirror = networks.discriminator(gNet);                   // a copy of D, never updated here
        SDVariable dOnFake = mirror.apply(fake, yG);                                        // [B, 1]
        sg.identity("gLoss", config.loss().generator(sg, dOnFake));
        sg.setLossVariables("gLoss");

        SDVariable x = sdD.placeHolder("x", DataType.FLOAT, xShape);                      // [2B, ...]: real batch, then fake batch
        SDVariable y = sdD.placeHolder("y", DataType.FLOAT, -1, k);                       // [2B, K]
        GanNetworks.Discriminator d = networks.discriminator(dNet);
        SDVariable logits = sdD.identity("dLogits", d.apply(x, y));                       // [2B, 1]
        SDVariable[] halves = sdD.unstack(new String[]{"dReal", "dFake"}, sdD.reshape(logits, 2, -1, 1), 0, 2);   // [B, 1] each
        sdD.identity("dLoss", config.loss().discriminator(sdD, halves[0], halves[1]));
        sdD.setLossVariables("dLoss");
        this.dParams = List.copyOf(dNet.parameters());

        this.adamG = new Adam(sg, gParams, config.learningRate(), config.beta1(), 0.999, 1e-8, 0);
        this.adamD = new Adam(sdD, dParams, config.learningRateD(), config.beta1(), 0.999, 1e-8, 0);
        GradientGraph.build(sg);
        GradientGraph.build(sdD);
        mirrorDiscriminator();
    }

    @Override
    public SameDiff graph() { return gNet.sd(); }

    /** The discriminator's graph, for tests and profiles. */
    SameDiff discriminatorGraph() { return dNet.sd(); }

    List<String> generatorParameters() { return gParams; }

    List<String> discriminatorParameters() { return dParams; }

    @Override
    public ModelInfo info() {
        return new ModelInfo("gan", name, gNet.count(gParams) + dNet.count(dParams), shape, options);
    }

    /**
     * {@code k} discriminator updates, then one generator update; losses "d" and "g", the
     * discriminator's mean probability of "real" on real ("d_real") and fake ("d_fake") images,
     * and the gradient norms of both networks ("grad_d", "grad_g").
     */
    @Override
    public Map<String, Double> trainStep(Batch batch, long stepSeed) {
        Random r = new Random(stepSeed);
        int b = batch.size();
        INDArray xReal = Nd4j.create(batch.x(), batch.shape(), 'c');
        INDArray yReal = Tensors.oneHot(labels(batch), shape.numClasses());
        Map<String, Double> out = new LinkedHashMap<>();
        INDArray z = null;
        for (int i = 0; i < config.dSteps(); i++) {
            z = noise(b, r);
            out.putAll(discriminatorStep(xReal, yReal, z, yReal));
        }
        out.putAll(generatorStep(z, yReal));
        collector.afterStep();
        return out;
    }

    /**
     * One discriminator update on a real batch and the generator's fakes from z for the same
     * classes (as many fakes as real examples). Both batches go through the discriminator as one
     * batch of 2B: every example is scored on its own (GroupNorm normalises each example), and
     * one pass of 2B launches half the ops of two passes of B.
     */
    Map<String, Double> discriminatorStep(INDArray xReal, INDArray yReal, INDArray z, INDArray yFake) {
        if (xReal.size(0) != z.size(0)) throw new IllegalArgumentException("as many fakes as real examples: " + z.size(0) + " vs " + xReal.size(0));
        INDArray fake = gNet.sd().output(Map.of("z", z, "y", yFake), "fake").get("fake");
        Map<String, INDArray> ph = Map.of("x", Nd4j.concat(0, xReal, fake), "y", Nd4j.concat(0, yReal, yFake));   // [2B, ...], [2B, K]
        OutAndGrad r = Backprop.run(dNet.sd(), ph, List.of("dLoss", "dReal", "dFake"), dParams);
        double loss = r.getOutputs().get("dLoss").getDouble(0);
        double gradNorm = adamD.gather(r.getGradients()).norm2Number().doubleValue();
        if (Double.isFinite(loss)) {
            adamD.step();
            mirrorDiscriminator();
        }
        return Map.of("d", loss,
                "d_real", Transforms.sigmoid(r.getOutputs().get("dReal"), true).meanNumber().doubleValue(),
                "d_fake", Transforms.sigmoid(r.getOutputs().get("dFake"), true).meanNumber().doubleValue(),
                "grad_d", gradNorm);
    }

    /** One generator update: its fakes from z, scored by the (current) discriminator. */
    Map<String, Double> generatorStep(INDArray z, INDArray y) {
        OutAndGrad r = Backprop.run(gNet.sd(), Map.of("z", z, "y", y), List.of("gLoss"), gParams);
        double loss = r.getOutputs().get("gLoss").getDouble(0);
        double gradNorm = adamG.gather(r.getGradients()).norm2Number().doubleValue();
        if (Double.isFinite(loss)) adamG.step();
        return Map.of("g", loss, "grad_g", gradNorm);
    }

    /** One discriminator update on a real batch against fresh fakes of the same classes (the playground's "train D"). */
    public Map<String, Double> trainDiscriminator(Batch real, long seed) {
        INDArray y = Tensors.oneHot(labels(real), shape.numClasses());
        return discriminatorStep(Nd4j.create(real.x(), real.shape(), 'c'), y, noise(real.size(), new Random(seed)), y);
    }

    /** One generator update on {@code n} fresh fakes of random classes (the playground's "train G"). */
    public Map<String, Double> trainGenerator(int n, long seed) {
        Random r = new Random(seed);
        INDArray z = noise(n, r);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = r.nextInt(shape.numClasses());
        return generatorStep(z, Tensors.oneHot(labels, shape.numClasses()));
    }

    /** The discriminator's logits for N examples [N, ...] of class 0 ("real" above 0). */
    public float[] discriminatorLogits(float[] examples, int n) {
        long[] s = batchShape(shape);
        s[0] = n;
        INDArray x = Nd4j.create(examples, s, 'c'), y = Tensors.oneHot(new int[n], shape.numClasses());
        INDArray out = dNet.sd().output(Map.of("x", x, "y", y), "dLogits").get("dLogits");
        return out.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    /** The generator's output for N noise vectors z [N, noise] of class 0. */
    public float[] generatorOf(float[] z, int n) {
        INDArray fake = gNet.sd().output(Map.of("z", Nd4j.create(z, new long[]{n, noiseDim}, 'c'),
                "y", Tensors.oneHot(new int[n], shape.numClasses())), "fake").get("fake");
        return fake.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    public GanConfig config() { return config; }

    /** Dimensions of the generator's noise z. */
    public int noiseDimension() { return noiseDim; }

    /** Copies the discriminator's weights into the generator's graph, whose copy of it scores the fakes. */
    private void mirrorDiscriminator() {
        for (String p : dParams) gNet.sd().getArrForVarName(p).assign(dNet.sd().getArrForVarName(p));
    }

    INDArray noise(int b, Random r) {
        return Nd4j.create(gaussian(b * noiseDim, r), new long[]{b, noiseDim}, 'c');
    }

    /** {@code count} draws from the standard normal: the generator's noise, row after row. */
    static float[] gaussian(int count, Random r) {
        float[] z = new float[count];
        for (int i = 0; i < count; i++) z[i] = (float) r.nextGaussian();
        return z;
    }

    /** A batch's shape with any batch size: [-1, C, H, W] for images, [-1, 2] for points. */
    private static long[] batchShape(DataShape shape) {
        return shape.kind() == DataShape.Kind.IMAGES ? new long[]{-1, shape.channels(), shape.height(), shape.width()} : new long[]{-1, 2};
    }

    private int[] labels(Batch batch) {
        return batch.labels().length == 0 ? new int[batch.size()] : batch.labels();
    }

    @Override
    public double learningRate() { return adamG.learningRate(); }

    /**
     * One generator pass: z from the seed, each sample's class (an unconditional one gets a random
     * class). With the option {@code walk=N} it is a latent walk instead: N frames, each sample
     * drawn from z moving along a great circle from one noise vector to another (spherical
     * interpolation, White 2016), so a class sees the generator's images change smoothly.
     * The thread's SameDiff session stays cached for the next call: a pass is one graph run,
     * and building the session again cost as much as the pass itself (the protocol's sampling
     * run, batch 64: 78 ms with a fresh session, 44 ms without).
     */
    @Override
    public Tensor generate(GenerationRequest request, TraceSink sink) {
        Map<String, String> o = new LinkedHashMap<>(request.options());
        String walk = o.remove(WALK);
        if (!o.isEmpty()) {
            throw new IllegalArgumentException(name + " has one sampling setting, " + WALK + "=N (a latent walk of N frames); got " + o.keySet());
        }
        int frames = walk == null ? 1 : walkFrames(walk);
        Random r = new Random(request.seed());
        int n = request.count();
        INDArray from = noise(n, r), to = walk == null ? from : noise(n, r);
        int[] labels = request.labels();
        for (int i = 0; i < n; i++) {
            if (labels[i] >= shape.numClasses()) throw new IllegalArgumentException("class " + labels[i] + " does not exist; " + name
                    + " has classes 0.." + (shape.numClasses() - 1));
            if (labels[i] < 0) labels[i] = r.nextInt(shape.numClasses());
        }
        INDArray y = Tensors.oneHot(labels, shape.numClasses());
        Tensor samples = null;
        for (int f = 0; f < frames; f++) {
            double t = frames == 1 ? 0 : (double) f / (frames - 1);
            INDArray fake = gNet.sd().output(Map.of("z", slerp(from, to, t), "y", y), "fake").get("fake");
            samples = Tensors.toTensor(fake);
            String caption = walk == null ? "one generator pass" : String.format(java.util.Locale.ROOT, "latent walk, t = %.2f", t);
            sink.accept(new TraceFrame(f, frames, caption, Map.of("x", samples), Map.of("t", t)));
        }
        return samples;
    }

    /** The option of a latent walk: its number of frames. */
    public static final String WALK = "walk";

    private static int walkFrames(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 2 && n <= 200) return n;
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException(WALK + " must be a whole number of frames from 2 to 200, got \"" + value + "\"");
    }

    /**
     * Spherical interpolation between rows of a and b [N, Z], t in [0, 1]: stays where Gaussian
     * noise lives, unlike a straight line. Plain arithmetic: a few hundred tiny ND4J ops per call
     * cost more than the generator pass they feed.
     */
    static INDArray slerp(INDArray a, INDArray b, double t) {
        if (t == 0) return a;
        int n = (int) a.rows(), z = (int) a.columns();
        float[] u = a.dup('c').data().asFloat(), v = b.dup('c').data().asFloat(), out = new float[n * z];
        for (int i = 0; i < n; i++) {
            double dot = 0, uu = 0, vv = 0;
            for (int j = i * z; j < (i + 1) * z; j++) {
                dot += u[j] * v[j];
                uu += u[j] * u[j];
                vv += v[j] * v[j];
            }
            double omega = Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(uu * vv))));
            boolean straight = Math.abs(Math.sin(omega)) < 1e-6;
            double wa = straight ? 1 - t : Math.sin((1 - t) * omega) / Math.sin(omega);
            double wb = straight ? t : Math.sin(t * omega) / Math.sin(omega);
            for (int j = i * z; j < (i + 1) * z; j++) out[j] = (float) (wa * u[j] + wb * v[j]);
        }
        return Nd4j.create(out, new long[]{n, z}, 'c');
    }

    /** The discriminator's view of the inputs: its feature maps, and its logit. */
    @Override
    public Map<String, Tensor> probe(Tensor inputs, int[] labels) {
        SameDiff sd = dNet.sd();
        INDArray x = Tensors.toArray(inputs), y = Tensors.oneHot(labels, shape.numClasses());
        Map<String, INDArray> out = sd.output(Map.of("x", x, "y", y), "dLogits");
        Map<String, Tensor> probes = new LinkedHashMap<>();
        probes.put("D logit", Tensors.toTensor(out.get("dLogits")));
        NativeMemory.releaseThreadSession(sd);
        return probes;
    }

    @Override
    public Map<String, Tensor> state() {
        Map<String, Tensor> out = new LinkedHashMap<>(samplingState());
        for (String p : dParams) out.put(p, Tensors.toTensor(dNet.sd().getArrForVarName(p)));
        out.putAll(adamG.state("adamG/"));
        out.putAll(adamD.state("adamD/"));
        return out;
    }

    @Override
    public void restore(Map<String, Tensor> state) {
        StateDict.check(state(), state);
        for (String p : gParams) gNet.sd().getArrForVarName(p).assign(Tensors.toArray(state.get(p)));
        for (String p : dParams) dNet.sd().getArrForVarName(p).assign(Tensors.toArray(state.get(p)));
        adamG.restore("adamG/", state);
        adamD.restore("adamD/", state);
        mirrorDiscriminator();
    }

    /** The generator's weights: all that drawing samples needs. */
    @Override
    public Map<String, Tensor> samplingState() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (String p : gParams) out.put(p, Tensors.toTensor(gNet.sd().getArrForVarName(p)));
        return out;
    }

    @Override
    public void restoreSampling(Map<String, Tensor> state) {
        StateDict.check(samplingState(), state);
        for (String p : gParams) gNet.sd().getArrForVarName(p).assign(Tensors.toArray(state.get(p)));
    }
}
