package io.genlab.train;

/**
 * Pause, single-step, cancel and "checkpoint now" for a running training loop. Any thread may
 * call the commands; the loop checks them between steps, so a command takes effect after the
 * current step (a checkpoint request also while paused).
 */
public final class TrainingControl {
    /** What the loop should do before its next step. */
    enum Permit { RUN, CANCEL, CHECKPOINT }

    private boolean paused;
    private boolean cancelled;
    private int stepsGranted;
    private boolean checkpointRequested;

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

    /**
     * Asks for a checkpoint of the model as it is now, e.g. to look at a half-trained model: written
     * after the running step, or at once while paused; training then carries on as before.
     */
    public synchronized void requestCheckpoint() {
        checkpointRequested = true;
        notifyAll();
    }

    public synchronized boolean isPaused() { return paused; }

    /**
     * Blocks while paused (calling {@code onPause} once when the wait starts and
     * {@code onResume} when it ends) and returns whether to run the next step, stop, or first
     * write a requested checkpoint (after which the loop asks again).
     */
    Permit awaitNextStep(Runnable onPause, Runnable onResume) throws InterruptedException {
        boolean waited = false;
        synchronized (this) {
            while (!cancelled && !checkpointRequested && paused && stepsGranted == 0) {
                if (!waited) {
                    waited = true;
                    onPause.run();
                }
                wait(250);
            }
            if (cancelled) return Permit.CANCEL;
            if (checkpointRequested) {
                checkpointRequested = false;
                return Permit.CHECKPOINT;
            }
            if (paused) stepsGranted--;
        }
        if (waited && !isPaused()) onResume.run();
        return Permit.RUN;
    }
}
