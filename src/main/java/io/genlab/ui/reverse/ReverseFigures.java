package io.genlab.ui.reverse;

import io.genlab.train.DataShape;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.ReversePictures;

import javax.swing.JTabbedPane;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the Reverse process view, one tab each: the step-by-step player, the strip from
 * noise to image and the sampler grid. It shows a finished trace in the player and the strip, and
 * draws every figure again when the figure font changes.
 */
final class ReverseFigures {
    static final int STRIP_COLUMNS = 8;
    private static final String NO_STRIP = "The strip appears when a generation has finished.";
    private final ReversePlayer player = new ReversePlayer("Choose the settings on the left and press Generate.");
    private final PicturePanel strip = new PicturePanel(NO_STRIP);
    private final SamplerGridTab gridTab = new SamplerGridTab();
    private final JTabbedPane tabs = new JTabbedPane();
    private ReverseRunner.Trace lastTrace;
    private String lastTitle;

    ReverseFigures() {
        tabs.addTab("Step by step", player);
        tabs.addTab("Noise to image", strip);
        tabs.addTab("Sampler grid", gridTab.panel());
    }

    /**
     * Shows a finished trace: the player on its last step and the strip from noise to image.
     *
     * @param shape the model's data shape, naming each sample's class in the strip; null if not known
     */
    void showTrace(ReverseRunner.Trace trace, String title, DataShape shape) {
        player.start(title, trace.request().count(), " ");
        player.finish(trace.frames());
        List<String> rows = new ArrayList<>();
        int[] labels = trace.request().labels();
        for (int i = 0; i < labels.length; i++) {
            boolean named = shape != null && labels[i] >= 0 && labels[i] < shape.numClasses() && shape.numClasses() > 1;
            rows.add("#" + (i + 1) + (named ? " " + shape.classNames().get(labels[i]) : ""));
        }
        strip.setPicture(ReversePictures.strip(trace.frames(), trace.samples(), rows, STRIP_COLUMNS, title, ReversePlayer.theme()));
        lastTrace = trace;
        lastTitle = title;
    }

    /** A generation starts: the strip stays on screen, but a redraw leaves the player to the new generation. */
    void forgetTrace() {
        lastTrace = null;
    }

    /** Forgets the trace and the sampler grid (the model changed). */
    void clear() {
        gridTab.clear();
        lastTrace = null;
        strip.setMessage(NO_STRIP);
    }

    /** Draws every figure again, e.g. in a new font size, keeping the player on its step. */
    void redraw(DataShape shape) {
        player.redraw();
        if (lastTrace != null) {
            int step = player.scrubber().getValue();
            showTrace(lastTrace, lastTitle, shape);
            player.scrubber().setValue(step);
        }
        gridTab.redraw();
    }

    ReversePlayer player() { return player; }

    PicturePanel strip() { return strip; }

    SamplerGridTab gridTab() { return gridTab; }

    JTabbedPane tabs() { return tabs; }
}
