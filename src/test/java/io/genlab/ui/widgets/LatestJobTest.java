package io.genlab.ui.widgets;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.*;

/** Only the latest job's callbacks count. */
class LatestJobTest {

    @Test
    void aNewJobCancelsTheOldOneAndSilencesItsCallbacks() {
        LatestJob latest = new LatestJob();
        List<String> heard = new ArrayList<>();
        ModelWorker.Job first = new ModelWorker.Job(), second = new ModelWorker.Job();
        List<Consumer<String>> callbacks = new ArrayList<>();
        LatestJob.Ticket a = latest.start(t -> { callbacks.add(t.only(heard::add)); return first; });
        assertTrue(latest.running());
        LatestJob.Ticket b = latest.start(t -> { callbacks.add(t.only(heard::add)); return second; });
        assertTrue(first.isCancelled(), "starting another cancels the running job");
        assertFalse(a.isLatest());
        callbacks.get(0).accept("stale");
        callbacks.get(1).accept("fresh");
        assertEquals(List.of("fresh"), heard);

        latest.cancel();
        assertTrue(second.isCancelled());
        assertTrue(b.isLatest(), "a cancelled job may still say it was cancelled");
        b.end();
        assertFalse(latest.running());
        a.end();                                                  // a stale ticket ends nothing
        assertFalse(latest.running());
    }

    @Test
    void forgetIgnoresEverythingTheJobStillReports() {
        LatestJob latest = new LatestJob();
        List<String> heard = new ArrayList<>();
        ModelWorker.Job job = new ModelWorker.Job();
        Runnable[] cancelled = new Runnable[1];
        latest.start(t -> { cancelled[0] = t.only(() -> heard.add("cancelled")); return job; });
        latest.forget();
        assertTrue(job.isCancelled());
        cancelled[0].run();
        assertEquals(List.of(), heard);
        assertFalse(latest.running());
    }
}
