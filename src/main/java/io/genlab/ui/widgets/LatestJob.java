package io.genlab.ui.widgets;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one job of a view whose results still count. Starting another cancels it and makes its late
 * callbacks stale, so a view never shows the result of a model or setting it has moved away from;
 * {@link #cancel()} only cancels, so the job's own "cancelled" callback still runs. Use it on the
 * UI thread only.
 */
public final class LatestJob {
    private Ticket latest;

    /** One started job: its callbacks run only while it is the latest ({@link #only}). */
    public final class Ticket {
        private ModelWorker.Job job;

        /** True until another job starts or this one {@link #end()}s. */
        public boolean isLatest() {
            return latest == this;
        }

        /** The job is over (its last callback runs): nothing is running any more. */
        public void end() {
            if (latest == this) latest = null;
        }

        /** {@code callback}, run only while this is the latest job. */
        public <T> Consumer<T> only(Consumer<T> callback) {
            return value -> {
                if (isLatest()) callback.accept(value);
            };
        }

        /** {@code callback}, run only while this is the latest job. */
        public Runnable only(Runnable callback) {
            return () -> {
                if (isLatest()) callback.run();
            };
        }
    }

    /**
     * Cancels the running job, if any, and starts another: {@code submit} receives the new job's
     * ticket (to guard its callbacks) and returns the submitted job.
     */
    public Ticket start(Function<Ticket, ModelWorker.Job> submit) {
        if (latest != null && latest.job != null) latest.job.cancel();
        Ticket ticket = new Ticket();
        latest = ticket;
        ticket.job = submit.apply(ticket);
        return ticket;
    }

    /** Asks the running job to stop; its callbacks still count, so it can say it was cancelled. */
    public void cancel() {
        if (latest != null && latest.job != null) latest.job.cancel();
    }

    /** Cancels the running job and ignores everything it still reports. */
    public void forget() {
        cancel();
        latest = null;
    }

    /** Whether a job started here has not ended yet. */
    public boolean running() {
        return latest != null;
    }
}
