package io.genlab.data;

/** The outline of one object in a {@link Shapes} image; its ordinal is the Shapes class label. */
public enum ShapeKind {
    CIRCLE, SQUARE, TRIANGLE;

    /** The caption word, e.g. "circle". */
    public String word() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** Parses a caption word; a {@link DatasetException} lists the valid words otherwise. */
    public static ShapeKind fromWord(String word) {
        for (ShapeKind k : values()) if (k.word().equals(word)) return k;
        throw new DatasetException("unknown shape '" + word + "'; valid: circle, square, triangle");
    }
}
