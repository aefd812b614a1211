package io.genlab.data;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.Arrays;
import java.util.Locale;

/**
 * Which capital letter a {@link ShapeKind#LETTER} object shows, with GenLab's own stroke font for
 * it. Each glyph is a few polylines in a unit box (x right, y down), scaled to the object's
 * bounding box and drawn as {@link #STROKE}-pixel strokes. The eight letters are made of straight
 * strokes with at most two parallel ones across the box, so they stay readable and apart in the
 * 8-pixel box of a small object; letters such as E or K, with three strokes across, blur into a
 * block there. No system font is used, because fonts differ between machines and a seed must give
 * the same pixels everywhere.
 */
public enum ShapeLetter {
    H(new double[]{0, 0, 0, 1}, new double[]{1, 0, 1, 1}, new double[]{0, 0.5, 1, 0.5}),
    L(new double[]{0, 0, 0, 1, 1, 1}),
    T(new double[]{0, 0, 1, 0}, new double[]{0.5, 0, 0.5, 1}),
    U(new double[]{0, 0, 0, 1, 1, 1, 1, 0}),
    V(new double[]{0, 0, 0.5, 1, 1, 0}),
    X(new double[]{0, 0, 1, 1}, new double[]{1, 0, 0, 1}),
    Y(new double[]{0, 0, 0.5, 0.5, 1, 0}, new double[]{0.5, 0.5, 0.5, 1}),
    Z(new double[]{0, 0, 1, 0, 0, 1, 1, 1});

    /** Stroke width in pixels: wide enough that every letter has whole pixels in the object's exact colour. */
    static final float STROKE = 2f;
    /** Mitre right-angle corners (ratio 1.41) but bevel sharper ones, so no corner pokes out of the box. */
    private static final float MITRE_LIMIT = 1.5f;

    private final double[][] polylines;

    /** Each argument is one polyline: x0, y0, x1, y1, ... in the unit box. */
    ShapeLetter(double[]... polylines) { this.polylines = polylines; }

    /** The caption word: the letter in lower case, e.g. "z". */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    /**
     * The filled outline of the letter's strokes inside {@code box}. The polylines run
     * {@code STROKE / 2} inside the box, so the strokes, their butt ends and their corners stay in it.
     */
    public Shape outline(Placement box) {
        double inset = STROKE / 2.0, span = 2 * box.half() - STROKE;
        Path2D.Double path = new Path2D.Double();
        for (double[] line : polylines) {
            path.moveTo(box.minX() + inset + line[0] * span, box.minY() + inset + line[1] * span);
            for (int i = 2; i < line.length; i += 2) {
                path.lineTo(box.minX() + inset + line[i] * span, box.minY() + inset + line[i + 1] * span);
            }
        }
        return new BasicStroke(STROKE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, MITRE_LIMIT).createStrokedShape(path);
    }

    /** Parses a caption word; a {@link DatasetException} lists the valid words otherwise. */
    public static ShapeLetter fromWord(String word) {
        for (ShapeLetter l : values()) if (l.word().equals(word)) return l;
        throw new DatasetException("unknown letter '" + word + "'; valid: "
                + String.join(", ", Arrays.stream(values()).map(ShapeLetter::word).toList()));
    }
}
