package io.genlab.data;

import java.util.Locale;

/**
 * Where the single object of a one-object {@link Shapes} image is: its centre lies in the left,
 * right, top or bottom third of the canvas, or near the middle.
 */
public enum ShapePosition {
    LEFT("at the left"), RIGHT("at the right"), TOP("at the top"), BOTTOM("at the bottom"), CENTRE("in the centre");

    private final String phrase;

    ShapePosition(String phrase) { this.phrase = phrase; }

    /** The caption phrase, e.g. "at the left". */
    public String phrase() { return phrase; }

    /** The attribute word, e.g. "left". */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    /** True if a centre (cx, cy) on a canvas of side {@code side} is in this position's region. */
    public boolean contains(double cx, double cy, double side) {
        double third = side / 3;
        return switch (this) {
            case LEFT -> cx < third;
            case RIGHT -> cx > side - third;
            case TOP -> cy < third;
            case BOTTOM -> cy > side - third;
            case CENTRE -> Math.abs(cx - side / 2) < side / 6 && Math.abs(cy - side / 2) < side / 6;
        };
    }

    /** Parses an attribute word; a {@link DatasetException} lists the valid words otherwise. */
    public static ShapePosition fromWord(String word) {
        for (ShapePosition p : values()) if (p.word().equals(word)) return p;
        throw new DatasetException("unknown position '" + word + "'; valid: left, right, top, bottom, centre");
    }
}
