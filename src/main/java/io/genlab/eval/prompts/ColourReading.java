package io.genlab.eval.prompts;

import io.genlab.data.ShapeColour;
import io.genlab.data.ShapeKind;
import io.genlab.data.ShapeLetter;
import io.genlab.data.ShapeSize;

/**
 * What the attribute judge reads for one colour of one image: how sure it is that an object of
 * that colour is there, and that object's most probable kind, letter, size and its centre. The
 * kind, letter, size and centre are its best guesses whether or not the colour is present, and
 * mean something only when it is; the letter only when the kind is {@link ShapeKind#LETTER}.
 *
 * @param presence the probability that an object of this colour is in the image, 0..1
 * @param cx       the object's centre in pixels, x right
 * @param cy       the object's centre in pixels, y down
 */
public record ColourReading(ShapeColour colour, double presence, ShapeKind kind, ShapeLetter letter, ShapeSize size,
                            double cx, double cy) {
    /** An object of this colour is there: {@link #presence} above one half. */
    public boolean present() { return presence > 0.5; }
}
