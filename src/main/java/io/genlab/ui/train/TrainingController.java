package io.genlab.ui.train;

import io.genlab.data.DatasetLocations;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.TrainingControl;
import io.genlab.train.TrainingEvent;
import io.genlab.train.TrainingSetup;
import io.genlab.ui.widgets.Coalescer;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.viz.SnapshotPngWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the Train view's training sessions on a {@link ModelWorker} of their own (never the active
 * model's), as {@code genlab train} and {@code genlab resume} do, and hands the trainer's events to
 * the UI thread in coalesced batches. A session that breaks off outside the trainer reaches the UI
 * thread through the same batches, after every event the session published. It draws nothing;
 * the buttons of the view call it.
 *
 * <p>Sessions run one after another on the worker: one started while the last is still winding
 * down (its Finished event is out, its job not yet over) waits for it.
 */
final class TrainingController implements AutoCloseable {
    /** Least time between two batches of events on the UI thread: at most ten chart updates a second. */
    static final long INTERVAL_MILLIS = 100;

    private final ModelRegistry registry;
    private final DatasetLocations where;
    private final ModelWorker worker;
    private final List<Consumer<List<TrainingEvent>>> listeners = new CopyOnWriteArrayList<>();
    private final Coalescer<Delivery> deliveries;
    private volatile TrainingControl control = new TrainingControl();
    private volatile CountDownLatch running = new CountDownLatch(0);

    /**
     * @param worker the thread training runs on; the controller closes it
     * @param ui     the UI thread's executor (the event dispatch thread in the workbench)
     */
    TrainingController(ModelRegistry registry, DatasetLocations where, ModelWorker worker, Executor ui) {
        this.registry = registry;
        this.where = where;
        this.worker = worker;
        this.deliveries = new Coalescer<>(ui, INTERVAL_MILLIS, this::deliver);
    }

    /** What reaches the UI thread, in the order it happened. */
    private sealed interface Delivery {}

    private record Event(TrainingEvent event) implements Delivery {}

    private record Failure(Exception error, Consumer<Exception> onFailure) implements Delivery {}

    /** Receives the trainer's events on the UI thread, in order, a batch at a time. */
    void addListener(Consumer<List<TrainingEvent>> listener) {
        listeners.add(listener);
    }

    /**
     * Starts a new run in {@code dir}, like {@code genlab train --run DIR}.
     *
     * @param onFailure called on the UI thread, after the session's events, if the run cannot start
     *                  (bad data, model or folder) or training ends with an error that is no
     *                  {@link TrainingEvent.Failed}
     */
    void startNew(RunConfig config, Path dir, Consumer<Exception> onFailure) {
        launch(control -> TrainingSetup.newRun(registry, config, dir, where, control), onFailure);
    }

    /**
     * Continues a run from its last checkpoint up to {@code steps} in total, like
     * {@code genlab resume --run DIR --steps N}.
     */
    void continueRun(Path dir, long steps, Consumer<Exception> onFailure) {
        launch(control -> TrainingSetup.continuing(dir, steps, null).start(registry, where, control), onFailure);
    }

    /** Runs file work (reading or copying a run) on the training thread, so it never overlaps a session. */
    <T> void submit(ModelWorker.Work<T> work, Consumer<T> onResult, Consumer<Exception> onError) {
        worker.submit(work, onResult, onError);
    }

    private interface Setup {
        TrainingSetup.Ready prepare(TrainingControl control) throws Exception;
    }

    private void launch(Setup setup, Consumer<Exception> onFailure) {
        TrainingControl c = new TrainingControl();
        CountDownLatch done = new CountDownLatch(1);
        control = c;
        running = done;
        worker.submit(job -> {
            try {
                TrainingSetup.Ready ready = setup.prepare(c);
                ready.trainer().addListener(new SnapshotPngWriter(ready.data().shape()));
                ready.trainer().addListener(this::publish);
                return ready.trainer().run();
            } finally {
                done.countDown();
            }
        }, last -> { }, e -> failed(e, onFailure));
    }

    /** The trainer's listener: hands an event to the UI thread's next batch; called on any thread. */
    void publish(TrainingEvent event) {
        deliveries.publish(new Event(event));
    }

    /** A session broke off: {@code onFailure} hears of it on the UI thread after the events published before. */
    void failed(Exception error, Consumer<Exception> onFailure) {
        deliveries.publish(new Failure(error, onFailure));
    }

    private void deliver(List<Delivery> batch) {
        List<TrainingEvent> events = new ArrayList<>();
        for (Delivery d : batch) {
            if (d instanceof Event e) {
                events.add(e.event());
            } else if (d instanceof Failure f) {
                hand(events);
                events = new ArrayList<>();
                f.onFailure().accept(f.error());
            }
        }
        hand(events);
    }

    private void hand(List<TrainingEvent> events) {
        if (events.isEmpty()) return;
        List<TrainingEvent> batch = List.copyOf(events);
        listeners.forEach(l -> l.accept(batch));
    }

    void pause() { control.pause(); }

    void resume() { control.resume(); }

    /** One more step while paused. */
    void step() { control.step(); }

    /** Stops after the current step; the trainer writes its final checkpoint. */
    void stop() { control.cancel(); }

    /** A checkpoint of the model as it is now (answered with a CheckpointSaved event). */
    void requestCheckpoint() { control.requestCheckpoint(); }

    /** Waits until the current session has ended (for tests and shutdown); true if it has. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return running.await(timeout, unit);
    }

    /**
     * Cancels training without waiting on the calling thread: a non-daemon thread keeps the
     * program alive until the trainer has written its final checkpoint, then stops the worker.
     */
    @Override
    public void close() {
        control.cancel();
        CountDownLatch done = running;
        Thread finisher = new Thread(() -> {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                worker.close();
            }
        }, "genlab-final-checkpoint");
        finisher.setDaemon(false);
        finisher.start();
    }
}
