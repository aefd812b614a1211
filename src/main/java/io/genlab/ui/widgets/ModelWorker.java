package io.genlab.ui.widgets;

import javax.swing.SwingUtilities;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The one thread that drives a model (SameDiff graphs are not thread-safe), handing results to
 * the user-interface thread. It is not a pool: jobs run one after another, in submission order,
 * and the UI thread never waits for one.
 */
public final class ModelWorker implements AutoCloseable {
    private final ExecutorService thread;
    private final Executor ui;

    /**
     * @param name thread name, shown in profilers and thread dumps
     * @param ui   where results are delivered: the event dispatch thread in the workbench
     */
    public ModelWorker(String name, Executor ui) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "genlab-" + name);
            t.setDaemon(true);
            return t;
        });
        this.ui = ui;
    }

    /** A worker that delivers on the Swing event dispatch thread. */
    public static ModelWorker forSwing(String name) {
        return new ModelWorker(name, SwingUtilities::invokeLater);
    }

    /** Work done on the worker thread; it may check {@link Job#checkCancelled()} as often as it likes. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Job job) throws Exception;
    }

    /** A submitted job: cancel it from any thread. */
    public static final class Job {
        private volatile boolean cancelled;

        public void cancel() { cancelled = true; }

        public boolean isCancelled() { return cancelled; }

        /** Throws {@link CancellationException} once the job is cancelled; call it between units of work. */
        public void checkCancelled() {
            if (cancelled) throw new CancellationException("cancelled");
        }
    }

    /**
     * Runs {@code work} on the worker. Afterwards exactly one callback runs on the UI thread:
     * {@code onResult}, {@code onError} (any exception, with its message meant for the user), or
     * {@code onCancelled} when the job was cancelled before or while running.
     */
    public <T> Job submit(Work<T> work, Consumer<T> onResult, Consumer<Exception> onError, Runnable onCancelled) {
        Job job = new Job();
        thread.execute(() -> {
            if (job.isCancelled()) {
                ui.execute(onCancelled);
                return;
            }
            try {
                T result = work.run(job);
                ui.execute(job.isCancelled() ? onCancelled : () -> onResult.accept(result));
            } catch (CancellationException e) {
                ui.execute(onCancelled);
            } catch (Exception e) {
                ui.execute(job.isCancelled() ? onCancelled : () -> onError.accept(e));
            } catch (Throwable e) {                               // native libraries missing, out of memory, ...
                Exception reported = new IllegalStateException(describe(e), e);
                ui.execute(() -> onError.accept(reported));
            }
        });
        return job;
    }

    /** Like {@link #submit(Work, Consumer, Consumer, Runnable)} for callers with nothing to do on cancel. */
    public <T> Job submit(Work<T> work, Consumer<T> onResult, Consumer<Exception> onError) {
        return submit(work, onResult, onError, () -> { });
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory: " + e.getMessage() + " (raise GENLAB_HEAP or GENLAB_NATIVE, or use a smaller batch)";
        }
        if (e instanceof StackOverflowError) return "the model's computation went too deep: " + e;
        return "internal error: " + e + " (if it mentions native libraries, the ND4J backend could not load; run './genlab info')";
    }

    /** Stops the thread after the running job; queued jobs are dropped. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
