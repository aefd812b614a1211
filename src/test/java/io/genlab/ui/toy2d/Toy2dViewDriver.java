package io.genlab.ui.toy2d;

import io.genlab.ui.shell.WorkbenchView;

/** Looks into the 2D diffusion view from tests in other packages (the workbench smoke test). */
public final class Toy2dViewDriver {
    private Toy2dViewDriver() {}

    /** Frames of the generation shown, none before the first. */
    public static int generatedFrames(WorkbenchView view) {
        return ((Toy2dView) view).generation().frames().size();
    }

    /** Moves the generation to its last frame, x_0. */
    public static void showLastFrame(WorkbenchView view) {
        Toy2dView toy2d = (Toy2dView) view;
        toy2d.generation().scrubber().setValue(toy2d.generation().scrubber().getMaximum());
    }
}
