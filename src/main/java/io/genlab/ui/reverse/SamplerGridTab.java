package io.genlab.ui.reverse;

import io.genlab.data.Tensor;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.ReversePictures;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sampler grid tab of the Reverse process view: the grid picture, filled in cell by cell while
 * the grid runs, and the progress over all cells' steps. It draws; the view runs the jobs.
 */
final class SamplerGridTab {
    private static final String EMPTY = "Press Sampler grid to compare samplers and step counts.";
    private final PicturePanel panel = new PicturePanel(EMPTY);
    private SamplerGridPlan plan;
    private List<Tensor> cells;
    private int[] cellShape;
    private int[] stepsBefore;
    private String title;
    private boolean complete;

    PicturePanel panel() { return panel; }

    /** The grid as far as it got (cells not computed are blank), or null when there is none. */
    BufferedImage picture() { return plan == null ? null : panel.picture(); }

    /** Whether the grid shown has every cell (it was not cancelled or stopped by an error). */
    boolean complete() { return plan != null && complete; }

    void clear() {
        plan = null;
        complete = false;
        panel.setMessage(EMPTY);
    }

    /**
     * A grid starts: draws it with every cell blank.
     *
     * @return the number of sampler steps all cells take together
     */
    int begin(SamplerGridPlan newPlan, ReverseSettings settings, int[] newCellShape) {
        plan = newPlan;
        cellShape = newCellShape.clone();
        cells = new ArrayList<>(Collections.nCopies(plan.cells(), (Tensor) null));
        stepsBefore = new int[plan.cells() + 1];
        for (int i = 0; i < plan.cells(); i++) stepsBefore[i + 1] = stepsBefore[i] + plan.cell(settings, i).steps();
        title = String.format("Same start noise (seed %d), guidance %s: samplers by steps", settings.seed(),
                new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(settings.guidance()));
        complete = false;
        redraw();
        return stepsBefore[plan.cells()];
    }

    /**
     * Progress of the running grid: finished cells are drawn.
     *
     * @return {steps done over all cells, cell, step, steps} of the last report, or null if it held none
     */
    int[] progress(List<ReverseRunner.GridProgress> batch) {
        if (plan == null) return null;
        boolean changed = false;
        int[] last = null;
        for (ReverseRunner.GridProgress p : batch) {
            if (p.finished() != null) {
                cells.set(p.cell(), p.finished());
                changed = true;
            } else {
                last = new int[]{stepsBefore[p.cell()] + p.step(), p.cell(), p.step(), p.steps()};
            }
        }
        if (changed) redraw();
        return last;
    }

    /** The finished grid. */
    void show(ReverseRunner.Grid result) {
        plan = result.plan();
        cells = new ArrayList<>(result.cells());
        cellShape = result.cells().get(0).shape();
        if (title == null) title = "Same start noise (seed " + result.settings().seed() + "): samplers by steps";
        complete = true;
        redraw();
    }

    /** Draws the grid again (e.g. in a new font size); nothing if there is none. */
    void redraw() {
        if (plan == null) return;
        panel.setPicture(ReversePictures.samplerGrid(plan.rowLabels(), plan.columnLabels(), cells, cellShape, title,
                ReversePlayer.theme()));
    }
}
