package io.genlab.ui.gan;

import io.genlab.ui.shell.WorkbenchView;

import java.util.Map;

/** Drives the GAN view from tests in other packages (the workbench smoke test) as a user would. */
public final class GanViewDriver {
    private GanViewDriver() {}

    /** Presses Train on (true) or Pause training (false). */
    public static void trainOn(WorkbenchView view, boolean on) {
        view.apply(Map.of("play", Boolean.toString(on)));
    }

    /** Frames the playground has recorded. */
    public static int frames(WorkbenchView view) {
        return ((GanView) view).playground().frames().size();
    }
}
