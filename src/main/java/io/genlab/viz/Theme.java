package io.genlab.viz;

import java.awt.Color;
import java.awt.Font;
import java.util.Objects;

/**
 * The colours and text size shared by the drawn figures (grids, plots, heatmaps); it is not a Swing
 * look-and-feel and holds no fonts or state beyond these values.
 *
 * @param background the figure background
 * @param text       titles, labels and tick numbers
 * @param axis       axis lines and frames
 * @param gridLines  faint helper lines (zero lines, tick guides)
 * @param fontSize   label size in pixels; titles are drawn 1.25 times larger and bold
 */
public record Theme(Color background, Color text, Color axis, Color gridLines, int fontSize) {
    /** White background with near-black text: the most legible choice on a washed-out projector. Default. */
    public static final Theme LIGHT = new Theme(Color.WHITE, new Color(0x1A1A1A), new Color(0x404040), new Color(0xDDDDDD), 16);
    /** Dark grey background with near-white text, for dark rooms and dark UIs. */
    public static final Theme DARK = new Theme(new Color(0x1E1E1E), new Color(0xF0F0F0), new Color(0xB0B0B0), new Color(0x3A3A3A), 16);

    public Theme {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(gridLines, "gridLines");
        if (fontSize < 6 || fontSize > 200) {
            throw new IllegalArgumentException("font size must be in [6, 200] pixels, got " + fontSize);
        }
    }

    /** The same theme with another font size, e.g. larger for a projector. */
    public Theme withFontSize(int size) {
        return new Theme(background, text, axis, gridLines, size);
    }

    /** The font for labels and tick numbers. */
    public Font labelFont() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, fontSize);
    }

    /** The font for titles. */
    public Font titleFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(fontSize * 1.25f));
    }
}
