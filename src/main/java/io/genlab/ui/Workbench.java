package io.genlab.ui;

import com.formdev.flatlaf.FlatLightLaf;
import io.genlab.data.GenLabHome;
import io.genlab.train.ModelRegistry;
import io.genlab.ui.lessons.LessonPanel;
import io.genlab.ui.shell.ProblemBanner;
import io.genlab.ui.shell.UiPrefs;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchFrame;
import io.genlab.ui.widgets.ModelWorker;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens the GenLab workbench: the main window on the bundled data, showing the last view and the
 * last run (or the first pretrained model), never an empty screen.
 */
public final class Workbench {
    private Workbench() {}

    /** Whether a window can be shown: a display is set and reachable. */
    public static boolean displayAvailable() {
        if (GraphicsEnvironment.isHeadless()) return false;
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length > 0;
        } catch (HeadlessException | java.awt.AWTError e) {
            return false;
        }
    }

    /** Opens the main window on the event dispatch thread. */
    public static void open() {
        Path home = GenLabHome.resolve();
        SwingUtilities.invokeLater(() -> create(home, UiPrefs.defaultFile()).setVisible(true));
    }

    /** Builds the main window (not yet visible) and starts loading the default model; call on the EDT. */
    static WorkbenchFrame create(Path home, Path prefsFile) {
        FlatLightLaf.setup();
        UiPrefs prefs = UiPrefs.load(prefsFile);
        ProblemBanner banner = new ProblemBanner();
        WorkbenchContext context = new WorkbenchContext(home, ModelRegistry.discover(), prefs, banner,
                ModelWorker.forSwing("model"));
        WorkbenchFrame frame = new WorkbenchFrame(context, banner, Views.all(context), links -> new LessonPanel(context, links));
        Rectangle bounds = prefs.bounds().orElse(new Rectangle(0, 0, 1280, 800));
        frame.setBounds(bounds);
        if (prefs.bounds().isEmpty()) frame.setLocationRelativeTo(null);
        if (prefs.maximized()) frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
        if (!frame.showView(prefs.lastView())) frame.showView(frame.views().get(0).id());
        defaultRun(context).ifPresent(run -> context.activeModel().open(run, () -> { }));
        return frame;
    }

    /** The shipped model a first start opens: the one lessons 1-4 and most views are about. */
    static final String FIRST_MODEL = "unet-s-fashion";

    /** The last opened run if it still exists, else {@link #FIRST_MODEL}, else the first pretrained model. */
    static java.util.Optional<Path> defaultRun(WorkbenchContext context) {
        List<Path> recent = context.prefs().recentRuns();
        if (!recent.isEmpty() && Files.isDirectory(recent.get(0))) return java.util.Optional.of(recent.get(0));
        List<Path> shipped = context.pretrainedRuns();
        return shipped.stream().filter(p -> p.getFileName().toString().equals(FIRST_MODEL)).findFirst()
                .or(() -> shipped.stream().findFirst());
    }
}
