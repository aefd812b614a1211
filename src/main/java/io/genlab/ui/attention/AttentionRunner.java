package io.genlab.ui.attention;

import io.genlab.data.Tensor;
import io.genlab.diffusion.AttentionRecorder;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceFrame;
import io.genlab.ui.widgets.Coalescer;
import io.genlab.ui.widgets.ModelWorker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs the Attention view's work on the model's worker: reading what a model's attention is, and a
 * generation that records every attention layer at every step, its steps reaching the UI thread a
 * few times a second. It holds no view state; every callback runs on the UI executor, and a
 * generation stops within one sampler step of being cancelled.
 */
final class AttentionRunner {
    private static final long FRAME_INTERVAL_MILLIS = 100;
    private final ModelWorker worker;
    private final Executor ui;

    AttentionRunner(ModelWorker worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    /**
     * What the view needs to know of a model: what it is, its diffusion T (0 for no diffusion model),
     * its attention layers as trace frames name them (none: nothing to show) and the fixed positions
     * it adds to its tokens [T, D] (null: none).
     */
    record Facts(ModelInfo info, int timesteps, List<String> layers, Tensor positions) {
        Facts {
            layers = List.copyOf(layers);
        }

        /** Whether the view can show this model: a diffusion model of images with attention. */
        boolean hasAttention() {
            return timesteps > 0 && !layers.isEmpty() && info.shape().kind() == DataShape.Kind.IMAGES;
        }
    }

    /** Hears how a generation goes; all on the UI thread. */
    interface Listener {
        /** Every new step, in order, a few times a second while the model works. */
        void frames(List<TraceFrame> batch);

        /** Every step of the finished generation. */
        void done(List<TraceFrame> frames);

        void failed(Exception e);

        void cancelled();
    }

    /** Reads the model's facts on the worker. */
    ModelWorker.Job facts(GenerativeModel model, Consumer<Facts> onResult, Consumer<Exception> onError) {
        return worker.submit(job -> {
            if (!(model instanceof DiffusionModel d)) return new Facts(model.info(), 0, List.of(), null);
            List<String> layers = d.denoiser().attentionNames().stream().map(AttentionRecorder::layerOf).toList();
            return new Facts(model.info(), d.schedule().numTimesteps(), layers, d.denoiser().tokenPositions().orElse(null));
        }, onResult, onError);
    }

    /** Generates with the request (which asks for the attention maps), handing each step to the listener. */
    ModelWorker.Job generate(GenerativeModel model, GenerationRequest request, Listener listener) {
        Coalescer<TraceFrame> live = new Coalescer<>(ui, FRAME_INTERVAL_MILLIS, listener::frames);
        return worker.submit(job -> {
            List<TraceFrame> frames = new ArrayList<>();
            model.generate(request, frame -> {
                job.checkCancelled();
                frames.add(frame);
                live.publish(frame);
            });
            return List.copyOf(frames);
        }, listener::done, listener::failed, listener::cancelled);
    }
}
