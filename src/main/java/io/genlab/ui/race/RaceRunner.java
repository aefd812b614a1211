package io.genlab.ui.race;

import io.genlab.data.Tensor;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.ActiveModel;
import io.genlab.ui.widgets.Coalescer;
import io.genlab.ui.widgets.ModelWorker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs one lane of a race on the model worker and records it: loads the lane's model (once; later
 * races reuse it), warms it up with one untimed frame, then times the generation, keeping every
 * trace frame's picture with the nanoseconds since the start and the network evaluations so far.
 * Only the generation is timed: no loading, no drawing, no other model's work. It holds no view
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
            ModelInfo info = model.info();
            GenerationRequest request = settings.request(model instanceof DiffusionModel, info.shape().numClasses());
            int evaluations = (int) Math.round(model.networkEvaluations(request));
            warmUp(model, request);
            job.checkCancelled();
            ui.execute(() -> listener.started(evaluations));
            List<LaneRecording.Moment> frames = new ArrayList<>();
            long start = System.nanoTime();
            Tensor pictures = model.generate(request, frame -> {
                long nanos = System.nanoTime() - start;
                job.checkCancelled();
                LaneRecording.Moment moment = new LaneRecording.Moment(nanos, evaluationsAfter(frame, evaluations), picture(frame));
                frames.add(moment);
                live.publish(moment);
            });
            long end = System.nanoTime() - start;
            return new LaneRecording(info.name(), info.family(), RaceTexts.method(info.family(), info.shape(), settings), evaluations,
                    frames, new LaneRecording.Moment(end, evaluations, pictures), null);
        }, listener::done, listener::failed, listener::cancelled);
    }

    /** The lane's model, loaded from its checkpoint the first time. */
    private GenerativeModel model(LaneHead head) throws Exception {
        GenerativeModel model = models.get(head.checkpoint());
        if (model == null) {
            model = ActiveModel.load(registry, head.run()).model();
            models.put(head.checkpoint(), model);
        }
        return model;
    }

    /**
     * Runs the generation up to its first frame and drops it, so that the timed run does not pay for
     * what a model's first call costs once (building its graph session, compiling code).
     */
    private static void warmUp(GenerativeModel model, GenerationRequest request) {
        try {
            model.generate(request, frame -> { throw new WarmedUp(); });
        } catch (WarmedUp expected) {
            // the first frame came: warm
        }
    }

    /** Stops the warm-up after its first frame. */
    private static final class WarmedUp extends RuntimeException {
        WarmedUp() {
            super("warmed up", null, false, false);
        }
    }

    /** Network evaluations done when {@code frame} is reported, of {@code total} for the whole generation. */
    static int evaluationsAfter(TraceFrame frame, int total) {
        return (int) Math.round(total * (frame.index() + 1) / (double) frame.total());
    }

    /** The frame's picture: a diffusion model's noisy x_t, the GAN's output, the PixelCNN's canvas. */
    static Tensor picture(TraceFrame frame) {
        Tensor xt = frame.tensors().get("x_t");
        return xt != null ? xt : frame.tensors().get("x");
    }
}
