package io.genlab.ui.train;

import io.genlab.train.Snapshots;
import io.genlab.train.TrainingEvent;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.LossChart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Train view does with the events of a training session: the steps go to the loss chart
 * and the progress bar, snapshots to the time-lapse, and start, pause, checkpoints and the end
 * change the {@link TrainState}. It only follows the session; the buttons that steer it are in
 * {@link TrainActions}. Use it on the UI thread only.
 */
final class TrainEvents {
    private final Problems problems;
    private final TrainState state;
    private final TrainSettings settings;
    private final TrainControls controls;
    private final RunFolderBox folder;
    private final LossChart chart;
    private final SnapshotScrubber scrubber;
    private final Runnable openInOtherViews;
    private final Runnable update;

    /**
     * @param openInOtherViews hands the run shown to the other views, when "Use this model" waits for a checkpoint
     * @param update           sets the buttons from the state (the view's)
     */
    TrainEvents(Problems problems, TrainState state, TrainSettings settings, TrainControls controls, RunFolderBox folder,
                LossChart chart, SnapshotScrubber scrubber, Runnable openInOtherViews, Runnable update) {
        this.problems = problems;
        this.state = state;
        this.settings = settings;
        this.controls = controls;
        this.folder = folder;
        this.chart = chart;
        this.scrubber = scrubber;
        this.openInOtherViews = openInOtherViews;
        this.update = update;
    }

    /** Applies a batch of training events in order; called on the UI thread. */
    void apply(List<TrainingEvent> batch) {
        List<TrainingEvent.StepCompleted> steps = new ArrayList<>();
        for (TrainingEvent e : batch) {
            if (e instanceof TrainingEvent.StepCompleted s) {
                steps.add(s);
                continue;
            }
            showSteps(steps);
            if (e instanceof TrainingEvent.Started s) {
                started(s);
            } else if (e instanceof TrainingEvent.Snapshot s) {
                scrubber.add(new Snapshots.Saved(s.step(), s.samples(), s.labels()));
            } else if (e instanceof TrainingEvent.CheckpointSaved) {
                state.hasCheckpoint = true;
                if (state.useWhenSaved) openInOtherViews.run();
            } else if (e instanceof TrainingEvent.Paused p) {
                state.paused = true;
                controls.showPaused(p.step());
            } else if (e instanceof TrainingEvent.Resumed) {
                state.paused = false;
                controls.setStatus("Training…");
            } else if (e instanceof TrainingEvent.Finished f) {
                controls.showFinished(f);
                finished(f.step(), f.lastCheckpoint());
            } else if (e instanceof TrainingEvent.Failed f) {
                controls.showFailed(f);
                finished(f.step(), f.lastCheckpoint());
                problems.report("Training", new IllegalStateException(f.message()));
            }
        }
        showSteps(steps);
        update.run();
    }

    private void showSteps(List<TrainingEvent.StepCompleted> steps) {
        if (steps.isEmpty()) return;
        chart.append(steps);
        controls.showProgress(steps.get(steps.size() - 1));
        steps.clear();
    }

    private void started(TrainingEvent.Started s) {
        state.run = s.runDir();
        state.ownRun(s.step() > 0);
        settings.lock();
        chart.truncateAfter(s.step());
        scrubber.truncateAfter(s.step());
        scrubber.setRun(s.model().shape(), s.targetSteps());
        folder.show(state.run, null);
        if (state.phase != TrainState.Phase.STOPPING) state.phase = TrainState.Phase.RUNNING;
        controls.showStarted(s);
    }

    private void finished(long step, Path checkpoint) {
        state.sessionEnded(checkpoint != null);
        if (state.useWhenSaved) {
            if (state.hasCheckpoint) openInOtherViews.run();
            else state.useWhenSaved = false;
        }
        if (settings.steps() <= step) settings.setSteps(step + settings.roundSteps());
    }
}
