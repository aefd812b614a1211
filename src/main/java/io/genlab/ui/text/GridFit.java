package io.genlab.ui.text;

import io.genlab.viz.Theme;

/**
 * How many cells of one size to put in a row so that their grid, scaled to fit a panel with its
 * proportions kept, is drawn largest: a wide, low panel wants long rows, a narrow one short rows.
 */
final class GridFit {
    private GridFit() {}

    /** About the height of a line of a figure's label text: 1.3 times the font size. */
    static int labelLine(Theme theme) {
        return (int) Math.ceil(theme.fontSize() * 1.3);
    }

    /**
     * @param cells      how many cells the grid has
     * @param cellWidth  a cell's width with its gap, in the grid's pixels
     * @param cellHeight a cell's height with its labels and gap
     * @param width      the panel's width (0 before it is laid out: then {@code fallback})
     * @param fallback   the columns to use while the panel has no size
     */
    static int columns(int cells, int cellWidth, int cellHeight, int width, int height, int fallback) {
        if (width <= 0 || height <= 0) return Math.max(1, Math.min(cells, fallback));
        int best = 1;
        double bestScale = 0;
        for (int c = 1; c <= cells; c++) {
            int rows = (cells + c - 1) / c;
            double scale = Math.min(width / (double) (c * cellWidth), height / (double) (rows * cellHeight));
            if (scale > bestScale + 1e-9) {
                bestScale = scale;
                best = c;
            }
        }
        return best;
    }
}
