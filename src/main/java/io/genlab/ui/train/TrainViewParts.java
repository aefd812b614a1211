package io.genlab.ui.train;

import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.LossChart;

/**
 * The parts of the Train view that its buttons ({@link TrainActions}), its session's events
 * ({@link TrainEvents}) and its run folders ({@link TrainRunFiles}) all work on. Use it on the UI
 * thread only.
 */
record TrainViewParts(WorkbenchContext context, TrainingController controller, TrainState state, TrainSettings settings,
                      TrainControls controls, RunFolderBox folder, LossChart chart, SnapshotScrubber scrubber) {

    /** Sets which buttons and fields work from the state. */
    void showState() {
        state.showOn(controls, folder, settings);
    }
}
