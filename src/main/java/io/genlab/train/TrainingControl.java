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
    private boolean pauseAnnounced;      // the loop said Paused and has not run a step since

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
     * Blocks while paused and returns whether to run the next step, stop, or first write a
     * requested checkpoint (after which the loop asks again). {@code onPause} is called when a
     * pause starts, once: a checkpoint written while paused does not announce the pause again;
     * a single step does, since the loop is then paused at a new step. {@code onResume} is called
     * when a pause that was announced ends.
     */
    Permit awaitNextStep(Runnable onPause, Runnable onResume) throws InterruptedException {
        boolean resumed;
        synchronized (this) {
            while (!cancelled && !checkpointRequested && paused && stepsGranted == 0) {
                if (!pauseAnnounced) {
                    pauseAnnounced = true;
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
            resumed = pauseAnnounced && !paused;
            pauseAnnounced = false;
        }
        if (resumed) onResume.run();
        return Permit.RUN;
    }
}
