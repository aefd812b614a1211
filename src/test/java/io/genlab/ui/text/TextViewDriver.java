package io.genlab.ui.text;

import io.genlab.ui.shell.WorkbenchView;

/** Drives the Text view from tests in other packages (the workbench smoke test). */
public final class TextViewDriver {
    private TextViewDriver() {}

    /** Traced steps of the finished generation the view shows (0 while generating or before the first). */
    public static int finishedSteps(WorkbenchView view) {
        TextView v = (TextView) view;
        return v.jobs().busy() ? 0 : v.state().size();
    }

    /** What the headline above the pictures says. */
    public static String headline(WorkbenchView view) {
        return ((TextView) view).figures().headlineText();
    }
}
