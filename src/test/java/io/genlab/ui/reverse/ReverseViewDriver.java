package io.genlab.ui.reverse;

import io.genlab.ui.shell.WorkbenchView;

/** Drives the Reverse process view from tests in other packages (the workbench smoke test) as a user would. */
public final class ReverseViewDriver {
    private ReverseViewDriver() {}

    /** Whether Generate can be pressed. */
    public static boolean canGenerate(WorkbenchView view) {
        return ((ReverseView) view).form().generate.isEnabled();
    }

    /** Sets the sampler steps and presses Generate. */
    public static void generate(WorkbenchView view, int steps) {
        ReverseView reverse = (ReverseView) view;
        reverse.form().steps.setValue(steps);
        reverse.form().generate.doClick();
    }

    /** Frames the player holds. */
    public static int frames(WorkbenchView view) {
        return ((ReverseView) view).player().frames().size();
    }
}
