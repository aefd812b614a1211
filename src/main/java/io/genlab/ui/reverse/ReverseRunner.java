package io.genlab.ui.reverse;

import io.genlab.data.Tensor;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.KeptTrace;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceFrame;
import io.genlab.ui.widgets.Coalescer;
import io.genlab.ui.widgets.ModelWorker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Runs the Reverse process view's work on the model's worker: a traced generation whose frames
 * reach the UI thread while they are made, and the sampler grid, cell by cell. It holds no view
 * state; every callback runs on the UI executor, and each job stops within one sampler step of
 * being cancelled.
 */
final class ReverseRunner {
    private static final long FRAME_INTERVAL_MILLIS = 100;
    private final ModelWorker worker;
    private final Executor ui;

    ReverseRunner(ModelWorker worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    /** What the view needs to know of a model: what it is, and its diffusion T (0 if it is no diffusion model). */
    record Facts(ModelInfo info, int timesteps) {
        boolean diffusionOfImages() {
            return timesteps > 0 && info.shape().kind() == io.genlab.train.DataShape.Kind.IMAGES;
        }
    }

    /**
     * A finished generation: the request, the kept frames in order (about {@link KeptTrace#DEFAULT_LIMIT},
     * evenly spaced, first and last included; each knows its step) and the final samples.
     */
    record Trace(GenerationRequest request, List<TraceFrame> frames, Tensor samples) {
        Trace {
            frames = List.copyOf(frames);
        }

        /** How many sampler steps the generation took (more than {@code frames().size()} for long ones). */
        int steps() {
            return frames.isEmpty() ? 0 : frames.get(frames.size() - 1).total();
        }
    }

    /** Hears how a traced generation goes; all on the UI thread. */
    interface TraceListener {
        /** Every new frame, in order, a few times a second while the model works (the listener decides what to keep). */
        void frames(List<TraceFrame> batch);

        void done(Trace trace);

        void failed(Exception e);

        void cancelled();
    }

    /** Progress of the sampler grid: cell {@code cell} (0-based) is at {@code step} of {@code steps}; {@code finished} when done. */
    record GridProgress(int cell, int step, int steps, Tensor finished) {}

    /** The finished sampler grid: the samples of every cell, row-major. */
    record Grid(SamplerGridPlan plan, ReverseSettings settings, List<Tensor> cells) {
        Grid {
            cells = List.copyOf(cells);
        }
    }

    /** Hears how the sampler grid goes; all on the UI thread. */
    interface GridListener {
        void progress(List<GridProgress> batch);

        void done(Grid grid);

        void failed(Exception e);

        void cancelled();
    }

    /** Reads what the view needs from the model, on the worker. */
    ModelWorker.Job facts(GenerativeModel model, java.util.function.Consumer<Facts> onResult, java.util.function.Consumer<Exception> onError) {
        return worker.submit(job -> new Facts(model.info(),
                model instanceof DiffusionModel d ? d.schedule().numTimesteps() : 0), onResult, onError);
    }

    /**
     * Generates with the request, handing each frame to the listener as it comes (coalesced); the
     * trace keeps about {@link KeptTrace#DEFAULT_LIMIT} of them, so a 1000-step DDPM run of 16
     * samples does not hold every x_t, noise and x0.
     */
    ModelWorker.Job generate(GenerativeModel model, GenerationRequest request, TraceListener listener) {
        Coalescer<TraceFrame> live = new Coalescer<>(ui, FRAME_INTERVAL_MILLIS, listener::frames);
        return worker.submit(job -> {
            KeptTrace kept = new KeptTrace();
            Tensor samples = model.generate(request, frame -> {
                job.checkCancelled();
                kept.accept(frame);
                live.publish(frame);
            });
            return new Trace(request, kept.frames(), samples);
        }, listener::done, listener::failed, listener::cancelled);
    }

    /**
     * Runs every cell of the plan with the form's settings (same seed, so the same start noise),
     * {@code samples} samples each.
     */
    ModelWorker.Job samplerGrid(GenerativeModel model, SamplerGridPlan plan, ReverseSettings settings, int samples,
                                GridListener listener) {
        Coalescer<GridProgress> progress = new Coalescer<>(ui, FRAME_INTERVAL_MILLIS, listener::progress);
        return worker.submit(job -> {
            int classes = model.info().shape().numClasses();
            List<Tensor> cells = new ArrayList<>(Collections.nCopies(plan.cells(), (Tensor) null));
            for (int i = 0; i < plan.cells(); i++) {
                job.checkCancelled();
                int cell = i;
                GenerationRequest request = plan.cell(settings, i).request(samples, classes);
                Tensor out = model.generate(request, frame -> {
                    job.checkCancelled();
                    progress.publish(new GridProgress(cell, frame.index() + 1, frame.total(), null));
                });
                cells.set(i, out);
                progress.publish(new GridProgress(cell, 1, 1, out));
            }
            return new Grid(plan, settings, cells);
        }, listener::done, listener::failed, listener::cancelled);
    }
}
