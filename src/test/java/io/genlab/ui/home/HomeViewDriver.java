package io.genlab.ui.home;

import io.genlab.ui.shell.WorkbenchView;

/** Presses the Start view's buttons for tests outside its package (the workbench smoke test); on the EDT. */
public final class HomeViewDriver {
    private HomeViewDriver() {}

    /** Presses the family card's button that opens its view. */
    public static void watch(WorkbenchView home, String family) {
        card(home, family).watchButton().doClick();
    }

    /** Presses the family card's button that opens its lesson. */
    public static void lesson(WorkbenchView home, String family) {
        card(home, family).lessonButton().doClick();
    }

    private static FamilyCard card(WorkbenchView home, String family) {
        return ((HomeView) home).cards().stream().filter(c -> c.family().name().equals(family)).findFirst().orElseThrow();
    }
}
