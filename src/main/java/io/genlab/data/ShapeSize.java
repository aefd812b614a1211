package io.genlab.data;

import java.util.Locale;

/** How big a {@link Shapes} object is drawn: its half-width in pixels on the 32x32 canvas. */
public enum ShapeSize {
    SMALL(4.0), LARGE(6.5);

    private final double half;

    ShapeSize(double half) { this.half = half; }

    /** Half the side of the object's bounding box, in pixels. */
    public double half() { return half; }

    /** The caption word, e.g. "small". */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    /** Parses a caption word; a {@link DatasetException} lists the valid words otherwise. */
    public static ShapeSize fromWord(String word) {
        for (ShapeSize s : values()) if (s.word().equals(word)) return s;
        throw new DatasetException("unknown size '" + word + "'; valid: small, large");
    }
}
