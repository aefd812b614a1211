package io.genlab.eval.race;

import io.genlab.data.Tensor;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Times one lane of a race, synchronously on the calling thread: warms the model up with one
 * untimed frame, then times the generation, keeping every trace frame's picture with the
 * nanoseconds since the start and the network evaluations so far. Only the generation is timed: no
 * loading, no drawing, no other model's work. It knows no thread, window or console: the Race view
 * calls it on its model worker, {@code genlab race} on the main thread.
 */
public final class LaneTimer {
    private final GenerativeModel model;
    private final RaceSettings settings;
    private final GenerationRequest request;
    private final int evaluations;

    private LaneTimer(GenerativeModel model, RaceSettings settings) {
        this.model = model;
        this.settings = settings;
        ModelInfo info = model.info();
        request = settings.request(model instanceof DiffusionModel, info.shape().numClasses());
        evaluations = (int) Math.round(model.networkEvaluations(request));
    }

    /**
     * The lane of {@code model} with the race's settings, warmed up: ready to be timed.
     *
     * @throws IllegalArgumentException when the model refuses the request (a class it does not have, more steps than its T)
     */
    public static LaneTimer warmedUp(GenerativeModel model, RaceSettings settings) {
        LaneTimer lane = new LaneTimer(model, settings);
        lane.warmUp();
        return lane;
    }

    /** Warms the model up, then times and records its lane; see {@link #record(Consumer, BooleanSupplier)}. */
    public static LaneRecording record(GenerativeModel model, RaceSettings settings, Consumer<LaneRecording.Moment> live,
                                       BooleanSupplier cancelled) {
        LaneTimer lane = warmedUp(model, settings);
        if (cancelled.getAsBoolean()) throw new CancellationException("cancelled");
        return lane.record(live, cancelled);
    }

    /** Network evaluations of the whole generation, for each picture. */
    public int evaluations() { return evaluations; }

    /**
     * Times the generation and records it.
     *
     * @param live      hears every frame as it comes, on this thread (keep it quick: it is timed)
     * @param cancelled asked after every frame; once true the lane stops with a {@link CancellationException}
     */
    public LaneRecording record(Consumer<LaneRecording.Moment> live, BooleanSupplier cancelled) {
        ModelInfo info = model.info();
        List<LaneRecording.Moment> frames = new ArrayList<>();
        long start = System.nanoTime();
        Tensor pictures = model.generate(request, frame -> {
            long nanos = System.nanoTime() - start;
            if (cancelled.getAsBoolean()) throw new CancellationException("cancelled");
            LaneRecording.Moment moment = new LaneRecording.Moment(nanos, evaluationsAfter(frame, evaluations), picture(frame));
            frames.add(moment);
            live.accept(moment);
        });
        long end = System.nanoTime() - start;
        return new LaneRecording(info.name(), info.family(), RaceTexts.method(info.family(), info.shape(), settings), evaluations,
                frames, new LaneRecording.Moment(end, evaluations, pictures), null);
    }

    /**
     * Runs the generation up to its first frame and drops it, so that the timed run does not pay for
     * what a model's first call costs once (building its graph session, compiling code).
     */
    private void warmUp() {
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
