package io.genlab.ui;

import java.util.List;

/** The workbench's views, in sidebar order. A new view is one line here. */
final class Views {
    private Views() {}

    static List<WorkbenchView> all(WorkbenchContext context) {
        return List.of(
                new HomeView(context),
                new TrainView(context, context.runsFolder()),
                new ForwardView(context),
                new ReverseView(context),
                new Toy2dView(context),
                new FeaturesView(context));
    }
}
