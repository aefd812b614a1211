package io.genlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShapesTest {
    private static final int N = 500;
    private static final int GREY = 40;
    private static ImageDataset data;

    @BeforeAll
    static void generate() {
        data = Shapes.generate(N, 42);
    }

    @Test
    void shapeAndLabels() {
        assertEquals(N, data.size());
        assertEquals(3, data.channels());
        assertEquals(32, data.height());
        assertEquals(32, data.width());
        assertEquals(List.of("circle", "square", "triangle", "letter"), data.classNames());
        int[] perClass = new int[4];
        for (int i = 0; i < N; i++) {
            Map<String, String> a = data.attributes().orElseThrow().get(i);
            assertEquals(ShapeKind.fromWord(a.get("shape1")).ordinal(), data.label(i));
            perClass[data.label(i)]++;
        }
        for (int c = 0; c < 4; c++) assertTrue(perClass[c] > N / 8, "class " + c + ": " + perClass[c]);
    }

    @Test
    void sameSeedSamePixelsWhateverTheCount() {
        ImageDataset again = Shapes.generate(N, 42);
        for (int i = 0; i < N; i++) assertArrayEquals(data.image(i), again.image(i));
        ImageDataset fewer = Shapes.generate(20, 42);
        assertArrayEquals(data.image(19), fewer.image(19));
        assertEquals(data.captions().orElseThrow().subList(0, 20), fewer.captions().orElseThrow());
        for (int i = N - 1; i >= 0; i -= 7) {
            assertEquals(data.attributes().orElseThrow().get(i), Shapes.scene(42, i).toAttributes(), "out of order");
        }
        ImageDataset other = Shapes.generate(20, 43);
        assertFalse(Arrays.equals(data.image(0), other.image(0)) && Arrays.equals(data.image(1), other.image(1)));
    }

    @Test
    void captionsOfSeed42ArePinned() {
        assertEquals(List.of(
                "a large cyan letter x above a large orange triangle and to the left of a small green triangle",
                "a small purple square to the right of a large cyan circle",
                "a small yellow letter x at the top"),
                data.captions().orElseThrow().subList(0, 3));
    }

    @Test
    void captionsAgreeWithAttributes() {
        for (int i = 0; i < N; i++) {
            ShapesScene s = ShapesScene.fromAttributes(data.attributes().orElseThrow().get(i));
            assertEquals(data.captions().orElseThrow().get(i), s.caption());
            assertEquals(s, Shapes.scene(42, i));
            assertEquals(data.attributes().orElseThrow().get(i), s.toAttributes());
        }
    }

    @Test
    void captionGrammar() {
        Placement p = new Placement(8, 16, 4);
        ShapesScene one = ShapesScene.single(new ShapeObject(ShapeKind.TRIANGLE, ShapeColour.RED, ShapeSize.LARGE, p),
                ShapePosition.LEFT);
        assertEquals("a large red triangle at the left", one.caption());
        ShapesScene letter = ShapesScene.single(ShapeObject.ofLetter(ShapeLetter.Z, ShapeColour.RED, ShapeSize.LARGE, p),
                ShapePosition.LEFT);
        assertEquals("a large red letter z at the left", letter.caption());
        assertEquals(Map.of("objects", "1", "shape1", "letter", "letter1", "z", "colour1", "red", "size1", "large",
                "box1", "8.0,16.0,4.0", "position", "left"), letter.toAttributes());
        ShapesScene two = ShapesScene.pair(
                new ShapeObject(ShapeKind.CIRCLE, ShapeColour.PURPLE, ShapeSize.SMALL, new Placement(16, 6, 4)),
                ShapeRelation.ABOVE,
                new ShapeObject(ShapeKind.SQUARE, ShapeColour.YELLOW, ShapeSize.LARGE, new Placement(16, 22, 6.5)));
        assertEquals("a small purple circle above a large yellow square", two.caption());
        assertEquals("a small red circle to the left of a large blue square and above a small green letter t",
                threeObjects().caption());
    }

    @Test
    void attributesRoundTripForEveryCountAndForLetters() {
        Set<Integer> counts = new java.util.HashSet<>();
        boolean letters = false;
        for (int i = 0; i < N; i++) {
            ShapesScene s = Shapes.scene(7, i);
            assertEquals(s, ShapesScene.fromAttributes(s.toAttributes()));
            counts.add(s.objects().size());
            letters |= s.objects().stream().anyMatch(o -> o.letter() != null);
        }
        assertEquals(Set.of(1, 2, 3), counts);
        assertTrue(letters);
        Map<String, String> a = threeObjects().toAttributes();
        assertEquals(List.of("objects", "shape1", "colour1", "size1", "box1", "shape2", "colour2", "size2", "box2",
                "shape3", "letter3", "colour3", "size3", "box3", "relation", "relation2"), List.copyOf(a.keySet()));
        assertEquals("left of", a.get("relation"));
        assertEquals("above", a.get("relation2"));
        assertEquals(threeObjects(), ShapesScene.fromAttributes(a));
    }

    @Test
    void everyStatedRelationAndPositionHoldsOnTheBoxesForManySeeds() {
        Set<ShapeRelation> relations = EnumSet.noneOf(ShapeRelation.class), relations2 = EnumSet.noneOf(ShapeRelation.class);
        Set<ShapePosition> positions = EnumSet.noneOf(ShapePosition.class);
        for (long seed = 0; seed < 10; seed++) {
            for (int i = 0; i < 400; i++) {
                ShapesScene s = Shapes.scene(seed, i);
                String where = seed + "/" + i + ": " + s.caption();
                List<ShapeObject> objs = s.objects();
                for (ShapeObject o : objs) {
                    Placement p = o.placement();
                    assertTrue(p.minX() >= 0 && p.minY() >= 0 && p.maxX() <= 32 && p.maxY() <= 32,
                            where + " off the canvas: " + p);
                    assertEquals(o.size().half(), p.half());
                }
                for (int a = 0; a < objs.size(); a++) {
                    for (int b = a + 1; b < objs.size(); b++) {
                        assertFalse(objs.get(a).placement().overlaps(objs.get(b).placement()), where + ": objects overlap");
                        assertNotEquals(objs.get(a).colour(), objs.get(b).colour(), where + ": colours repeat");
                    }
                }
                if (objs.size() == 1) {
                    positions.add(s.position());
                    Placement p = objs.get(0).placement();
                    assertTrue(s.position().contains(p.cx(), p.cy(), 32), where + " at " + p);
                } else {
                    relations.add(s.relation());
                    assertRelationHolds(s.relation(), objs.get(0), objs.get(1), where);
                }
                if (objs.size() == 3) {
                    relations2.add(s.relation2());
                    assertNotEquals(s.relation().horizontal(), s.relation2().horizontal(), where);
                    assertRelationHolds(s.relation2(), objs.get(0), objs.get(2), where);
                }
            }
        }
        assertEquals(EnumSet.allOf(ShapeRelation.class), relations);
        assertEquals(EnumSet.allOf(ShapeRelation.class), relations2);
        assertEquals(EnumSet.allOf(ShapePosition.class), positions);
    }

    /** The relation holds on the boxes and is the dominant direction between the centres. */
    private static void assertRelationHolds(ShapeRelation rel, ShapeObject first, ShapeObject other, String where) {
        Placement a = first.placement(), b = other.placement();
        assertTrue(rel.holds(a, b), where + ": '" + rel.word() + "' does not hold for " + a + " " + b);
        double dx = Math.abs(a.cx() - b.cx()), dy = Math.abs(a.cy() - b.cy());
        assertTrue(rel.horizontal() ? dx > dy : dy > dx, where + ": '" + rel.word() + "' is not the dominant direction");
    }

    @Test
    void eachCountAndLettersAppearInAboutTheirShare() {
        int scenes = 3000, objects = 0, letterObjects = 0;
        int[] byCount = new int[4];
        Set<ShapeLetter> letters = EnumSet.noneOf(ShapeLetter.class);
        for (int i = 0; i < scenes; i++) {
            ShapesScene s = Shapes.scene(11, i);
            byCount[s.objects().size()]++;
            for (ShapeObject o : s.objects()) {
                objects++;
                if (o.shape() == ShapeKind.LETTER) {
                    letterObjects++;
                    letters.add(o.letter());
                }
            }
        }
        for (int n = 1; n <= 3; n++) {
            double share = byCount[n] / (double) scenes;
            assertTrue(share > 0.29 && share < 0.38, n + " objects in " + share + " of scenes");
        }
        double letterShare = letterObjects / (double) objects;
        assertTrue(letterShare > 0.21 && letterShare < 0.29, "letters are " + letterShare + " of objects");
        assertEquals(EnumSet.allOf(ShapeLetter.class), letters);
    }

    @Test
    void pixelsOfEachObjectHaveTheNamedColour() {
        Set<ShapeColour> colours = EnumSet.noneOf(ShapeColour.class);
        for (int i = 0; i < N; i++) {
            ShapesScene s = ShapesScene.fromAttributes(data.attributes().orElseThrow().get(i));
            float[] img = data.image(i);                                   // [3, 32, 32]
            for (ShapeObject o : s.objects()) {
                ShapeColour c = o.colour();
                colours.add(c);
                if (o.shape() == ShapeKind.LETTER) {
                    assertTrue(closestInBox(img, o.placement(), c) <= 12, i + ": no " + c.word() + " stroke in " + s.caption());
                } else {
                    int x = (int) Math.floor(o.placement().cx()), y = (int) Math.floor(o.placement().cy());
                    assertTrue(distance(img, x, y, c) <= 12, i + ": centre of " + o.phrase() + " in " + s.caption());
                }
            }
            float corner = img[0];                                          // a dark grey background
            if (s.objects().stream().noneMatch(o -> o.placement().minX() < 1 && o.placement().minY() < 1)) {
                assertTrue(corner < -0.5f, i + ": background corner " + corner);
            }
        }
        assertEquals(EnumSet.allOf(ShapeColour.class), colours);
    }

    /** The largest channel difference between the pixel at (x, y) of a [3, 32, 32] image and a colour, in 0..255. */
    private static double distance(float[] img, int x, int y, ShapeColour c) {
        int[] want = {c.red(), c.green(), c.blue()};
        double worst = 0;
        for (int ch = 0; ch < 3; ch++) worst = Math.max(worst, Math.abs((img[ch * 1024 + y * 32 + x] + 1) * 127.5 - want[ch]));
        return worst;
    }

    /** The smallest {@link #distance} to the colour over the pixels inside a box. */
    private static double closestInBox(float[] img, Placement p, ShapeColour c) {
        double best = Double.MAX_VALUE;
        for (int y = (int) Math.floor(p.minY()); y < Math.ceil(p.maxY()); y++) {
            for (int x = (int) Math.floor(p.minX()); x < Math.ceil(p.maxX()); x++) best = Math.min(best, distance(img, x, y, c));
        }
        return best;
    }

    @Test
    void lettersAreDrawnTheSameEachTimeInsideTheirBoxAndDifferFromEachOther() {
        for (ShapeSize size : ShapeSize.values()) {
            Placement box = new Placement(15.25, 16.5, size.half());
            ShapeLetter[] letters = ShapeLetter.values();
            int[][] drawn = new int[letters.length][];
            for (int l = 0; l < letters.length; l++) {
                drawn[l] = rgb(drawLetter(letters[l], size, box));
                assertArrayEquals(drawn[l], rgb(drawLetter(letters[l], size, box)), letters[l] + " drawn twice");
                assertOnlyInsideTheBox(drawn[l], box, letters[l] + " " + size.word());
            }
            for (int a = 0; a < letters.length; a++) {
                for (int b = a + 1; b < letters.length; b++) {
                    int differ = 0;
                    for (int i = 0; i < drawn[a].length; i++) {
                        if (Math.abs((drawn[a][i] & 0xFF) - (drawn[b][i] & 0xFF)) > 100) differ++;
                    }
                    assertTrue(differ >= 4,
                            letters[a] + " and " + letters[b] + " " + size.word() + " differ in only " + differ + " pixels");
                }
            }
        }
    }

    @Test
    void everyLetterHasPixelsInTheExactColourAtEveryQuarterPixelOffset() {
        for (ShapeLetter letter : ShapeLetter.values()) {
            for (ShapeSize size : ShapeSize.values()) {
                for (int q = 0; q < 16; q++) {
                    Placement box = new Placement(16 + (q % 4) * 0.25, 16 + (q / 4) * 0.25, size.half());
                    float[] img = Shapes.toChw(drawLetter(letter, size, box));
                    assertEquals(0, closestInBox(img, box, ShapeColour.WHITE), 0.5, letter + " " + size.word() + " at " + box);
                }
            }
        }
    }

    private static BufferedImage drawLetter(ShapeLetter letter, ShapeSize size, Placement box) {
        ShapeObject white = ShapeObject.ofLetter(letter, ShapeColour.WHITE, size, box);
        return Shapes.render(ShapesScene.single(white, ShapePosition.CENTRE), GREY);
    }

    private static int[] rgb(BufferedImage img) {
        return img.getRGB(0, 0, 32, 32, null, 0, 32);
    }

    private static void assertOnlyInsideTheBox(int[] rgb, Placement box, String what) {
        int inked = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                boolean inside = x + 1 > box.minX() && x < box.maxX() && y + 1 > box.minY() && y < box.maxY();
                boolean background = (rgb[y * 32 + x] & 0xFFFFFF) == (GREY << 16 | GREY << 8 | GREY);
                assertTrue(inside || background, what + " inks pixel (" + x + ", " + y + ") outside " + box);
                if (!background) inked++;
            }
        }
        assertTrue(inked > 10, what + " inks only " + inked + " pixels");
    }

    @Test
    void badAttributesAreClearErrors() {
        Map<String, String> base = ShapesScene.single(
                new ShapeObject(ShapeKind.SQUARE, ShapeColour.RED, ShapeSize.LARGE, new Placement(8, 16, 6.5)),
                ShapePosition.LEFT).toAttributes();
        assertError(base, a -> a.put("shape1", "hexagon"), "'shape1'", "hexagon", "circle, square, triangle, letter");
        assertError(base, a -> a.put("mood", "happy"), "unknown key 'mood'");
        assertError(base, a -> a.remove("colour1"), "missing key 'colour1'");
        assertError(base, a -> a.put("objects", "4"), "'objects' must be 1, 2 or 3", "'4'");
        assertError(base, a -> a.put("letter1", "z"), "'letter1' is only for a letter", "square");
        assertError(base, a -> a.put("shape1", "letter"), "missing key 'letter1'");
        assertError(base, a -> a.put("relation", "above"), "unknown key 'relation' for a 1-object scene");
        Map<String, String> three = threeObjects().toAttributes();
        assertError(three, a -> a.put("letter3", "q"), "'letter3'", "unknown letter 'q'", "h, l, t, u, v, x, y, z");
        assertError(three, a -> a.put("relation2", "right of"), "one horizontal and one vertical", "'left of' and 'right of'");
        assertError(three, a -> a.put("relation2", "beside"), "'relation2'", "unknown relation 'beside'");
        assertError(three, a -> a.remove("relation2"), "missing key 'relation2'");
        assertError(three, a -> a.put("colour3", "red"), "different colours", "[red, blue, red]");
        assertError(three, a -> a.put("box2", "1,2"), "'box2'", "bad box '1,2'");
        Map<String, String> two = new HashMap<>(three);
        two.put("objects", "2");
        assertError(two, a -> { }, "unknown key");
    }

    private static void assertError(Map<String, String> valid, Consumer<Map<String, String>> spoil, String... phrases) {
        Map<String, String> a = new HashMap<>(valid);
        spoil.accept(a);
        DatasetException e = assertThrows(DatasetException.class, () -> ShapesScene.fromAttributes(a));
        for (String phrase : phrases) {
            assertTrue(e.getMessage().contains(phrase), "'" + e.getMessage() + "' lacks " + phrase);
        }
    }

    /** "a small red circle to the left of a large blue square and above a small green letter t". */
    private static ShapesScene threeObjects() {
        return ShapesScene.triple(
                new ShapeObject(ShapeKind.CIRCLE, ShapeColour.RED, ShapeSize.SMALL, new Placement(6, 6, 4)),
                ShapeRelation.LEFT_OF,
                new ShapeObject(ShapeKind.SQUARE, ShapeColour.BLUE, ShapeSize.LARGE, new Placement(22, 8, 6.5)),
                ShapeRelation.ABOVE,
                ShapeObject.ofLetter(ShapeLetter.T, ShapeColour.GREEN, ShapeSize.SMALL, new Placement(7, 24, 4)));
    }
}
