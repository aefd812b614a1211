package io.genlab.ui.train;

import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the Train view's buttons do to a training session: Start (or Continue), Pause and Resume,
 * Stop, "Use this model" and New. Each asks the {@link TrainingController} and says so in the
 * status line; what the session then reports is shown by {@link TrainEvents}. Use it on the UI
 * thread only.
 */
final class TrainActions {
    private final TrainViewParts parts;

    TrainActions(TrainViewParts parts) {
        this.parts = parts;
    }

    /** Starts a new run with the form's settings, or continues the run shown from its last checkpoint. */
    void start() {
        if (!parts.state().idle() || (parts.state().run != null && !parts.state().canContinue())) return;
        RunConfig config = null;
        if (parts.state().run == null) {
            try {
                config = parts.settings().config();
            } catch (IllegalArgumentException e) {
                parts.context().problems().report("Starting training", e);
                return;
            }
        }
        parts.state().paused = parts.state().pauseRequested = false;
        parts.state().phase = TrainState.Phase.STARTING;
        if (config != null) {
            Path dir = parts.state().chosenFolder != null ? parts.state().chosenFolder
                    : parts.folder().runsRoot().resolve(RunFolder.suggestedName(config.model(), config.dataset(), LocalDateTime.now()));
            parts.chart().clear();
            parts.scrubber().load(List.of(), parts.scrubber().shape(), config.steps());
            parts.controls().setStatus("Loading " + config.dataset() + " and building " + config.model() + "…");
            parts.controller().startNew(config, dir, this::failedToStart);
        } else {
            parts.controls().setStatus("Loading the last checkpoint of " + parts.state().run.getFileName() + "…");
            parts.controller().continueRun(parts.state().run, parts.settings().steps(), this::failedToStart);
        }
        parts.showState();
    }

    /** The session could not start (bad data, options or folder) or broke off outside the trainer (out of memory). */
    private void failedToStart(Exception e) {
        parts.state().sessionEnded(parts.state().hasCheckpoint);
        parts.state().useWhenSaved = false;
        parts.controls().setStatus("Training stopped; see the message above.");
        parts.context().problems().report(parts.state().run == null ? "Starting training" : "Training " + parts.state().run.getFileName(), e);
        parts.showState();
    }

    /** Pause after the current step, or Resume. */
    void pauseOrResume() {
        parts.state().pauseRequested = !parts.state().pauseRequested;
        if (parts.state().pauseRequested) {
            parts.controller().pause();
            if (!parts.state().paused) parts.controls().setStatus("Pausing after this step…");
        } else {
            parts.controller().resume();
            parts.controls().setStatus("Training…");
        }
        parts.showState();
    }

    /** Stop after the current step; the session still writes its checkpoint. */
    void stop() {
        parts.controller().stop();
        parts.state().phase = TrainState.Phase.STOPPING;
        parts.controls().setStatus("Stopping after this step…");
        parts.showState();
    }

    /** "Use this model": hands the run shown to the other views, while training once a checkpoint is saved. */
    void useModel() {
        if (parts.state().idle()) {
            if (parts.state().run != null && parts.state().hasCheckpoint) openInOtherViews();
            return;
        }
        parts.state().useWhenSaved = true;
        parts.controller().requestCheckpoint();
        parts.controls().setStatus("Saving a checkpoint for the other views…");
        parts.showState();
    }

    /** Opens the run shown in the other views and adds it to the recent runs. */
    void openInOtherViews() {
        parts.state().useWhenSaved = false;
        Path r = parts.state().run;
        parts.context().activeModel().open(r, () -> parts.context().prefs().addRecentRun(r));
        parts.controls().setStatus("The other views now use " + r.getFileName() + ".");
    }

    /** New: an empty chart and time-lapse, and a form for a new run with the chosen model's preset. */
    void newRun() {
        if (!parts.state().idle()) return;
        parts.state().run = null;
        parts.state().chosenFolder = null;
        parts.state().ownRun(false);
        parts.settings().newRun();
        parts.chart().clear();
        parts.scrubber().load(List.of(), parts.scrubber().shape(), 0);
        parts.controls().resetProgress();
        parts.controls().setStatus("Choose a model and a dataset, then press Start.");
        parts.folder().show(null, null);
        parts.showState();
    }
}
