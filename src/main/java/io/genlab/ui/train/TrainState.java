package io.genlab.ui.train;

import java.nio.file.Path;

/**
 * Where the Train view's session is (its phase, pause, and what the run shown allows: continuing,
 * copying, handing to the other views) and so which buttons work now. The view changes it as
 * buttons are pressed and events arrive; {@link #showOn} sets the buttons from it.
 */
final class TrainState {
    /**
     * IDLE: nothing runs; BUSY: a run folder is being read or copied; STARTING: a session is
     * being set up; RUNNING: it trains; STOPPING: it stops after the current step.
     */
    enum Phase { IDLE, BUSY, STARTING, RUNNING, STOPPING }

    Phase phase = Phase.IDLE;
    /** The run folder shown (opened, or being trained), or null before a new run starts. */
    Path run;
    /** Where the new run will go, if chosen with Save as… before Start; null for a name of its own. */
    Path chosenFolder;
    /** The loop said it is paused / the user asked for a pause (the Resume label). */
    boolean paused, pauseRequested;
    /** "Use this model" was pressed while training: open the run in the other views at the next checkpoint. */
    boolean useWhenSaved;
    /** The run shown has a checkpoint to continue from and to open in the other views. */
    boolean hasCheckpoint;
    /** Why the run shown cannot be trained further (e.g. a shipped model's sampling weights), or null. */
    String cannotContinue;
    /** The run ships with GenLab's lessons: it is looked at, never written; Save as… copies it to train the copy. */
    boolean readOnly;
    /** The run's model is part of this GenLab, so the other views can use it. */
    boolean modelKnown = true;
    private long busyTicket;

    boolean idle() { return phase == Phase.IDLE; }

    /** Setting up or training: Pause, Step, Stop and "Use this model" act on the session. */
    boolean active() { return phase == Phase.STARTING || phase == Phase.RUNNING; }

    /** Starts reading or copying a run folder; returns the ticket {@link #endBusy} takes. */
    long beginBusy() {
        phase = Phase.BUSY;
        return ++busyTicket;
    }

    /**
     * Ends the folder work of {@code ticket}; false if its result is no longer expected (the
     * view moved on), in which case the caller ignores it.
     */
    boolean endBusy(long ticket) {
        if (phase != Phase.BUSY || ticket != busyTicket) return false;
        phase = Phase.IDLE;
        return true;
    }

    /** A session ended, with or without a checkpoint to continue from. */
    void sessionEnded(boolean checkpoint) {
        phase = Phase.IDLE;
        paused = pauseRequested = false;
        hasCheckpoint = checkpoint;
    }

    /** A run the view trains itself: it can go on, be copied and be used. */
    void ownRun(boolean checkpoint) {
        hasCheckpoint = checkpoint;
        cannotContinue = null;
        readOnly = false;
        modelKnown = true;
    }

    /** Continue trains the run shown further. */
    boolean canContinue() {
        return hasCheckpoint && cannotContinue == null && !readOnly;
    }

    /** Why Continue is off for the run shown, in a few words for its tooltip; null when it is on. */
    String whyNotContinue() {
        if (!hasCheckpoint) return "The run has no checkpoint to continue from";
        if (cannotContinue != null) return "It cannot be trained further: " + cannotContinue;
        if (readOnly) return "It ships with GenLab's lessons and stays as it is: Save as… copies it, and the copy trains further";
        return null;
    }

    /** The status line for the run just opened; {@code step} is its checkpoint's (or last) step. */
    String openedText(long step) {
        String name = run.getFileName().toString();
        String use = modelKnown ? " Use this model opens it in the other views." : "";
        if (!hasCheckpoint) return "Opened " + name + "; it has no checkpoint, so it cannot be continued.";
        if (cannotContinue != null) {
            return String.format("Opened %s at step %,d. It cannot be trained further: %s, so Continue and Save as… are off.%s",
                    name, step, cannotContinue, use);
        }
        if (readOnly) {
            return String.format("Opened %s at step %,d. It ships with GenLab's lessons and stays as it is: Save as… copies it, "
                    + "and Continue then trains the copy.%s", name, step, use);
        }
        return String.format("Opened %s at step %,d: Continue trains it further.%s", name, step, use);
    }

    /** Sets the buttons and fields from the state. */
    void showOn(TrainControls controls, RunFolderBox folder, TrainSettings settings) {
        boolean hasRun = run != null;
        boolean idle = idle();
        boolean active = active();
        controls.start.setText(hasRun ? "Continue" : "Start");
        controls.start.setEnabled(idle && (!hasRun || canContinue()));
        String why = hasRun ? whyNotContinue() : null;
        controls.start.setToolTipText(why != null ? why
                : "Train with these settings (a run that exists already continues from its last checkpoint)");
        controls.pause.setText(pauseRequested ? "Resume" : "Pause");
        controls.pause.setEnabled(active);
        controls.step.setEnabled(active && paused);
        controls.stop.setEnabled(active);
        controls.use.setEnabled(active || (idle && hasRun && hasCheckpoint && modelKnown));
        folder.newRun.setEnabled(idle);
        folder.open.setEnabled(idle);
        folder.saveAs.setEnabled(idle && (!hasRun || (hasCheckpoint && cannotContinue == null)));
        settings.setEditable(idle && (!hasRun || canContinue()));     // a run that cannot go on keeps its step limit
    }
}
