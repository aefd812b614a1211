package io.genlab.ui.shell;

import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.PanelRendering;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A workbench context for view tests: a temporary home, a model worker delivering on the event
 * dispatch thread, and the problems the views report, collected as text.
 */
public final class ModelViewFixture implements AutoCloseable {
    public final ModelWorker worker = ModelWorker.forSwing("test-model");
    public final List<String> problems = new CopyOnWriteArrayList<>();
    public final WorkbenchContext context;

    public ModelViewFixture(Path home) {
        this(home, home.resolve("prefs.json"));
    }

    /** A fixture on another home (e.g. the repository's, with its shipped models) that keeps its preferences elsewhere. */
    public ModelViewFixture(Path home, Path prefs) {
        context = new WorkbenchContext(home, ModelRegistry.discover(), UiPrefs.load(prefs),
                (what, e) -> problems.add(what + ": " + Problems.describe(e)), worker);
    }

    /**
     * Waits until every job submitted so far has run and its callbacks have run on the event
     * dispatch thread (jobs run in order, callbacks are queued in order).
     */
    public void drain() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        worker.submit(job -> null, r -> done.countDown(), e -> done.countDown(), done::countDown);
        if (!done.await(10, TimeUnit.MINUTES)) throw new AssertionError("the model worker did not finish its jobs");
        PanelRendering.onEdt(() -> { });
    }

    /** An untrained unet-s on 8x8 grey images of two classes, with a short schedule. */
    public static GenerativeModel tinyUnet(int timesteps) {
        return ModelRegistry.discover().get("unet-s")
                .create(DataShape.images(1, 8, 8, List.of("dark", "light")), Map.of("timesteps", timesteps), 3);
    }

    @Override
    public void close() {
        worker.close();
    }
}
