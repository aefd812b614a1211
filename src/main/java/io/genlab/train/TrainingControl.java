package io.genlab.train;

/**
 * Pause, single-step and cancel for a running training loop. Any thread may call the commands;
 * the loop checks them between steps, so a command takes effect after the current step.
 */
public final class TrainingControl {
    /** What the loop should do before its next step. */
    enum Permit { RUN, CANCEL }

    private boolean paused;
    private boolean cancelled;
    private int stepsGranted;

    public synchronized void pause() {
        paused = true;
        notifyAll();
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** While paused: allow exactly one more step, then stay paused. */
    public synchronized void step() {
        if (paused) {
            stepsGranted++;
            notifyAll();
        }
    }

    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public synchronized boolean isPaused() { return paused; }

    /**
     * Blocks while paused (calling {@code onPause} once when the wait starts and
     * {@code onResume} when it ends) and returns whether to run the next step or stop.
     */
    Permit awaitNextStep(Runnable onPause, Runnable onResume) throws InterruptedException {
        boolean waited = false;
        synchronized (this) {
            while (!cancelled && paused && stepsGranted == 0) {
                if (!waited) {
                    waited = true;
                    onPause.run();
                }
                wait(250);
            }
            if (cancelled) return Permit.CANCEL;
            if (paused) stepsGranted--;
        }
        if (waited && !isPaused()) onResume.run();
        return Permit.RUN;
    }
}
