package io.genlab.data;

import java.util.Objects;

/**
 * One object in a {@link ShapesScene}: what it is (shape, colour, size) and where it was drawn.
 * The placement is the ground truth tests check captions against; captions never mention it.
 */
public record ShapeObject(ShapeKind shape, ShapeColour colour, ShapeSize size, Placement placement) {
    public ShapeObject {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(placement, "placement");
    }

    /** The noun phrase, e.g. "a small purple circle". */
    public String phrase() {
        return "a " + size.word() + " " + colour.word() + " " + shape.word();
    }
}
