package io.genlab.data;

/**
 * How the first object of a {@link Shapes} image stands to another one. A relation
 * holds when the bounding boxes are apart along its axis: "left of" means the first box ends
 * (with a gap) before the second begins, in image coordinates where y grows downwards.
 */
public enum ShapeRelation {
    LEFT_OF("left of", "to the left of"), RIGHT_OF("right of", "to the right of"),
    ABOVE("above", "above"), BELOW("below", "below");

    private final String word, phrase;

    ShapeRelation(String word, String phrase) {
        this.word = word;
        this.phrase = phrase;
    }

    /** The attribute value, e.g. "left of". */
    public String word() { return word; }

    /** The caption phrase, e.g. "to the left of". */
    public String phrase() { return phrase; }

    /** True for left of and right of, false for above and below. */
    public boolean horizontal() { return this == LEFT_OF || this == RIGHT_OF; }

    /** True if box {@code a} stands in this relation to box {@code b}, with {@code a} and {@code b} apart. */
    public boolean holds(Placement a, Placement b) {
        return switch (this) {
            case LEFT_OF -> a.maxX() < b.minX();
            case RIGHT_OF -> a.minX() > b.maxX();
            case ABOVE -> a.maxY() < b.minY();
            case BELOW -> a.minY() > b.maxY();
        };
    }

    /** Parses an attribute value; a {@link DatasetException} lists the valid values otherwise. */
    public static ShapeRelation fromWord(String word) {
        for (ShapeRelation r : values()) if (r.word.equals(word)) return r;
        throw new DatasetException("unknown relation '" + word + "'; valid: left of, right of, above, below");
    }
}
