package io.genlab.data;

import java.util.Objects;

/**
 * One object in a {@link ShapesScene}: what it is (shape, and the letter when the shape is
 * {@link ShapeKind#LETTER}; colour; size) and where it was drawn. The placement is the ground
 * truth tests check captions against; captions never mention it.
 *
 * @param letter which letter a letter object shows; null for every other shape
 */
public record ShapeObject(ShapeKind shape, ShapeLetter letter, ShapeColour colour, ShapeSize size, Placement placement) {
    public ShapeObject {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(placement, "placement");
        if ((shape == ShapeKind.LETTER) != (letter != null)) {
            throw new IllegalArgumentException(shape == ShapeKind.LETTER ? "a letter object needs its letter"
                    : "a " + shape.word() + " has no letter, got " + letter);
        }
    }

    /** A circle, square or triangle. */
    public ShapeObject(ShapeKind shape, ShapeColour colour, ShapeSize size, Placement placement) {
        this(shape, null, colour, size, placement);
    }

    /** A letter object. */
    public static ShapeObject ofLetter(ShapeLetter letter, ShapeColour colour, ShapeSize size, Placement placement) {
        return new ShapeObject(ShapeKind.LETTER, letter, colour, size, placement);
    }

    /** The noun phrase, e.g. "a small purple circle" or "a large red letter z". */
    public String phrase() {
        String noun = letter == null ? shape.word() : shape.word() + " " + letter.word();
        return "a " + size.word() + " " + colour.word() + " " + noun;
    }
}
