package io.genlab.data;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one object in a {@link Shapes} image is: a filled outline, or a capital letter (which
 * letter is in {@link ShapeObject#letter()}). Its ordinal is the Shapes class label.
 */
public enum ShapeKind {
    CIRCLE, SQUARE, TRIANGLE, LETTER;

    /** The caption word, e.g. "circle"; a letter's phrase adds the letter after "letter". */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    /** Parses a caption word; a {@link DatasetException} lists the valid words otherwise. */
    public static ShapeKind fromWord(String word) {
        for (ShapeKind k : values()) if (k.word().equals(word)) return k;
        throw new DatasetException("unknown shape '" + word + "'; valid: "
                + String.join(", ", Arrays.stream(values()).map(ShapeKind::word).toList()));
    }
}
