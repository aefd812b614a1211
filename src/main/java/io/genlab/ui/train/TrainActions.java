package io.genlab.ui.train;

import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.LossChart;

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
    private final WorkbenchContext context;
    private final TrainingController controller;
    private final TrainState state;
    private final TrainSettings settings;
    private final TrainControls controls;
    private final RunFolderBox folder;
    private final LossChart chart;
    private final SnapshotScrubber scrubber;
    private final Runnable update;

    /** @param update sets the buttons from the state (the view's) */
    TrainActions(WorkbenchContext context, TrainingController controller, TrainState state, TrainSettings settings,
                 TrainControls controls, RunFolderBox folder, LossChart chart, SnapshotScrubber scrubber, Runnable update) {
        this.context = context;
        this.controller = controller;
        this.state = state;
        this.settings = settings;
        this.controls = controls;
        this.folder = folder;
        this.chart = chart;
        this.scrubber = scrubber;
        this.update = update;
    }

    /** Starts a new run with the form's settings, or continues the run shown from its last checkpoint. */
    void start() {
        if (!state.idle() || (state.run != null && !state.canContinue())) return;
        RunConfig config = null;
        if (state.run == null) {
            try {
                config = settings.config();
            } catch (IllegalArgumentException e) {
                context.problems().report("Starting training", e);
                return;
            }
        }
        state.paused = state.pauseRequested = false;
        state.phase = TrainState.Phase.STARTING;
        if (config != null) {
            Path dir = state.chosenFolder != null ? state.chosenFolder
                    : folder.runsRoot().resolve(RunFolder.suggestedName(config.model(), config.dataset(), LocalDateTime.now()));
            chart.clear();
            scrubber.load(List.of(), scrubber.shape(), config.steps());
            controls.setStatus("Loading " + config.dataset() + " and building " + config.model() + "…");
            controller.startNew(config, dir, this::failedToStart);
        } else {
            controls.setStatus("Loading the last checkpoint of " + state.run.getFileName() + "…");
            controller.continueRun(state.run, settings.steps(), this::failedToStart);
        }
        update.run();
    }

    /** The session could not start (bad data, options or folder) or broke off outside the trainer (out of memory). */
    private void failedToStart(Exception e) {
        state.sessionEnded(state.hasCheckpoint);
        state.useWhenSaved = false;
        controls.setStatus("Training stopped; see the message above.");
        context.problems().report(state.run == null ? "Starting training" : "Training " + state.run.getFileName(), e);
        update.run();
    }

    /** Pause after the current step, or Resume. */
    void pauseOrResume() {
        state.pauseRequested = !state.pauseRequested;
        if (state.pauseRequested) {
            controller.pause();
            if (!state.paused) controls.setStatus("Pausing after this step…");
        } else {
            controller.resume();
            controls.setStatus("Training…");
        }
        update.run();
    }

    /** Stop after the current step; the session still writes its checkpoint. */
    void stop() {
        controller.stop();
        state.phase = TrainState.Phase.STOPPING;
        controls.setStatus("Stopping after this step…");
        update.run();
    }

    /** "Use this model": hands the run shown to the other views, while training once a checkpoint is saved. */
    void useModel() {
        if (state.idle()) {
            if (state.run != null && state.hasCheckpoint) openInOtherViews();
            return;
        }
        state.useWhenSaved = true;
        controller.requestCheckpoint();
        controls.setStatus("Saving a checkpoint for the other views…");
        update.run();
    }

    /** Opens the run shown in the other views and adds it to the recent runs. */
    void openInOtherViews() {
        state.useWhenSaved = false;
        Path r = state.run;
        context.activeModel().open(r, () -> context.prefs().addRecentRun(r));
        controls.setStatus("The other views now use " + r.getFileName() + ".");
    }

    /** New: an empty chart and time-lapse, and a form for a new run with the chosen model's preset. */
    void newRun() {
        if (!state.idle()) return;
        state.run = null;
        state.chosenFolder = null;
        state.ownRun(false);
        settings.newRun();
        chart.clear();
        scrubber.load(List.of(), scrubber.shape(), 0);
        controls.resetProgress();
        controls.setStatus("Choose a model and a dataset, then press Start.");
        folder.show(null, null);
        update.run();
    }
}
