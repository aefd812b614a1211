package io.genlab.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands items published on a worker thread to the UI thread in batches, at most once per
 * interval, so a fast training loop updates charts ten times a second instead of flooding the
 * event queue. Items arrive in the order they were published; none is dropped.
 */
public final class Coalescer<E> {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "genlab-coalescer");
        t.setDaemon(true);
        return t;
    });

    private final Executor ui;
    private final long intervalNanos;
    private final Consumer<List<E>> onUi;
    private final ConcurrentLinkedQueue<E> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastDelivery = System.nanoTime() - Long.MAX_VALUE / 2;

    /**
     * @param ui             the UI thread's executor
     * @param intervalMillis least time between two deliveries
     * @param onUi           receives each batch on the UI thread
     */
    public Coalescer(Executor ui, long intervalMillis, Consumer<List<E>> onUi) {
        this.ui = ui;
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.onUi = onUi;
    }

    /** Publishes an item from any thread. */
    public void publish(E item) {
        pending.add(item);
        if (scheduled.compareAndSet(false, true)) {
            long wait = lastDelivery + intervalNanos - System.nanoTime();
            if (wait <= 0) ui.execute(this::deliver);
            else TIMER.schedule(() -> ui.execute(this::deliver), wait, TimeUnit.NANOSECONDS);
        }
    }

    private void deliver() {
        scheduled.set(false);                     // items published from here on schedule the next batch
        lastDelivery = System.nanoTime();
        List<E> batch = new ArrayList<>();
        for (E e; (e = pending.poll()) != null; ) batch.add(e);
        if (!batch.isEmpty()) onUi.accept(batch);
    }
}
