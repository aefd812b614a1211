package io.genlab.ui.race;

import io.genlab.eval.race.LaneRecording;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;

import java.awt.image.BufferedImage;
import java.util.List;

/** Drives the Race view from tests in other packages (the workbench smoke test). */
public final class RaceViewDriver {
    private RaceViewDriver() {}

    /** Whether a race has been recorded and its replay has ended. */
    public static boolean finished(WorkbenchView view) {
        RaceView v = (RaceView) view;
        return !v.jobs().busy() && v.board().recording() != null && !v.board().replaying();
    }

    /** Each lane's network evaluations for one picture, in lane order; 0 for a lane that did not run. */
    public static List<Integer> evaluations(WorkbenchView view) {
        return ((RaceView) view).board().recording().lanes().stream().map(LaneRecording::evaluations).toList();
    }

    /** Each lane's problem, null for a lane that finished. */
    public static List<String> problems(WorkbenchView view) {
        return ((RaceView) view).board().recording().lanes().stream().map(LaneRecording::problem).toList();
    }

    /** The export of the finished pictures side by side. */
    public static BufferedImage finishedPicture(WorkbenchView view) {
        return ((Export.Picture) view.exports().get(0)).render().get();
    }
}
