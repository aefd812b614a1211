package io.genlab.ui.train;

import io.genlab.train.DataShape;
import io.genlab.train.Snapshots;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.LossChart;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Train view can save: the loss curves, the sample grid on screen and the time-lapse of
 * all snapshots. The pictures are frozen when the menu opens, so they can be rendered off the UI
 * thread while training goes on; the chart is drawn on the UI thread, as it is when exported.
 */
final class TrainExports {
    /** Size of the exported loss chart, large enough for a slide. */
    static final int CHART_WIDTH = 1600, CHART_HEIGHT = 900;
    /** Time each snapshot of the time-lapse is shown. */
    static final int FRAME_MILLIS = 500;

    private TrainExports() {}

    static List<Export> of(LossChart chart, SnapshotScrubber scrubber) {
        List<Export> out = new ArrayList<>();
        if (!chart.isEmpty()) {
            out.add(new Export.Picture("Loss curves", "loss-curves", () -> chart.render(CHART_WIDTH, CHART_HEIGHT)));
        }
        BufferedImage samples = scrubber.currentPicture();
        if (samples != null) out.add(new Export.Picture("Sample grid (as shown)", "samples", () -> samples));
        List<Snapshots.Saved> saved = scrubber.snapshots();
        if (saved.size() > 1) {
            DataShape shape = scrubber.shape();
            out.add(new Export.Animation("Training time-lapse (all snapshots)", "training-timelapse",
                    () -> SnapshotScrubber.frames(saved, shape), FRAME_MILLIS));
        }
        return out;
    }
}
