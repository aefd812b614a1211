package io.genlab.ui.widgets;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A UI executor for tests that runs nothing by itself: tasks wait in a queue until the test runs
 * them on the event dispatch thread, so what reaches the UI, and in how many deliveries, does not
 * depend on timing.
 */
public final class ManualExecutor implements Executor {
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs the tasks queued now (and those they queue) on the event dispatch thread; returns how many ran. */
    public int runAll() {
        int n = 0;
        for (Runnable t; (t = tasks.poll()) != null; n++) PanelRendering.onEdt(t);
        return n;
    }

    /** Waits for the next task (one a background thread queues later) and runs it on the event dispatch thread. */
    public void runNext() throws InterruptedException {
        Runnable t = tasks.poll(5, TimeUnit.MINUTES);
        if (t == null) throw new AssertionError("no task reached the UI executor");
        PanelRendering.onEdt(t);
    }

    /** Runs tasks as they come until {@code done} holds (checked on the event dispatch thread). */
    public void runUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        boolean[] holds = new boolean[1];
        while (true) {
            PanelRendering.onEdt(() -> holds[0] = done.getAsBoolean());
            if (holds[0]) return;
            runNext();
        }
    }
}
