package io.genlab.ui.gan;

import io.genlab.gan.GanPlayground;
import io.genlab.ui.widgets.Coalescer;
import io.genlab.ui.widgets.ModelWorker;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs the GAN playground on the GAN view's own {@link ModelWorker}: builds it from the settings,
 * takes single discriminator or generator updates, or plays (both, on and on) until paused. Each
 * update's {@link GanPlayground.Frame} comes back on the UI thread, coalesced while playing.
 * Methods are called on the UI thread.
 */
final class PlaygroundRunner implements AutoCloseable {
    /** While playing, a frame is drawn every this many steps. */
    static final int FRAME_EVERY = 10;

    /** Which update a step is. */
    enum Action { DISCRIMINATOR, GENERATOR, BOTH }

    private final ModelWorker worker;
    private final Coalescer<GanPlayground.Frame> frames;
    private final Consumer<Exception> failed;
    private volatile GanPlayground playground;       // used on the worker only
    private ModelWorker.Job playing;

    PlaygroundRunner(ModelWorker worker, Executor ui, Consumer<java.util.List<GanPlayground.Frame>> onFrames, Consumer<Exception> failed) {
        this.worker = worker;
        this.frames = new Coalescer<>(ui, 100, onFrames);
        this.failed = failed;
    }

    /** A new playground: a fresh gan-2d with these options on this data; its first frame follows. */
    void reset(String dataset, Map<String, Object> options, long seed) {
        pause();
        worker.submit(job -> {
            playground = GanPlayground.create(dataset, options, seed);
            frames.publish(playground.frame(Map.of()));
            return null;
        }, x -> { }, failed);
    }

    /** One update of one network (or both); its frame follows. */
    void step(Action action) {
        pause();
        worker.submit(job -> {
            frames.publish(playground.frame(update(action)));
            return null;
        }, x -> { }, failed);
    }

    /** Trains both networks until {@link #pause}, drawing every {@link #FRAME_EVERY} steps. */
    void play() {
        if (playing != null) return;
        playing = worker.submit(job -> {
            for (long n = 1; ; n++) {
                job.checkCancelled();
                Map<String, Double> losses = update(Action.BOTH);
                if (n % FRAME_EVERY == 0) frames.publish(playground.frame(losses));
            }
        }, x -> playing = null, e -> {
            playing = null;
            failed.accept(e);
        }, () -> playing = null);
    }

    void pause() {
        if (playing != null) playing.cancel();
        playing = null;
    }

    boolean playing() { return playing != null; }

    private Map<String, Double> update(Action action) {
        if (playground == null) throw new IllegalStateException("press Reset to build the playground first");
        return switch (action) {
            case DISCRIMINATOR -> playground.stepDiscriminator();
            case GENERATOR -> playground.stepGenerator();
            case BOTH -> playground.stepBoth();
        };
    }

    @Override
    public void close() {
        pause();
        worker.close();
    }
}
