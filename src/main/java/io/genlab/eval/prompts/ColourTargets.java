package io.genlab.eval.prompts;

import io.genlab.data.ShapeColour;
import io.genlab.data.ShapeKind;
import io.genlab.data.ShapeLetter;
import io.genlab.data.ShapeObject;
import io.genlab.data.ShapeSize;
import io.genlab.data.ShapesScene;

import java.util.List;

/**
 * What the attribute judge should read from a batch of scenes, colour by colour, as the arrays its
 * losses compare with: which of the 8 colours are present, and for each present one its kind,
 * letter, size and centre. An absent colour has all-zero rows and zero weight, so it adds nothing
 * to the kind, letter, size and centre losses (masked losses). A null scene stands for a picture
 * with nothing in it (pure noise): every colour absent.
 *
 * @param present      [B, 8] 1 where an object of that colour is in the scene
 * @param kind         [B, 8, 4] one-hot shape of the colour's object
 * @param letter       [B, 8, 8] one-hot letter of a letter object
 * @param size         [B, 8, 2] one-hot size
 * @param centre       [B, 8, 2] the object's centre (x, y) in pixels
 * @param objectWeight [B, 8] 1 / (objects in the batch) where present: the kind, size and centre losses are means over objects
 * @param letterWeight [B, 8] 1 / (letters in the batch) for letter objects: the letter loss is a mean over letters
 */
record ColourTargets(float[] present, float[] kind, float[] letter, float[] size, float[] centre, float[] objectWeight,
                     float[] letterWeight) {
    static final int COLOURS = ShapeColour.values().length, KINDS = ShapeKind.values().length,
            LETTERS = ShapeLetter.values().length, SIZES = ShapeSize.values().length;

    /** @param scenes what each picture shows; null for one that shows nothing */
    static ColourTargets of(List<ShapesScene> scenes) {
        int b = scenes.size();
        float[] present = new float[b * COLOURS], kind = new float[b * COLOURS * KINDS], letter = new float[b * COLOURS * LETTERS],
                size = new float[b * COLOURS * SIZES], centre = new float[b * COLOURS * 2],
                objectWeight = new float[b * COLOURS], letterWeight = new float[b * COLOURS];
        int objects = 0, letters = 0;
        for (int i = 0; i < b; i++) {
            if (scenes.get(i) == null) continue;
            for (ShapeObject o : scenes.get(i).objects()) {
                int at = i * COLOURS + o.colour().ordinal();                 // row (i, colour)
                present[at] = 1;
                kind[at * KINDS + o.shape().ordinal()] = 1;
                size[at * SIZES + o.size().ordinal()] = 1;
                centre[at * 2] = (float) o.placement().cx();
                centre[at * 2 + 1] = (float) o.placement().cy();
                objectWeight[at] = 1;
                objects++;
                if (o.letter() != null) {
                    letter[at * LETTERS + o.letter().ordinal()] = 1;
                    letterWeight[at] = 1;
                    letters++;
                }
            }
        }
        for (int i = 0; i < objectWeight.length; i++) {
            objectWeight[i] /= Math.max(1, objects);
            letterWeight[i] /= Math.max(1, letters);
        }
        return new ColourTargets(present, kind, letter, size, centre, objectWeight, letterWeight);
    }
}
