package io.genlab.eval;

import io.genlab.data.Batch;
import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A "generator" that answers every request with training images of the requested class, drawn
 * at random from the seed: the model every memorisation metric must catch, and whose other
 * scores are those of real data.
 */
final class CopyingModel implements GenerativeModel {
    private final ImageDataset training;
    private final DataShape shape;

    CopyingModel(ImageDataset training) {
        this.training = training;
        this.shape = DataShape.images(training.channels(), training.height(), training.width(), training.classNames());
    }

    @Override public ModelInfo info() { return new ModelInfo("test", "copying", 0, shape, Map.of()); }

    @Override public Map<String, Double> trainStep(Batch batch, long stepSeed) { throw new UnsupportedOperationException(); }

    @Override public double learningRate() { return 0; }

    @Override
    public Tensor generate(GenerationRequest request, TraceSink sink) {
        Random rng = new Random(request.seed());
        int[] indices = new int[request.count()];
        int[] labels = request.labels();
        for (int i = 0; i < indices.length; i++) {
            List<Integer> of = new ArrayList<>();
            for (int k = 0; k < training.size(); k++) if (labels[i] < 0 || training.label(k) == labels[i]) of.add(k);
            indices[i] = of.get(rng.nextInt(of.size()));
        }
        return new Tensor(training.batch(indices).x(), shape.batchShape(indices.length));
    }

    @Override public Map<String, Tensor> probe(Tensor inputs, int[] labels) { return Map.of(); }

    @Override public Map<String, Tensor> state() { return Map.of(); }

    @Override public void restore(Map<String, Tensor> state) { }
}
