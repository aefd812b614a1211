package io.genlab.ui.shell;

import io.genlab.train.CheckpointManifest;
import io.genlab.train.Checkpoints;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.ui.widgets.ModelWorker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The trained model the views look at (the run chosen in the toolbar), loaded from the run's last
 * checkpoint on its own {@link ModelWorker}. Views use the model only through {@link #worker()};
 * the state here is read and changed on the UI thread only.
 */
public final class ActiveModel implements AutoCloseable {

    /** A model restored from a run's checkpoint. Use {@code model} on the worker thread only. */
    public record Loaded(Path run, RunConfig config, CheckpointManifest manifest, GenerativeModel model) {
        /** Short description for labels, e.g. "unet-s on fashion, step 1,789". */
        public String label() {
            return String.format("%s on %s, step %,d", config.model(), config.dataset(), manifest.step());
        }
    }

    /** What a view that needs a model shows while there is none. */
    public static final String NONE_MESSAGE = "No model loaded yet: choose a trained model in the toolbar (Model).";

    private final ModelRegistry registry;
    private final ModelWorker worker;
    private final Problems problems;
    private final List<Consumer<Optional<Loaded>>> listeners = new ArrayList<>();
    private Loaded current;
    private Path loading;

    public ActiveModel(ModelRegistry registry, ModelWorker worker, Problems problems) {
        this.registry = registry;
        this.worker = worker;
        this.problems = problems;
    }

    /** The worker every use of the loaded model goes through. */
    public ModelWorker worker() { return worker; }

    public Optional<Loaded> current() { return Optional.ofNullable(current); }

    /** The run being loaded right now, if any. */
    public Optional<Path> loading() { return Optional.ofNullable(loading); }

    /** Called with the new model (or empty while one loads) each time the selection changes. */
    public void addListener(Consumer<Optional<Loaded>> listener) {
        listeners.add(listener);
    }

    /**
     * Loads the last checkpoint of {@code run} on the worker; listeners hear of it when it is
     * ready. A run that cannot be loaded is reported and the previous model stays. When another
     * run is opened before this one is ready, only the last one opened is used.
     *
     * @param onLoaded called before the listeners when the model is ready
     */
    public void open(Path run, Runnable onLoaded) {
        loading = run;
        listeners.forEach(l -> l.accept(Optional.empty()));
        worker.submit(job -> load(registry, run), loaded -> {
            if (loading != run) return;                       // superseded by a later open
            loading = null;
            current = loaded;
            onLoaded.run();
            listeners.forEach(l -> l.accept(Optional.of(loaded)));
        }, e -> {
            if (loading != run) return;
            loading = null;
            problems.report("Opening the run " + run, e);
            listeners.forEach(l -> l.accept(Optional.ofNullable(current)));
        });
    }

    /** Reads a run's config and last checkpoint and rebuilds its model; runs on any thread. */
    public static Loaded load(ModelRegistry registry, Path run) throws IOException {
        RunFolder folder = RunFolder.open(run);
        Path checkpoint = folder.latestCheckpoint()
                .orElseThrow(() -> new IOException(run + " has no checkpoint yet: train it for a few steps first"));
        Checkpoints.Loaded state = Checkpoints.read(checkpoint);
        return new Loaded(run, folder.config(), state.manifest(), registry.load(state));
    }

    @Override
    public void close() {
        worker.close();
    }
}
