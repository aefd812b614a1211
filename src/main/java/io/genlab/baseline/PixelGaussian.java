package io.genlab.baseline;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.nn.Adam;
import io.genlab.nn.Backprop;
import io.genlab.nn.GraphModel;
import io.genlab.nn.GradientGraph;
import io.genlab.nn.StateDict;
import io.genlab.nn.Tensors;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.Likelihood;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceFrame;
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
 * The simplest generative model: every pixel (or coordinate) an independent Gaussian, one
 * mean and one standard deviation per class, fitted by maximum likelihood with Adam.
 *
 * <p>It is a yardstick, not a neural network: its samples show what a model that ignores how
 * pixels depend on each other produces (blurry averages with salt-and-pepper noise), which is
 * exactly what the real families learn to do better. It is also the smallest model that
 * exercises the whole training runtime (SameDiff graph, optimiser, checkpoints).
 */
public final class PixelGaussian implements GenerativeModel, GraphModel, Likelihood {
    static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
    private final DataShape shape;
    private final Map<String, Object> options;
    private final int dim;
    private final int classes;
    private final SameDiff sd = SameDiff.create();
    private final Adam adam;

    /**
     * @param learningRate Adam step size (the option "lr", default 0.05: the parameters are
     *                     means and log-deviations of order 1, so a large step is safe)
     */
    public PixelGaussian(DataShape shape, double learningRate, Map<String, Object> options) {
        this.shape = shape;
        this.options = options;
        this.dim = shape.exampleSize();
        this.classes = shape.numClasses();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, dim);            // [B, D]
        SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, classes);        // [B, K] one-hot
        SDVariable mu = sd.var("mu", Nd4j.zeros(DataType.FLOAT, classes, dim));  // [K, D]
        SDVariable logSigma = sd.var("logSigma", Nd4j.zeros(DataType.FLOAT, classes, dim));
        SDVariable m = y.mmul(mu);                                               // [B, D]
        SDVariable s = y.mmul(logSigma);                                         // [B, D]
        SDVariable z = x.sub(m).mul(sd.math.exp(s.neg()));
        // Negative log-likelihood per value, in nats: 0.5 z^2 + log sigma + 0.5 log 2 pi
        sd.math.square(z).mul(0.5).add(s).mean().add("nll", HALF_LOG_2PI);
        this.adam = Adam.standard(sd, List.of("mu", "logSigma"), learningRate);
        GradientGraph.build(sd);
    }

    @Override
    public SameDiff graph() { return sd; }

    @Override
    public ModelInfo info() {
        return new ModelInfo("baseline", PixelGaussianProvider.NAME, 2L * classes * dim, shape, options);
    }

    @Override
    public Map<String, Double> trainStep(Batch batch, long stepSeed) {
        int b = batch.size();
        Map<String, INDArray> ph = Map.of(
                "x", Nd4j.create(batch.x(), new long[]{b, dim}, 'c'),
                "y", Tensors.oneHot(labelsOf(batch), classes));
        var out = Backprop.run(sd, ph, List.of("nll"), adam.variables());
        double nll = out.getOutputs().get("nll").getDouble(0);
        adam.apply(out.getGradients());
        return Map.of("nll", nll);
    }

    private int[] labelsOf(Batch batch) {
        return batch.labels().length == 0 ? new int[batch.size()] : batch.labels();
    }

    @Override
    public double learningRate() { return adam.learningRate(); }

    /** Frame 0 shows each requested class's mean, frame 1 the samples (mean + sigma * noise). */
    @Override
    public Tensor generate(GenerationRequest request, TraceSink sink) {
        if (!request.options().isEmpty()) {
            throw new IllegalArgumentException(PixelGaussianProvider.NAME + " has no sampling settings; got "
                    + request.options().keySet());
        }
        Random rng = new Random(request.seed());
        int n = request.count();
        float[] mu = sd.getArrForVarName("mu").dup('c').data().asFloat();
        float[] logSigma = sd.getArrForVarName("logSigma").dup('c').data().asFloat();
        float[] means = new float[n * dim], samples = new float[n * dim];
        int[] labels = request.labels();
        for (int i = 0; i < n; i++) {
            if (labels[i] >= classes) throw new IllegalArgumentException("class " + labels[i] + " does not exist; this model has " + classes + " classes");
            int k = labels[i] < 0 ? rng.nextInt(classes) : labels[i];
            for (int d = 0; d < dim; d++) {
                float mean = mu[k * dim + d];
                double v = mean + Math.exp(logSigma[k * dim + d]) * rng.nextGaussian();
                means[i * dim + d] = clip(mean);
                samples[i * dim + d] = clip((float) v);
            }
        }
        int[] outShape = shape.batchShape(n);
        Tensor meanTensor = new Tensor(means, outShape), sampleTensor = new Tensor(samples, outShape);
        sink.accept(new TraceFrame(0, 2, "mean", Map.of("x", meanTensor), Map.of()));
        sink.accept(new TraceFrame(1, 2, "sample", Map.of("x", sampleTensor), Map.of()));
        return sampleTensor;
    }

    /** Each image's class's Gaussians, discretised to the 256 levels of an 8-bit pixel ({@link DiscretizedGaussian}). */
    @Override
    public double[] bitsPerDimension(Batch batch) {
        if (shape.kind() != DataShape.Kind.IMAGES) throw new IllegalArgumentException("bits per dimension are defined for 8-bit images, not " + shape);
        float[] mu = sd.getArrForVarName("mu").dup('c').data().asFloat();
        float[] logSigma = sd.getArrForVarName("logSigma").dup('c').data().asFloat();
        int[] labels = labelsOf(batch);
        double[] out = new double[batch.size()];
        for (int i = 0; i < out.length; i++) {
            double bits = 0;
            for (int d = 0; d < dim; d++) {
                int k = labels[i] * dim + d;
                bits += DiscretizedGaussian.bits(batch.x()[i * dim + d], mu[k], Math.exp(logSigma[k]));
            }
            out[i] = bits / dim;
        }
        return out;
    }

    private float clip(float v) {
        return shape.kind() == DataShape.Kind.IMAGES ? Math.max(-1f, Math.min(1f, v)) : v;
    }

    /** "mean" and "sigma" of each input's class, in the data's shape. */
    @Override
    public Map<String, Tensor> probe(Tensor inputs, int[] labels) {
        INDArray y = Tensors.oneHot(labels, classes);
        int[] outShape = shape.batchShape(labels.length);
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("mean", reshape(y.mmul(sd.getArrForVarName("mu")), outShape));
        out.put("sigma", reshape(org.nd4j.linalg.ops.transforms.Transforms.exp(y.mmul(sd.getArrForVarName("logSigma"))), outShape));
        return out;
    }

    private static Tensor reshape(INDArray a, int[] shape) {
        return new Tensor(Tensors.toTensor(a).data(), shape);
    }

    @Override
    public Map<String, Tensor> state() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (String v : adam.variables()) out.put("param/" + v, Tensors.toTensor(sd.getArrForVarName(v)));
        out.putAll(adam.state("adam/"));
        return out;
    }

    @Override
    public void restore(Map<String, Tensor> state) {
        StateDict.check(state(), state);
        for (String v : adam.variables()) sd.getArrForVarName(v).assign(Tensors.toArray(state.get("param/" + v)));
        adam.restore("adam/", state);
    }
}
