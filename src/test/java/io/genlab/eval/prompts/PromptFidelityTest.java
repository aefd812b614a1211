package io.genlab.eval.prompts;

import io.genlab.data.Placement;
import io.genlab.data.ShapeColour;
import io.genlab.data.ShapeKind;
import io.genlab.data.ShapeLetter;
import io.genlab.data.ShapeObject;
import io.genlab.data.ShapePosition;
import io.genlab.data.ShapeRelation;
import io.genlab.data.ShapeSize;
import io.genlab.data.Shapes;
import io.genlab.data.ShapesScene;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.genlab.data.ShapeColour.BLUE;
import static io.genlab.data.ShapeColour.GREEN;
import static io.genlab.data.ShapeColour.RED;
import static io.genlab.data.ShapeColour.YELLOW;
import static io.genlab.data.ShapeKind.CIRCLE;
import static io.genlab.data.ShapeKind.LETTER;
import static io.genlab.data.ShapeKind.SQUARE;
import static io.genlab.data.ShapeKind.TRIANGLE;
import static io.genlab.data.ShapeSize.LARGE;
import static io.genlab.data.ShapeSize.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of {@link PromptFidelity} on hand-built readings, and a perfect reading of real scenes scoring every attribute right. */
class PromptFidelityTest {
    /** A reading in which exactly the given colours are present. */
    private static SceneReading reading(ColourReading... present) {
        Map<ShapeColour, ColourReading> by = new EnumMap<>(ShapeColour.class);
        for (ColourReading r : present) by.put(r.colour(), r);
        List<ColourReading> all = new ArrayList<>();
        for (ShapeColour c : ShapeColour.values()) all.add(by.getOrDefault(c, new ColourReading(c, 0.1, CIRCLE, ShapeLetter.H, SMALL, 16, 16)));
        return new SceneReading(all);
    }

    private static ColourReading seen(ShapeColour c, ShapeKind kind, ShapeSize size, double cx, double cy) {
        return new ColourReading(c, 0.9, kind, ShapeLetter.H, size, cx, cy);
    }

    private static ColourReading seenLetter(ShapeColour c, ShapeLetter letter, ShapeSize size, double cx, double cy) {
        return new ColourReading(c, 0.9, LETTER, letter, size, cx, cy);
    }

    private static ShapeObject object(ShapeKind kind, ShapeColour c, ShapeSize size, double cx, double cy) {
        return new ShapeObject(kind, c, size, new Placement(cx, cy, size.half()));
    }

    private static ShapeObject letter(ShapeLetter l, ShapeColour c, ShapeSize size, double cx, double cy) {
        return ShapeObject.ofLetter(l, c, size, new Placement(cx, cy, size.half()));
    }

    private static Verdict verdict(ShapesScene prompt, SceneReading r, Attribute a) {
        return PromptFidelity.score(prompt, r).get(a);
    }

    /** "a small red circle at the left" */
    private static final ShapesScene RED_CIRCLE_LEFT = ShapesScene.single(object(CIRCLE, RED, SMALL, 8, 16), ShapePosition.LEFT);
    /** "a large red square to the left of a small blue triangle" */
    private static final ShapesScene PAIR = ShapesScene.pair(object(SQUARE, RED, LARGE, 9, 16), ShapeRelation.LEFT_OF,
            object(TRIANGLE, BLUE, SMALL, 24, 16));
    /** "a small red letter t above a large blue square and to the left of a small green letter z" */
    private static final ShapesScene TRIPLE = ShapesScene.triple(letter(ShapeLetter.T, RED, SMALL, 8, 8), ShapeRelation.ABOVE,
            object(SQUARE, BLUE, LARGE, 9, 22), ShapeRelation.LEFT_OF, letter(ShapeLetter.Z, GREEN, SMALL, 24, 9));

    @Test
    void aPerfectReadingOfAHandBuiltPromptIsRightInEveryAttributeThatApplies() {
        Map<Attribute, Verdict> single = PromptFidelity.score(RED_CIRCLE_LEFT, reading(seen(RED, CIRCLE, SMALL, 8, 16)));
        assertEquals(List.of(Attribute.COLOUR, Attribute.KIND, Attribute.SIZE, Attribute.POSITION, Attribute.COUNT, Attribute.WHOLE),
                List.copyOf(single.keySet()), "no letter, no relations in a one-object prompt of a circle");
        assertTrue(single.values().stream().allMatch(Verdict::allRight), single.toString());
        Map<Attribute, Verdict> triple = PromptFidelity.score(TRIPLE, reading(seenLetter(RED, ShapeLetter.T, SMALL, 8, 8),
                seen(BLUE, SQUARE, LARGE, 9, 22), seenLetter(GREEN, ShapeLetter.Z, SMALL, 24, 9)));
        assertEquals(List.of(Attribute.COLOUR, Attribute.KIND, Attribute.LETTER, Attribute.SIZE, Attribute.RELATION, Attribute.RELATION2,
                Attribute.COUNT, Attribute.WHOLE), List.copyOf(triple.keySet()));
        assertEquals(new Verdict(3, 3), triple.get(Attribute.COLOUR), "checked per object");
        assertEquals(new Verdict(2, 2), triple.get(Attribute.LETTER), "checked per letter object");
        assertEquals(new Verdict(1, 1), triple.get(Attribute.RELATION2), "checked per image");
    }

    @Test
    void aMissingColourMakesItsObjectWrongInColourKindSizeAndLetter() {
        SceneReading noRed = reading(seen(BLUE, SQUARE, LARGE, 9, 22), seenLetter(GREEN, ShapeLetter.Z, SMALL, 24, 9));
        Map<Attribute, Verdict> v = PromptFidelity.score(TRIPLE, noRed);
        assertEquals(new Verdict(3, 2), v.get(Attribute.COLOUR));
        assertEquals(new Verdict(3, 2), v.get(Attribute.KIND));
        assertEquals(new Verdict(3, 2), v.get(Attribute.SIZE));
        assertEquals(new Verdict(2, 1), v.get(Attribute.LETTER));
        assertFalse(v.get(Attribute.RELATION).allRight(), "red is in both relations");
        assertFalse(v.get(Attribute.RELATION2).allRight());
        assertFalse(v.get(Attribute.COUNT).allRight(), "two colours for a three-object prompt");
        assertFalse(v.get(Attribute.WHOLE).allRight());
    }

    @Test
    void presenceIsAProbabilityAboveOneHalf() {
        ColourReading unsure = new ColourReading(RED, 0.5, CIRCLE, ShapeLetter.H, SMALL, 8, 16);
        assertFalse(verdict(RED_CIRCLE_LEFT, reading(unsure), Attribute.COLOUR).allRight());
        ColourReading sure = new ColourReading(RED, 0.51, CIRCLE, ShapeLetter.H, SMALL, 8, 16);
        assertTrue(verdict(RED_CIRCLE_LEFT, reading(sure), Attribute.COLOUR).allRight());
    }

    @Test
    void kindAndSizeAreTheReadOnesOfThatColour() {
        assertEquals(new Verdict(1, 0), verdict(RED_CIRCLE_LEFT, reading(seen(RED, SQUARE, SMALL, 8, 16)), Attribute.KIND));
        assertEquals(new Verdict(1, 1), verdict(RED_CIRCLE_LEFT, reading(seen(RED, SQUARE, SMALL, 8, 16)), Attribute.SIZE));
        assertEquals(new Verdict(1, 0), verdict(RED_CIRCLE_LEFT, reading(seen(RED, CIRCLE, LARGE, 8, 16)), Attribute.SIZE));
        SceneReading swapped = reading(seen(RED, TRIANGLE, SMALL, 9, 16), seen(BLUE, SQUARE, LARGE, 24, 16));
        assertEquals(new Verdict(2, 0), verdict(PAIR, swapped, Attribute.KIND), "the right kinds in the wrong colours are wrong");
        assertEquals(new Verdict(2, 0), verdict(PAIR, swapped, Attribute.SIZE));
        assertTrue(verdict(PAIR, swapped, Attribute.COLOUR).allRight());
    }

    @Test
    void aLetterMustBeReadAsALetterAndAsThePromptsLetter() {
        SceneReading wrongLetter = reading(seenLetter(RED, ShapeLetter.L, SMALL, 8, 8), seen(BLUE, SQUARE, LARGE, 9, 22),
                seenLetter(GREEN, ShapeLetter.Z, SMALL, 24, 9));
        assertEquals(new Verdict(2, 1), verdict(TRIPLE, wrongLetter, Attribute.LETTER));
        assertEquals(new Verdict(3, 3), verdict(TRIPLE, wrongLetter, Attribute.KIND), "still a letter");
        // a square whose letter guess happens to be the prompt's letter is not that letter
        ColourReading squareGuessingT = new ColourReading(RED, 0.9, SQUARE, ShapeLetter.T, SMALL, 8, 8);
        SceneReading notALetter = reading(squareGuessingT, seen(BLUE, SQUARE, LARGE, 9, 22), seenLetter(GREEN, ShapeLetter.Z, SMALL, 24, 9));
        assertEquals(new Verdict(2, 1), verdict(TRIPLE, notALetter, Attribute.LETTER));
    }

    @Test
    void positionIsThePromptsRegionAroundTheReadCentre() {
        assertTrue(verdict(RED_CIRCLE_LEFT, reading(seen(RED, CIRCLE, SMALL, 10.6, 3)), Attribute.POSITION).allRight(),
                "left is x below a third of 32, whatever y");
        assertFalse(verdict(RED_CIRCLE_LEFT, reading(seen(RED, CIRCLE, SMALL, 10.7, 16)), Attribute.POSITION).allRight());
        assertFalse(verdict(RED_CIRCLE_LEFT, reading(seen(BLUE, CIRCLE, SMALL, 8, 16)), Attribute.POSITION).allRight(),
                "a blue circle at the left is not the red one");
        ShapesScene centre = ShapesScene.single(object(SQUARE, YELLOW, LARGE, 16, 16), ShapePosition.CENTRE);
        assertTrue(verdict(centre, reading(seen(YELLOW, SQUARE, LARGE, 20.5, 11.5)), Attribute.POSITION).allRight());
        assertFalse(verdict(centre, reading(seen(YELLOW, SQUARE, LARGE, 21.5, 16)), Attribute.POSITION).allRight());
    }

    @Test
    void aRelationHoldsWhenTheReadBoxesAreApartAlongItsAxisWithAPixelOfSlack() {
        // red is large (half 6.5), blue small (half 4): red's box ends at cx + 6.5, blue's begins at cx - 4
        assertTrue(verdict(PAIR, reading(seen(RED, SQUARE, LARGE, 9, 16), seen(BLUE, TRIANGLE, SMALL, 19.6, 28)), Attribute.RELATION).allRight(),
                "0.1 pixels apart; the other axis does not matter");
        assertTrue(verdict(PAIR, reading(seen(RED, SQUARE, LARGE, 9, 16), seen(BLUE, TRIANGLE, SMALL, 18.6, 16)), Attribute.RELATION).allRight(),
                "overlapping by 0.9 pixels");
        assertFalse(verdict(PAIR, reading(seen(RED, SQUARE, LARGE, 9, 16), seen(BLUE, TRIANGLE, SMALL, 18.4, 16)), Attribute.RELATION).allRight(),
                "overlapping by 1.1 pixels");
        assertFalse(verdict(PAIR, reading(seen(RED, SQUARE, LARGE, 24, 16), seen(BLUE, TRIANGLE, SMALL, 9, 16)), Attribute.RELATION).allRight(),
                "the other way round");
        assertFalse(verdict(PAIR, reading(seen(RED, SQUARE, LARGE, 9, 16), seen(BLUE, TRIANGLE, LARGE, 19.6, 16)), Attribute.RELATION).allRight(),
                "the read sizes make the boxes: a large blue one reaches back over red's");
        assertFalse(verdict(PAIR, reading(seen(RED, SQUARE, LARGE, 9, 16)), Attribute.RELATION).allRight(), "blue is missing");
    }

    @Test
    void theSecondRelationIsTheFirstObjectsToTheThird() {
        ColourReading red = seenLetter(RED, ShapeLetter.T, SMALL, 8, 8), blue = seen(BLUE, SQUARE, LARGE, 9, 22);
        assertTrue(verdict(TRIPLE, reading(red, blue, seenLetter(GREEN, ShapeLetter.Z, SMALL, 24, 9)), Attribute.RELATION2).allRight());
        SceneReading greenLeft = reading(red, blue, seenLetter(GREEN, ShapeLetter.Z, SMALL, 2, 9));
        assertFalse(verdict(TRIPLE, greenLeft, Attribute.RELATION2).allRight());
        assertTrue(verdict(TRIPLE, greenLeft, Attribute.RELATION).allRight(), "red is still above blue");
    }

    @Test
    void countIsTheNumberOfColoursPresentWhicheverTheyAre() {
        SceneReading twoOthers = reading(seen(GREEN, SQUARE, LARGE, 9, 16), seen(YELLOW, TRIANGLE, SMALL, 24, 16));
        assertTrue(verdict(PAIR, twoOthers, Attribute.COUNT).allRight());
        assertEquals(new Verdict(2, 0), verdict(PAIR, twoOthers, Attribute.COLOUR));
        SceneReading extra = reading(seen(RED, SQUARE, LARGE, 9, 16), seen(BLUE, TRIANGLE, SMALL, 24, 16), seen(GREEN, CIRCLE, SMALL, 16, 28));
        assertFalse(verdict(PAIR, extra, Attribute.COUNT).allRight(), "a third colour that the prompt did not ask for");
        assertFalse(verdict(PAIR, extra, Attribute.WHOLE).allRight());
        assertEquals(3, extra.count());
    }

    @Test
    void aPerfectReadingOfRealScenesIsRightInEveryAttributeEvenWithCentresAPixelOffInTheRelations() {
        FidelityTable exact = new FidelityTable(), shifted = new FidelityTable();
        for (int i = 0; i < 3000; i++) {
            ShapesScene s = Shapes.scene(PromptScenes.JUDGE_TEST_SEED, i);
            exact.add(s.objects().size(), PromptFidelity.score(s, truth(s, 0)));
            if (s.relation() != null) shifted.add(s.objects().size(), PromptFidelity.score(s, truth(s, 1)));
        }
        for (Attribute a : Attribute.values()) {
            assertEquals(1.0, exact.accuracy(3, a), a + " of the true scenes");
            if (a != Attribute.POSITION) assertEquals(1.0, shifted.accuracy(3, a), a + " with every centre a pixel towards the middle");
        }
    }

    /** The reading a perfect judge would give, every centre moved {@code shift} pixels towards the canvas's centre on both axes. */
    private static SceneReading truth(ShapesScene s, double shift) {
        List<ColourReading> present = new ArrayList<>();
        for (ShapeObject o : s.objects()) {
            double cx = o.placement().cx(), cy = o.placement().cy();
            cx += Math.signum(16 - cx) * Math.min(shift, Math.abs(16 - cx));
            cy += Math.signum(16 - cy) * Math.min(shift, Math.abs(16 - cy));
            present.add(new ColourReading(o.colour(), 1, o.shape(), o.letter() != null ? o.letter() : ShapeLetter.H, o.size(), cx, cy));
        }
        return reading(present.toArray(new ColourReading[0]));
    }
}
