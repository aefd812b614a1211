package io.genlab.ui.shell;

/**
 * Lets a view send the window elsewhere, as a lesson does: follow a {@code genlab:} link, open a
 * lesson. The window connects it once it is built; before that a request is reported, not lost
 * silently.
 */
public final class Navigation {
    /** What the window does with a request. */
    public interface Target {
        /** Follows a {@code genlab:} link: opens its model, shows its view, applies its settings. */
        void follow(String destination, String text);

        /** Shows the lesson with this number in the sidebar. */
        void openLesson(int number);
    }

    private final Problems problems;
    private Target target;

    Navigation(Problems problems) {
        this.problems = problems;
    }

    /** Called by the window (or a test) that carries the requests out. */
    public void connect(Target target) {
        this.target = target;
    }

    public void follow(String destination, String text) {
        if (ready("Following '" + text + "'")) target.follow(destination, text);
    }

    public void openLesson(int number) {
        if (ready("Opening lesson " + number)) target.openLesson(number);
    }

    private boolean ready(String what) {
        if (target == null) problems.report(what, new IllegalStateException("the workbench window is not open yet"));
        return target != null;
    }
}
