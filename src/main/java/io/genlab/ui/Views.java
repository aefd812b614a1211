package io.genlab.ui;

import java.util.List;

/** The workbench's views, in sidebar order. A new view is one line here. */
final class Views {
    private Views() {}

    static List<WorkbenchView> all(WorkbenchContext context) {
        return List.of(
                new HomeView(context),
                new TrainView(context, java.nio.file.Path.of(System.getProperty("user.home"), "genlab-runs")));
    }
}
