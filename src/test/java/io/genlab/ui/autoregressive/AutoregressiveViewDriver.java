package io.genlab.ui.autoregressive;

import io.genlab.ui.shell.WorkbenchView;

/** Drives the Autoregressive view from tests in other packages (the workbench smoke test). */
public final class AutoregressiveViewDriver {
    private AutoregressiveViewDriver() {}

    /** Values of the finished trace the view shows (0 while generating or before the first). */
    public static int finishedSteps(WorkbenchView view) {
        AutoregressiveView v = (AutoregressiveView) view;
        PixelTrace trace = v.tracePanel().trace();
        return v.jobs().busy() || trace == null ? 0 : trace.size();
    }
}
