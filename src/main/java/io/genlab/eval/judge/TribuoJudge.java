package io.genlab.eval.judge;

import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The second, independent judge: Tribuo's linear classifier (multiclass logistic regression by
 * SGD with AdaGrad) on the raw pixels, scored with Tribuo's own classification evaluation. It
 * shares no code or features with GenLab's CNN judge, so where the two agree about generated
 * images, neither's quirks explain the result. Weaker than the CNN on real images (it sees no
 * shapes, only pixels), it is retrained when needed (seconds) rather than saved.
 */
public final class TribuoJudge {
    /** Passes over the training images. */
    static final int EPOCHS = 5;
    private static final LabelFactory LABELS = new LabelFactory();
    /** Tribuo logs each epoch's loss to the console; GenLab's commands say what they do themselves. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    static {
        TRIBUO_LOG.setLevel(Level.WARNING);
    }
    private final Model<Label> model;
    private final List<String> classNames;
    private final String[] featureNames;

    private TribuoJudge(Model<Label> model, List<String> classNames, String[] featureNames) {
        this.model = model;
        this.classNames = classNames;
        this.featureNames = featureNames;
    }

    /** Trains on every image of a dataset. */
    public static TribuoJudge train(ImageDataset train, long seed) {
        String[] names = new String[train.imageSize()];
        for (int i = 0; i < names.length; i++) names[i] = String.format("px%05d", i);
        TribuoJudge unfitted = new TribuoJudge(null, train.classNames(), names);
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(train.toString(), LABELS), LABELS);
        for (int i = 0; i < train.size(); i++) data.add(unfitted.example(train.image(i), train.classNames().get(train.label(i))));
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, train.size(), 1, seed);
        return new TribuoJudge(trainer.train(data), train.classNames(), names);
    }

    /** Tribuo's evaluation on labelled images: accuracy, precision and recall per class, confusion matrix. */
    public ClassificationReport evaluate(ImageDataset test) {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(test.toString(), LABELS), LABELS);
        for (int i = 0; i < test.size(); i++) data.add(example(test.image(i), classNames.get(test.label(i))));
        LabelEvaluation e = new LabelEvaluator().evaluate(model, data);
        int k = classNames.size();
        long[][] confusion = new long[k][k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) confusion[t][p] = Math.round(e.confusion(new Label(classNames.get(p)), new Label(classNames.get(t))));   // (predicted, true)
        }
        double[] precision = new double[k], recall = new double[k];
        for (int c = 0; c < k; c++) {
            Label l = new Label(classNames.get(c));
            precision[c] = e.precision(l);
            recall[c] = e.recall(l);
        }
        return new ClassificationReport(name(), classNames, e.accuracy(), precision, recall, confusion);
    }

    /** The predicted class of each of N images [N, C, H, W]. */
    public int[] classify(Tensor images) {
        int n = images.shape()[0], size = featureNames.length;
        List<Example<Label>> examples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float[] image = new float[size];
            System.arraycopy(images.data(), i * size, image, 0, size);
            examples.add(example(image, null));
        }
        int[] out = new int[n];
        List<Prediction<Label>> predictions = model.predict(examples);
        for (int i = 0; i < n; i++) out[i] = classNames.indexOf(predictions.get(i).getOutput().getLabel());
        return out;
    }

    public String name() { return "Tribuo linear SGD"; }

    /** Pixels in [-1, 1] as features in [0, 1]; black pixels are left out, as Tribuo's IDX reader does. */
    private Example<Label> example(float[] image, String label) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int p = 0; p < image.length; p++) {
            double v = (image[p] + 1) / 2;
            if (v > 0) {
                names.add(featureNames[p]);
                values.add(v);
            }
        }
        double[] vs = new double[values.size()];
        for (int i = 0; i < vs.length; i++) vs[i] = values.get(i);
        return new ArrayExample<>(label == null ? LABELS.getUnknownOutput() : new Label(label), names.toArray(new String[0]), vs);
    }
}
