package io.genlab.ui.race;

import io.genlab.eval.race.LaneHead;
import io.genlab.eval.race.LaneRecording;
import io.genlab.eval.race.LaneTimer;
import io.genlab.eval.race.RaceSettings;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.ui.widgets.Coalescer;
import io.genlab.ui.widgets.ModelWorker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Runs one lane of a race on the model worker: loads the lane's model (once; later races reuse it)
 * and has {@link LaneTimer} warm it up and time it, showing its frames live. It holds no view
 * state; callbacks run on the UI executor, and a lane stops within one frame of being cancelled.
 */
final class RaceRunner {
    private static final long FRAME_INTERVAL_MILLIS = 100;
    private final ModelWorker worker;
    private final ModelRegistry registry;
    private final Executor ui;
    private final Map<Path, GenerativeModel> models = new HashMap<>();        // used on the worker thread only

    RaceRunner(ModelWorker worker, ModelRegistry registry, Executor ui) {
        this.worker = worker;
        this.registry = registry;
        this.ui = ui;
    }

    /** Hears how a lane goes; all on the UI thread. */
    interface Listener {
        /** The model is loaded and warmed up: the timed generation of {@code evaluations} network evaluations starts. */
        void started(int evaluations);

        /** Every new frame, in order, a few times a second. */
        void frames(List<LaneRecording.Moment> batch);

        void done(LaneRecording lane);

        /** The lane could not run (its folder, its model or the request); the message says why. */
        void failed(Exception e);

        void cancelled();
    }

    /** Runs and records the lane of {@code head} with the race's settings. */
    ModelWorker.Job run(LaneHead head, RaceSettings settings, Listener listener) {
        Coalescer<LaneRecording.Moment> live = new Coalescer<>(ui, FRAME_INTERVAL_MILLIS, listener::frames);
        return worker.submit(job -> {
            GenerativeModel model = model(head);
            job.checkCancelled();
            LaneTimer lane = LaneTimer.warmedUp(model, settings);
            job.checkCancelled();
            int evaluations = lane.evaluations();
            ui.execute(() -> listener.started(evaluations));
            return lane.record(live::publish, job::isCancelled);
        }, listener::done, listener::failed, listener::cancelled);
    }

    /** The lane's model, loaded from its checkpoint the first time. */
    private GenerativeModel model(LaneHead head) throws Exception {
        GenerativeModel model = models.get(head.checkpoint());
        if (model == null) {
            model = head.load(registry);
            models.put(head.checkpoint(), model);
        }
        return model;
    }
}
