package io.genlab.eval.judge;

import io.genlab.data.Tensor;
import io.genlab.nn.Adam;
import io.genlab.nn.Backprop;
import io.genlab.nn.Conv2d;
import io.genlab.nn.GradientGraph;
import io.genlab.nn.Linear;
import io.genlab.nn.NativeMemory;
import io.genlab.nn.Net;
import io.genlab.nn.Tensors;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The judge's network: a small CNN classifier whose 128-number penultimate layer is the feature
 * space the sample-quality metrics measure in. It is not a generative model; it only says which
 * class an image looks like, and how.
 *
 * <pre>
 * x [B, C, H, W] in [-1, 1]
 * conv1 3x3 C->32, ReLU             [B, 32, H, W]
 * conv2 3x3 stride 2 32->64, ReLU   [B, 64, H/2, W/2]
 * conv3 3x3 stride 2 64->32, ReLU   [B, 32, H/4, W/4]      28 -> 14 -> 7, 32 -> 16 -> 8
 * flatten, fc1 -> 128, ReLU         [B, 128]  the features
 * fc2 -> K                          [B, K]    the logits; softmax cross-entropy against the label
 * </pre>
 * 239,402 parameters at 28x28x1 with 10 classes (about 1 MB).
 */
final class JudgeNet {
    static final int FEATURES = 128;
    /** Images per forward pass when judging. */
    private static final int BATCH = 256;
    private final Net net;
    private final int channels, height, width, classes;
    private final Adam adam;

    /**
     * @param dtype FLOAT for use, DOUBLE for gradient checks
     * @throws IllegalArgumentException if the image is not a multiple of 4 on each side
     */
    JudgeNet(int channels, int height, int width, int classes, double learningRate, long seed, DataType dtype) {
        if (height % 4 != 0 || width % 4 != 0 || height < 8 || width < 8) {
            throw new IllegalArgumentException("the judge needs images whose sides are multiples of 4 (at least 8), got " + height + "x" + width);
        }
        if (classes < 2) throw new IllegalArgumentException("the judge needs a labelled dataset of at least 2 classes, got " + classes);
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.classes = classes;
        this.net = new Net(SameDiff.create(), dtype, seed);
        SameDiff sd = net.sd();
        SDVariable x = sd.placeHolder("x", dtype, -1, channels, height, width);            // [B, C, H, W]
        SDVariable y = sd.placeHolder("y", dtype, -1, classes);                            // [B, K] one-hot
        SDVariable h = sd.nn.relu(new Conv2d(net, "conv1", channels, 32, 3).apply(x), 0);   // [B, 32, H, W]
        h = sd.nn.relu(new Conv2d(net, "conv2", 32, 64, 3, 2, 1, true).apply(h), 0);        // [B, 64, H/2, W/2]
        h = sd.nn.relu(new Conv2d(net, "conv3", 64, 32, 3, 2, 1, true).apply(h), 0);        // [B, 32, H/4, W/4]
        int flat = 32 * (height / 4) * (width / 4);
        h = sd.reshape(h, net.shapeOf(h, new int[]{0}, flat));                              // [B, 32*H/4*W/4]
        SDVariable features = sd.nn.relu("features", new Linear(net, "fc1", flat, FEATURES).apply(h), 0);  // [B, 128]
        SDVariable logits = sd.identity("logits", new Linear(net, "fc2", FEATURES, classes).apply(features)); // [B, K]
        sd.nn.softmax("probabilities", logits, 1);
        // log-softmax as z - log(sum(exp(z))) with z = logits - max: finite however sure the judge is
        // (libnd4j's log_softmax gives -inf for a class with probability 0, and -inf * 0 = NaN).
        SDVariable z = logits.sub(sd.max(logits, true, 1));                                 // [B, K]
        SDVariable logP = z.sub(sd.math.log(sd.math.exp(z).sum(true, 1)));                 // [B, K]
        logP.mul(y).sum(1).mean().neg("loss");
        sd.setLossVariables("loss");
        this.adam = Adam.standard(sd, net.parameters(), learningRate);
        GradientGraph.build(sd);
    }

    int channels() { return channels; }
    int height() { return height; }
    int width() { return width; }
    int classes() { return classes; }
    long parameterCount() { return net.parameterCount(); }
    SameDiff graph() { return net.sd(); }

    /** One Adam step on a batch of images [B, C, H, W] (flattened) and their labels; returns the mean cross-entropy. */
    double trainStep(float[] images, int[] labels) {
        int b = labels.length;
        Map<String, INDArray> ph = Map.of(
                "x", Nd4j.create(images, new long[]{b, channels, height, width}, 'c').castTo(net.dtype()),
                "y", Tensors.oneHot(labels, classes).castTo(net.dtype()));
        OutAndGrad r = Backprop.run(net.sd(), ph, List.of("loss"), net.parameters());
        double loss = r.getOutputs().get("loss").getDouble(0);
        if (Double.isFinite(loss)) adam.apply(r.getGradients());
        return loss;
    }

    /** The features and class probabilities of images [N, C, H, W] (flattened), in batches. */
    Judgement judge(float[] images, int count) {
        int size = channels * height * width;
        float[][] features = new float[count][];
        float[][] probabilities = new float[count][];
        try {
            for (int start = 0; start < count; start += BATCH) {
                int b = Math.min(BATCH, count - start);
                float[] chunk = new float[b * size];
                System.arraycopy(images, start * size, chunk, 0, b * size);
                Map<String, INDArray> out = net.sd().output(
                        Map.of("x", Nd4j.create(chunk, new long[]{b, channels, height, width}, 'c').castTo(net.dtype())),
                        "features", "probabilities");
                float[] f = out.get("features").castTo(DataType.FLOAT).dup('c').data().asFloat();
                float[] p = out.get("probabilities").castTo(DataType.FLOAT).dup('c').data().asFloat();
                for (int i = 0; i < b; i++) {
                    features[start + i] = Arrays.copyOfRange(f, i * FEATURES, (i + 1) * FEATURES);
                    probabilities[start + i] = Arrays.copyOfRange(p, i * classes, (i + 1) * classes);
                }
            }
        } finally {
            NativeMemory.releaseThreadSession(net.sd());
        }
        return new Judgement(features, probabilities);
    }

    /** The weights, by variable name. */
    Map<String, Tensor> weights() {
        return net.weights();
    }

    /**
     * Replaces the weights with {@link #weights()} of a judge of the same shape.
     *
     * @throws IllegalArgumentException naming the first missing, extra or wrongly shaped entry; nothing changes then
     */
    void restore(Map<String, Tensor> weights) {
        net.restore(weights);
    }
}
