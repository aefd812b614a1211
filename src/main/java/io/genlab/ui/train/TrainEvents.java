package io.genlab.ui.train;

import io.genlab.train.Snapshots;
import io.genlab.train.TrainingEvent;

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
    private final TrainViewParts parts;
    private final Runnable openInOtherViews;

    /** @param openInOtherViews hands the run shown to the other views, when "Use this model" waits for a checkpoint */
    TrainEvents(TrainViewParts parts, Runnable openInOtherViews) {
        this.parts = parts;
        this.openInOtherViews = openInOtherViews;
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
                parts.scrubber().add(new Snapshots.Saved(s.step(), s.samples(), s.labels()));
            } else if (e instanceof TrainingEvent.CheckpointSaved) {
                parts.state().hasCheckpoint = true;
                if (parts.state().useWhenSaved) openInOtherViews.run();
            } else if (e instanceof TrainingEvent.Paused p) {
                parts.state().paused = true;
                parts.controls().showPaused(p.step());
            } else if (e instanceof TrainingEvent.Resumed) {
                parts.state().paused = false;
                parts.controls().setStatus("Training…");
            } else if (e instanceof TrainingEvent.Finished f) {
                parts.controls().showFinished(f);
                finished(f.step(), f.lastCheckpoint());
            } else if (e instanceof TrainingEvent.Failed f) {
                parts.controls().showFailed(f);
                finished(f.step(), f.lastCheckpoint());
                parts.context().problems().report("Training", new IllegalStateException(f.message()));
            }
        }
        showSteps(steps);
        parts.showState();
    }

    private void showSteps(List<TrainingEvent.StepCompleted> steps) {
        if (steps.isEmpty()) return;
        parts.chart().append(steps);
        parts.controls().showProgress(steps.get(steps.size() - 1));
        steps.clear();
    }

    private void started(TrainingEvent.Started s) {
        parts.state().run = s.runDir();
        parts.state().ownRun(s.step() > 0);
        parts.settings().lock();
        parts.chart().truncateAfter(s.step());
        parts.scrubber().truncateAfter(s.step());
        parts.scrubber().setRun(s.model().shape(), s.targetSteps());
        parts.folder().show(parts.state().run, null);
        if (parts.state().phase != TrainState.Phase.STOPPING) parts.state().phase = TrainState.Phase.RUNNING;
        parts.controls().showStarted(s);
    }

    private void finished(long step, Path checkpoint) {
        parts.state().sessionEnded(checkpoint != null);
        if (parts.state().useWhenSaved) {
            if (parts.state().hasCheckpoint) openInOtherViews.run();
            else parts.state().useWhenSaved = false;
        }
        if (parts.settings().steps() <= step) parts.settings().setSteps(step + parts.settings().roundSteps());
    }
}
