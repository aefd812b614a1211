package io.genlab.ui.train;

import io.genlab.train.TrainingEvent;
import io.genlab.ui.shell.WorkbenchView;

import java.util.List;

/** Drives the Train view from tests in other packages (the workbench smoke test) as a user would. */
public final class TrainViewDriver {
    private TrainViewDriver() {}

    /** Chooses a model, sets the steps and snapshot interval, and presses Start; {@code onFinished} runs when training ends. */
    public static void train(WorkbenchView view, String model, long steps, int snapshotEvery, Runnable onFinished) {
        TrainView train = (TrainView) view;
        if (!train.form().chooseModel(model)) throw new IllegalArgumentException("no model " + model);
        train.form().setSteps(steps);
        train.form().setSnapshotEvery(snapshotEvery);
        train.controller().addListener(batch -> {
            if (batch.stream().anyMatch(e -> e instanceof TrainingEvent.Finished)) onFinished.run();
        });
        train.controls().start.doClick();
    }

    /** Points of one loss curve in the chart. */
    public static int lossPoints(WorkbenchView view, String loss) {
        return ((TrainView) view).chart().pointCount(loss);
    }

    /** The steps of the snapshots the time-lapse holds. */
    public static List<Long> snapshotSteps(WorkbenchView view) {
        return ((TrainView) view).scrubber().steps();
    }
}
