package io.genlab.eval.prompts;

import io.genlab.data.ShapeColour;
import io.genlab.data.ShapeKind;
import io.genlab.data.ShapeLetter;
import io.genlab.data.ShapeSize;
import io.genlab.data.Tensor;
import io.genlab.nn.Adam;
import io.genlab.nn.Backprop;
import io.genlab.nn.Conv2d;
import io.genlab.nn.GradientGraph;
import io.genlab.nn.Linear;
import io.genlab.nn.NativeMemory;
import io.genlab.nn.Net;
import io.genlab.nn.SpatialSoftArgmax;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.genlab.eval.prompts.ColourTargets.COLOURS;
import static io.genlab.eval.prompts.ColourTargets.KINDS;
import static io.genlab.eval.prompts.ColourTargets.LETTERS;
import static io.genlab.eval.prompts.ColourTargets.SIZES;

/**
 * The attribute judge's network: a small CNN that reads a Shapes image colour by colour. Every
 * object of a scene has its own colour, so each of the 8 colours is a query: a spatial
 * soft-argmax says where that colour's object is, how strongly the query finds it anywhere says
 * whether it is there, and the features pooled where it is say what it is. It classifies and
 * locates; it generates nothing.
 *
 * <pre>
 * x [B, 3, S, S] in [-1, 1]                                        S = 32 for Shapes
 * conv1 3x3 3->W/2, ReLU                    [B, W/2, S, S]
 * conv2 3x3 stride 2 W/2->W, ReLU           [B, W, S/2, S/2]
 * conv3, conv4 3x3 W->W, ReLU               [B, W, S/2, S/2]        receptive field 13 pixels
 * colours: spatial soft-argmax, 8 queries   attention [B, 8, S*S/4], centre [B, 8, 2], pooled [B, 8, W],
 *                                           evidence [B, 8]: the presence logits
 * fc1 W->H plus the colour's embedding, ReLU  [B*8, H]              H = 2W
 * heads: kind 4, letter 8, size 2, centre offset 2                  [B*8, ...]
 * </pre>
 * The centre is the soft-argmax's expected position (cells 2 pixels apart) plus the offset head.
 * Losses: binary cross-entropy of presence, summed over the 8 colours of an image; cross-entropy
 * of kind and size and the Huber loss (in pixels, quadratic within one pixel) of the centre, each
 * a mean over the objects present; cross-entropy of the letter, a mean over the letter objects.
 * Absent colours add nothing but their presence loss. 105,176 parameters at W = 64 (about 420 kB).
 */
final class AttributeNet {
    /** The names of the losses {@link #trainStep} returns, the total last. */
    static final List<String> LOSSES = List.of("presenceLoss", "kindLoss", "letterLoss", "sizeLoss", "centreLoss", "loss");
    /** Images per forward pass when reading. */
    private static final int BATCH = 256;
    private final Net net;
    private final int side, width;
    private final Adam adam;

    /**
     * @param side  the images' side in pixels, even
     * @param width the channels of the trunk (64 for the shipped judge)
     * @param dtype FLOAT for use, DOUBLE for gradient checks
     */
    AttributeNet(int side, int width, double learningRate, long seed, DataType dtype) {
        if (side < 4 || side % 2 != 0 || width < 2 || width % 2 != 0) {
            throw new IllegalArgumentException("the attribute judge needs an even image side (at least 4) and an even width, got " + side + ", " + width);
        }
        this.side = side;
        this.width = width;
        this.net = new Net(SameDiff.create(), dtype, seed);
        SameDiff sd = net.sd();
        int hidden = 2 * width, half = side / 2;
        SDVariable x = sd.placeHolder("x", dtype, -1, 3, side, side);                              // [B, 3, S, S]
        SDVariable h = sd.nn.relu(new Conv2d(net, "conv1", 3, width / 2, 3).apply(x), 0);            // [B, W/2, S, S]
        h = sd.nn.relu(new Conv2d(net, "conv2", width / 2, width, 3, 2, 1, true).apply(h), 0);       // [B, W, S/2, S/2]
        h = sd.nn.relu(new Conv2d(net, "conv3", width, width, 3).apply(h), 0);                       // [B, W, S/2, S/2]
        h = sd.nn.relu(new Conv2d(net, "conv4", width, width, 3).apply(h), 0);                       // [B, W, S/2, S/2]
        // cell j of a stride-2 map is centred on input pixel 2j, whose centre is at x = 2j + 0.5
        SpatialSoftArgmax.Reading where = new SpatialSoftArgmax(net, "colours", width, COLOURS, half, half, 2, 0.5).apply(h);
        SDVariable presence = where.evidence();                                                    // [B, 8] logits
        SDVariable colourEmbedding = net.uniform("colourEmbedding", 1 / Math.sqrt(width), COLOURS, hidden);  // [8, H]
        SDVariable read = new Linear(net, "fc1", width, hidden).apply(where.pooled().reshape(-1, width))  // [B*8, H]
                .reshape(-1, COLOURS, hidden).add(colourEmbedding);                                // [B, 8, H]
        read = sd.nn.relu(read, 0).reshape(-1, hidden);                                            // [B*8, H]
        SDVariable kind = new Linear(net, "kind", hidden, KINDS).apply(read);                         // [B*8, 4]
        SDVariable letter = new Linear(net, "letter", hidden, LETTERS).apply(read);                   // [B*8, 8]
        SDVariable size = new Linear(net, "size", hidden, SIZES).apply(read);                         // [B*8, 2]
        SDVariable centre = new Linear(net, "offset", hidden, 2).apply(read).reshape(-1, COLOURS, 2)  // [B, 8, 2]
                .add(where.centres());

        sd.nn.sigmoid("present", presence);
        sd.nn.softmax("kindP", kind, 1);
        sd.nn.softmax("letterP", letter, 1);
        sd.nn.softmax("sizeP", size, 1);
        sd.identity("centre", centre);

        SDVariable yPresent = sd.placeHolder("yPresent", dtype, -1, COLOURS);                     // [B, 8]
        SDVariable yKind = sd.placeHolder("yKind", dtype, -1, COLOURS, KINDS);                    // [B, 8, 4] one-hot
        SDVariable yLetter = sd.placeHolder("yLetter", dtype, -1, COLOURS, LETTERS);              // [B, 8, 8] one-hot
        SDVariable ySize = sd.placeHolder("ySize", dtype, -1, COLOURS, SIZES);                    // [B, 8, 2] one-hot
        SDVariable yCentre = sd.placeHolder("yCentre", dtype, -1, COLOURS, 2);                    // [B, 8, 2] pixels
        SDVariable objectWeight = sd.placeHolder("objectWeight", dtype, -1, COLOURS);             // [B, 8]
        SDVariable letterWeight = sd.placeHolder("letterWeight", dtype, -1, COLOURS);             // [B, 8]
        // binary cross-entropy with logits z: max(z, 0) - z y + log(1 + exp(-|z|)), finite for any z
        SDVariable bce = sd.nn.relu(presence, 0).sub(presence.mul(yPresent)).add(sd.nn.softplus(sd.math.abs(presence).neg()));
        bce.sum(1).mean("presenceLoss");                                                             // summed over colours, mean over images
        crossEntropy(kind, yKind.reshape(-1, KINDS)).reshape(-1, COLOURS).mul(objectWeight).sum("kindLoss");
        crossEntropy(letter, yLetter.reshape(-1, LETTERS)).reshape(-1, COLOURS).mul(letterWeight).sum("letterLoss");
        crossEntropy(size, ySize.reshape(-1, SIZES)).reshape(-1, COLOURS).mul(objectWeight).sum("sizeLoss");
        SDVariable a = sd.math.abs(centre.sub(yCentre));                                           // [B, 8, 2] pixels
        SDVariable q = sd.math.min(a, sd.constant(Nd4j.scalar(dtype, 1.0)));
        SDVariable huber = q.mul(q).mul(0.5).add(a.sub(q)).sum(-1);                                // [B, 8]
        huber.mul(objectWeight).sum("centreLoss");
        sd.math.add(sd.getVariable("presenceLoss"), sd.getVariable("kindLoss")).add(sd.getVariable("letterLoss"))
                .add(sd.getVariable("sizeLoss")).add("loss", sd.getVariable("centreLoss"));
        sd.setLossVariables("loss");
        this.adam = Adam.standard(sd, net.parameters(), learningRate);
        GradientGraph.build(sd);
    }

    /** [N, K] -> [N]: -log softmax(logits) at the one-hot target, finite however sure the net is (as JudgeNet's). */
    private SDVariable crossEntropy(SDVariable logits, SDVariable oneHot) {
        SameDiff sd = net.sd();
        SDVariable z = logits.sub(sd.max(logits, true, 1));                                         // [N, K]
        SDVariable logP = z.sub(sd.math.log(sd.math.exp(z).sum(true, 1)));                          // [N, K]
        return logP.mul(oneHot).sum(1).neg();                                                      // [N]
    }

    int side() { return side; }
    int width() { return width; }
    long parameterCount() { return net.parameterCount(); }
    SameDiff graph() { return net.sd(); }
    List<String> parameters() { return net.parameters(); }

    /** The placeholders of a training step: the images [B, 3, S, S] (flattened) and what should be read from them. */
    Map<String, INDArray> placeholders(float[] images, ColourTargets t) {
        int b = t.present().length / COLOURS;
        DataType d = net.dtype();
        Map<String, INDArray> ph = new LinkedHashMap<>();
        ph.put("x", Nd4j.create(images, new long[]{b, 3, side, side}, 'c').castTo(d));
        ph.put("yPresent", Nd4j.create(t.present(), new long[]{b, COLOURS}, 'c').castTo(d));
        ph.put("yKind", Nd4j.create(t.kind(), new long[]{b, COLOURS, KINDS}, 'c').castTo(d));
        ph.put("yLetter", Nd4j.create(t.letter(), new long[]{b, COLOURS, LETTERS}, 'c').castTo(d));
        ph.put("ySize", Nd4j.create(t.size(), new long[]{b, COLOURS, SIZES}, 'c').castTo(d));
        ph.put("yCentre", Nd4j.create(t.centre(), new long[]{b, COLOURS, 2}, 'c').castTo(d));
        ph.put("objectWeight", Nd4j.create(t.objectWeight(), new long[]{b, COLOURS}, 'c').castTo(d));
        ph.put("letterWeight", Nd4j.create(t.letterWeight(), new long[]{b, COLOURS}, 'c').castTo(d));
        return ph;
    }

    void setLearningRate(double lr) { adam.setLearningRate(lr); }

    /** One Adam step; returns the losses named in {@link #LOSSES}. Nothing changes if the loss is not a number. */
    Map<String, Double> trainStep(float[] images, ColourTargets targets) {
        OutAndGrad r = Backprop.run(net.sd(), placeholders(images, targets), LOSSES, net.parameters());
        Map<String, Double> losses = new LinkedHashMap<>();
        for (String name : LOSSES) losses.put(name, r.getOutputs().get(name).getDouble(0));
        if (Double.isFinite(losses.get("loss"))) adam.apply(r.getGradients());
        return losses;
    }

    /** Reads N images [N, 3, S, S] (flattened), in batches. */
    List<SceneReading> read(float[] images, int count) {
        int size = 3 * side * side;
        List<SceneReading> out = new ArrayList<>(count);
        try {
            for (int start = 0; start < count; start += BATCH) {
                int b = Math.min(BATCH, count - start);
                float[] chunk = new float[b * size];
                System.arraycopy(images, start * size, chunk, 0, b * size);
                Map<String, INDArray> o = net.sd().output(
                        Map.of("x", Nd4j.create(chunk, new long[]{b, 3, side, side}, 'c').castTo(net.dtype())),
                        "present", "kindP", "letterP", "sizeP", "centre");
                float[] present = floats(o.get("present")), kind = floats(o.get("kindP")), letter = floats(o.get("letterP")),
                        sizes = floats(o.get("sizeP")), centre = floats(o.get("centre"));
                for (int i = 0; i < b; i++) {
                    List<ColourReading> colours = new ArrayList<>(COLOURS);
                    for (ShapeColour c : ShapeColour.values()) {
                        int at = i * COLOURS + c.ordinal();
                        colours.add(new ColourReading(c, present[at], ShapeKind.values()[argmax(kind, at * KINDS, KINDS)],
                                ShapeLetter.values()[argmax(letter, at * LETTERS, LETTERS)], ShapeSize.values()[argmax(sizes, at * SIZES, SIZES)],
                                centre[at * 2], centre[at * 2 + 1]));
                    }
                    out.add(new SceneReading(colours));
                }
            }
        } finally {
            NativeMemory.releaseThreadSession(net.sd());
        }
        return out;
    }

    private static float[] floats(INDArray a) {
        return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    private static int argmax(float[] p, int from, int n) {
        int best = 0;
        for (int k = 1; k < n; k++) if (p[from + k] > p[from + best]) best = k;
        return best;
    }

    /** The weights, by variable name. */
    Map<String, Tensor> weights() {
        return net.weights();
    }

    /**
     * Replaces the weights with {@link #weights()} of a net of the same shape.
     *
     * @throws IllegalArgumentException naming the first missing, extra or wrongly shaped entry; nothing changes then
     */
    void restore(Map<String, Tensor> weights) {
        net.restore(weights);
    }
}
