package io.genlab.ui.shell;

import io.genlab.ui.widgets.Export;

import javax.swing.JComponent;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One view of the workbench (Train, Forward process, Reverse process, ...): a panel with a title,
 * a one-paragraph explanation and the pictures it can export. The shell shows one view at a time
 * and knows nothing else about it, so new families plug in as new views.
 *
 * <p>All methods are called on the event dispatch thread. A view that needs a model does the work
 * on a {@link io.genlab.ui.widgets.ModelWorker}, never on the calling thread.
 */
public interface WorkbenchView {

    /** Stable name that lessons and preferences use, e.g. {@code "reverse"}. Lowercase, no spaces. */
    String id();

    /** Short title for the sidebar and the header, e.g. "Reverse process". */
    String title();

    /** One paragraph saying what the view shows and what to look for, for students. */
    String explanation();

    /** The panel; created once and reused. */
    JComponent component();

    /** The pictures (and animations) the view can export right now, in menu order. */
    List<Export> exports();

    /**
     * The settings a lesson link may give this view (e.g. "seed", "steps"), so a lesson can open
     * it already set up. Empty if it takes none. ("model" is handled by the shell.)
     */
    default Set<String> settings() {
        return Set.of();
    }

    /**
     * Sets the view up from a lesson link; only names from {@link #settings()} are passed.
     *
     * @throws IllegalArgumentException naming the setting and saying what values it takes
     */
    default void apply(Map<String, String> settings) {}

    /** The view became visible: start loading what it shows, if it has not yet. */
    default void shown() {}

    /** The window is closing: stop any work this view started. */
    default void close() {}
}
