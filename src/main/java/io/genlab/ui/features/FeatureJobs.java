package io.genlab.ui.features;

import io.genlab.data.ImageDataset;
import io.genlab.train.GenerativeModel;
import io.genlab.ui.widgets.LatestJob;
import io.genlab.ui.widgets.ModelWorker;

import java.util.function.Consumer;

/**
 * The Layer features view's jobs, run by a {@link FeatureProber}: loading a model's images (its
 * input shape first) and probing one image. Only the latest job's callbacks count. Use it on the
 * UI thread only.
 */
final class FeatureJobs implements AutoCloseable {
    private final FeatureProber prober;
    private final LatestJob latest = new LatestJob();

    FeatureJobs(ModelWorker worker) {
        this.prober = new FeatureProber(worker);
    }

    /**
     * Reads the model's input shape on the model's worker, then loads the images on their own worker.
     *
     * @param onError gets why there are no images, after the job was forgotten
     */
    void load(GenerativeModel model, FeatureProber.DataSource source, Consumer<ImageDataset> onImages, Consumer<Exception> onError) {
        Consumer<Exception> failed = e -> {
            latest.forget();
            onError.accept(e);
        };
        latest.start(t -> prober.shape(model, t.only(info -> latest.start(t2 -> prober.load(info, source, t2.only(loaded -> {
            t2.end();
            onImages.accept(loaded);
        }), t2.only(failed)))), t.only(failed)));
    }

    /** Probes image {@code index} on the model's worker; an image probed before is handed over at once. */
    void probe(GenerativeModel model, ImageDataset data, int index, Consumer<FeatureProber.Probe> onProbe, Consumer<Exception> onError) {
        latest.forget();
        FeatureProber.Probe cached = prober.cached(index);
        if (cached != null) {
            onProbe.accept(cached);
            return;
        }
        latest.start(t -> prober.probe(model, data, index, t.only(p -> {
            t.end();
            onProbe.accept(p);
        }), t.only(e -> {
            t.end();
            onError.accept(e);
        })));
    }

    /** Stops the running job, ignores what it still reports and forgets every probe (the model changed). */
    void reset() {
        latest.forget();
        prober.clear();
    }

    /** The worker the input images load on. */
    ModelWorker dataWorker() { return prober.dataWorker(); }

    /** Stops the running job and loading images. */
    @Override
    public void close() {
        latest.forget();
        prober.close();
    }
}
