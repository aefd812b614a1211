package io.genlab.ui.widgets;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker / UI-thread hand-off, tested with a queue standing in for the event dispatch thread. */
class ModelWorkerTest {
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();

    private Runnable nextUiTask() throws InterruptedException {
        Runnable r = uiQueue.poll(30, TimeUnit.SECONDS);
        if (r == null) throw new AssertionError("nothing was handed to the UI thread");
        return r;
    }

    @Test
    void resultRunsOnTheUiExecutorNotTheWorker() throws Exception {
        try (ModelWorker worker = new ModelWorker("test", uiQueue::add)) {
            List<String> seen = new ArrayList<>();
            worker.submit(job -> Thread.currentThread().getName(), seen::add, e -> seen.add("error"));
            nextUiTask().run();
            assertEquals(List.of("genlab-test"), seen);
        }
    }

    @Test
    void jobsRunInOrderOnOneThread() throws Exception {
        try (ModelWorker worker = new ModelWorker("order", uiQueue::add)) {
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                worker.submit(job -> n, seen::add, e -> { });
            }
            for (int i = 0; i < 5; i++) nextUiTask().run();
            assertEquals(List.of(0, 1, 2, 3, 4), seen);
        }
    }

    @Test
    void anErrorReachesOnErrorWithItsMessage() throws Exception {
        try (ModelWorker worker = new ModelWorker("err", uiQueue::add)) {
            List<String> seen = new ArrayList<>();
            worker.submit(job -> { throw new IllegalArgumentException("steps must be <= 1000"); },
                    r -> seen.add("result"), e -> seen.add(e.getMessage()));
            nextUiTask().run();
            assertEquals(List.of("steps must be <= 1000"), seen);
        }
    }

    @Test
    void cancellingARunningJobCallsOnlyOnCancelled() throws Exception {
        try (ModelWorker worker = new ModelWorker("cancel", uiQueue::add)) {
            CountDownLatch started = new CountDownLatch(1);
            List<String> seen = new ArrayList<>();
            ModelWorker.Job job = worker.submit(j -> {
                started.countDown();
                for (int step = 0; step < 10_000; step++) {
                    j.checkCancelled();
                    Thread.sleep(1);
                }
                return "finished";
            }, seen::add, e -> seen.add("error"), () -> seen.add("cancelled"));
            assertTrue(started.await(30, TimeUnit.SECONDS));
            job.cancel();
            nextUiTask().run();
            assertEquals(List.of("cancelled"), seen);
        }
    }

    @Test
    void coalescerDeliversEveryItemInOrderInFewBatches() throws Exception {
        List<List<Integer>> batches = new ArrayList<>();
        Coalescer<Integer> coalescer = new Coalescer<>(uiQueue::add, 100, batches::add);
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) coalescer.publish(i);
        });
        producer.start();
        producer.join();
        List<Integer> all = new ArrayList<>();
        while (all.size() < 10_000) {
            nextUiTask().run();
            all.clear();
            batches.forEach(all::addAll);
        }
        for (int i = 0; i < 10_000; i++) assertEquals(i, all.get(i));
        assertTrue(batches.size() <= 3, "10,000 quick items should arrive in a few batches, got " + batches.size());
        assertNotEquals(0, batches.get(0).size());
    }
}
