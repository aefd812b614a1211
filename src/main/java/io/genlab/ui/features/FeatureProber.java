package io.genlab.ui.features;

import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.ui.widgets.ModelWorker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the Layer features view's work: probing the model's activations for one input image on the
 * model's worker, and loading the input images on a worker of their own (they need no model, so a
 * large dataset never holds up the other views' model work). Probes are cached per input image (the
 * last {@link #CACHE_SIZE}), so going back to an image costs nothing. Use it from the UI thread only.
 */
final class FeatureProber implements AutoCloseable {
    static final int CACHE_SIZE = 32;
    private final ModelWorker worker;
    private final ModelWorker dataWorker = ModelWorker.forSwing("feature-data");
    private final Map<Integer, Probe> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Probe> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Loads the input images (on the data worker); throws with a message a user can act on. */
    @FunctionalInterface
    interface DataSource {
        ImageDataset load() throws Exception;
    }

    /** The activations of the model for image {@code index} (its class {@code label}), in computation order. */
    record Probe(int index, int label, Tensor input, Map<String, Tensor> activations) {
        Probe {
            activations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(activations));
        }
    }

    /** The model is not one whose layers are feature maps (e.g. a model of 2D points): nothing is wrong. */
    static final class NoFeatureMaps extends IllegalArgumentException {
        NoFeatureMaps(String message) {
            super(message);
        }
    }

    FeatureProber(ModelWorker worker) {
        this.worker = worker;
    }

    /** Reads the shape of the model's inputs on the model's worker; a model of points fails with {@link NoFeatureMaps}. */
    ModelWorker.Job shape(GenerativeModel model, Consumer<ModelInfo> onResult, Consumer<Exception> onError) {
        cache.clear();
        return worker.submit(job -> {
            ModelInfo info = model.info();
            if (info.shape().kind() != DataShape.Kind.IMAGES) {
                throw new NoFeatureMaps(info.name() + " is a model of 2D points: it has no feature maps to show");
            }
            return info;
        }, onResult, onError);
    }

    /** Loads the inputs on the data worker (not the model's) and checks they fit the model's images. */
    ModelWorker.Job load(ModelInfo model, DataSource source, Consumer<ImageDataset> onResult, Consumer<Exception> onError) {
        return dataWorker.submit(job -> {
            DataShape shape = model.shape();
            ImageDataset data = source.load();
            if (data.channels() != shape.channels() || data.height() != shape.height() || data.width() != shape.width()) {
                throw new IllegalArgumentException("the images of " + data.name() + " are " + data.channels() + "x" + data.height() + "x"
                        + data.width() + " but " + model.name() + " takes " + shape.channels() + "x" + shape.height() + "x" + shape.width());
            }
            if (data.size() == 0) throw new IllegalArgumentException(data.name() + " holds no images");
            return data;
        }, onResult, onError);
    }

    /** The cached probe of image {@code index}, or null. */
    Probe cached(int index) {
        return cache.get(index);
    }

    /** Probes image {@code index} on the worker; the result is cached, then handed to {@code onResult}. */
    ModelWorker.Job probe(GenerativeModel model, ImageDataset data, int index, Consumer<Probe> onResult, Consumer<Exception> onError) {
        int label = data.label(index);
        Tensor input = new Tensor(data.image(index), new int[]{1, data.channels(), data.height(), data.width()});   // [1, C, H, W]
        return worker.submit(job -> new Probe(index, label, input, model.probe(input, new int[]{label})), p -> {
            cache.put(index, p);
            onResult.accept(p);
        }, onError);
    }

    /** Forgets every probe (the model changed). */
    void clear() {
        cache.clear();
    }

    /** The worker the images load on. */
    ModelWorker dataWorker() { return dataWorker; }

    /** Stops loading images. */
    @Override
    public void close() {
        dataWorker.close();
    }
}
