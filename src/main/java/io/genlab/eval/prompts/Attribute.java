package io.genlab.eval.prompts;

import java.util.Locale;

/**
 * What {@code genlab eval --prompts} checks of an image against its prompt, given the attribute
 * judge's reading of the image ({@link PromptFidelity} holds the rules). The first four are
 * checked per object of the prompt, the rest once per image. An object whose colour is missing
 * has its kind, letter and size wrong too, so each of these is at most its colour's accuracy.
 */
public enum Attribute {
    /** Per object: an object of the prompt object's colour is present. */
    COLOUR,
    /** Per object: that colour is present and its object is of the prompt's kind (circle, square, triangle, letter). */
    KIND,
    /** Per letter object of the prompt: that colour is present, read as a letter, and as the prompt's letter. */
    LETTER,
    /** Per object: that colour is present and its object is of the prompt's size (small, large). */
    SIZE,
    /** One-object prompts: the colour is present and its read centre is in the prompt's region ({@link io.genlab.data.ShapePosition#contains}). */
    POSITION,
    /** Two- and three-object prompts: the first and second colours are present and stand in the prompt's relation ({@link PromptFidelity#relationHolds}). */
    RELATION,
    /** Three-object prompts: the first and third colours are present and stand in the prompt's second relation. */
    RELATION2,
    /** Every prompt: exactly as many colours are present as the prompt has objects (whichever colours they are). */
    COUNT,
    /** Every prompt: every attribute above that applies to it is right, for every object. */
    WHOLE;

    /** The word in tables and files, e.g. "relation2". */
    public String word() { return name().toLowerCase(Locale.ROOT); }
}
