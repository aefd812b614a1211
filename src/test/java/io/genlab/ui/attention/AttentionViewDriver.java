package io.genlab.ui.attention;

import io.genlab.ui.shell.WorkbenchView;

/** Drives the Attention view from tests in other packages (the workbench smoke test). */
public final class AttentionViewDriver {
    private AttentionViewDriver() {}

    /** Steps of the finished generation the view shows (0 while generating or before the first). */
    public static int finishedSteps(WorkbenchView view) {
        AttentionView v = (AttentionView) view;
        return v.jobs().busy() ? 0 : v.state().size();
    }

    /** What the headline above the pictures says. */
    public static String headline(WorkbenchView view) {
        return ((AttentionView) view).figures().headlineText();
    }
}
