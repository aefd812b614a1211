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

    /** Whether the image tab shows a GAN's snapshots and walk, with nothing still running. */
    public static boolean imagesShown(WorkbenchView view) {
        ImageTab tab = ((GanView) view).images();
        return tab.images().run() != null && tab.images().walk() != null && !tab.busy();
    }

    /** Presses the image tab's Judge button. */
    public static void judge(WorkbenchView view) {
        ((GanView) view).images().images().judge.doClick();
    }

    /** Whether the image tab shows the judge's verdicts, with nothing still running. */
    public static boolean judged(WorkbenchView view) {
        ImageTab tab = ((GanView) view).images();
        return tab.images().verdicts() != null && !tab.busy();
    }

    /** Frames the playground has recorded. */
    public static int frames(WorkbenchView view) {
        return ((GanView) view).playground().frames().size();
    }
}
