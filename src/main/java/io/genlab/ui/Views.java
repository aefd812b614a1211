package io.genlab.ui;

import io.genlab.ui.attention.AttentionView;
import io.genlab.ui.autoregressive.AutoregressiveView;
import io.genlab.ui.compare.CompareView;
import io.genlab.ui.features.FeaturesView;
import io.genlab.ui.forward.ForwardView;
import io.genlab.ui.gan.GanView;
import io.genlab.ui.home.HomeView;
import io.genlab.ui.race.RaceView;
import io.genlab.ui.reverse.ReverseView;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.text.TextView;
import io.genlab.ui.toy2d.Toy2dView;
import io.genlab.ui.train.TrainView;

import java.util.List;

/** The workbench's views, in sidebar order. A new view is one line here. */
public final class Views {
    private Views() {}

    public static List<WorkbenchView> all(WorkbenchContext context) {
        return List.of(
                new HomeView(context),
                new TrainView(context, context.runsFolder()),
                new ForwardView(context),
                new ReverseView(context),
                new Toy2dView(context),
                new GanView(context),
                new AutoregressiveView(context),
                new AttentionView(context),
                new TextView(context),
                new FeaturesView(context),
                new CompareView(context),
                new RaceView(context));
    }
}
