package io.genlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShapesTest {
    private static final int N = 500;
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
        assertEquals(List.of("circle", "square", "triangle"), data.classNames());
        Map<String, String> a = data.attributes().orElseThrow().get(0);
        assertEquals(ShapeKind.fromWord(a.get("shape1")).ordinal(), data.label(0));
    }

    @Test
    void sameSeedSamePixelsWhateverTheCount() {
        ImageDataset again = Shapes.generate(N, 42);
        for (int i = 0; i < N; i++) assertArrayEquals(data.image(i), again.image(i));
        ImageDataset fewer = Shapes.generate(20, 42);
        assertArrayEquals(data.image(19), fewer.image(19));
        assertEquals(data.captions().orElseThrow().subList(0, 20), fewer.captions().orElseThrow());
        ImageDataset other = Shapes.generate(20, 43);
        assertFalse(java.util.Arrays.equals(data.image(0), other.image(0)) && java.util.Arrays.equals(data.image(1), other.image(1)));
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
        ShapesScene two = ShapesScene.pair(
                new ShapeObject(ShapeKind.CIRCLE, ShapeColour.PURPLE, ShapeSize.SMALL, new Placement(16, 6, 4)),
                ShapeRelation.ABOVE,
                new ShapeObject(ShapeKind.SQUARE, ShapeColour.YELLOW, ShapeSize.LARGE, new Placement(16, 22, 6.5)));
        assertEquals("a small purple circle above a large yellow square", two.caption());
        assertEquals(two, ShapesScene.fromAttributes(two.toAttributes()));
    }

    @Test
    void geometryMatchesTheCaption() {
        Set<ShapeRelation> relations = EnumSet.noneOf(ShapeRelation.class);
        Set<ShapePosition> positions = EnumSet.noneOf(ShapePosition.class);
        for (int i = 0; i < N; i++) {
            ShapesScene s = ShapesScene.fromAttributes(data.attributes().orElseThrow().get(i));
            for (ShapeObject o : s.objects()) {
                Placement p = o.placement();
                assertTrue(p.minX() >= 0 && p.minY() >= 0 && p.maxX() <= 32 && p.maxY() <= 32, "on canvas: " + p);
                assertEquals(o.size().half(), p.half());
            }
            if (s.relation() != null) {
                relations.add(s.relation());
                Placement a = s.objects().get(0).placement(), b = s.objects().get(1).placement();
                assertTrue(s.relation().holds(a, b), i + ": " + s.caption() + " " + a + " " + b);
                assertFalse(a.overlaps(b), i + ": objects overlap");
                double dx = Math.abs(a.cx() - b.cx()), dy = Math.abs(a.cy() - b.cy());
                boolean horizontal = s.relation() == ShapeRelation.LEFT_OF || s.relation() == ShapeRelation.RIGHT_OF;
                assertTrue(horizontal ? dx > dy : dy > dx, i + ": relation is not the dominant direction");
            } else {
                positions.add(s.position());
                Placement p = s.objects().get(0).placement();
                assertTrue(s.position().contains(p.cx(), p.cy(), 32), i + ": " + s.caption() + " at " + p);
            }
        }
        assertEquals(EnumSet.allOf(ShapeRelation.class), relations);
        assertEquals(EnumSet.allOf(ShapePosition.class), positions);
    }

    @Test
    void pixelAtEachObjectCentreHasTheNamedColour() {
        Set<ShapeColour> colours = EnumSet.noneOf(ShapeColour.class);
        for (int i = 0; i < N; i++) {
            ShapesScene s = ShapesScene.fromAttributes(data.attributes().orElseThrow().get(i));
            float[] img = data.image(i);                                   // [3, 32, 32]
            for (ShapeObject o : s.objects()) {
                int x = (int) Math.floor(o.placement().cx()), y = (int) Math.floor(o.placement().cy());
                ShapeColour c = o.colour();
                colours.add(c);
                int[] want = {c.red(), c.green(), c.blue()};
                for (int ch = 0; ch < 3; ch++) {
                    float got = (img[ch * 1024 + y * 32 + x] + 1) * 127.5f;
                    assertEquals(want[ch], got, 12, i + ": " + s.caption() + " channel " + ch);
                }
            }
            float corner = img[0];                                          // a dark grey background
            if (s.objects().stream().noneMatch(o -> o.placement().minX() < 1 && o.placement().minY() < 1)) {
                assertTrue(corner < -0.5f, i + ": background corner " + corner);
            }
        }
        assertEquals(EnumSet.allOf(ShapeColour.class), colours);
    }

    @Test
    void badAttributesAreClearErrors() {
        Map<String, String> a = new HashMap<>(data.attributes().orElseThrow().get(0));
        a.put("shape1", "hexagon");
        DatasetException e = assertThrows(DatasetException.class, () -> ShapesScene.fromAttributes(a));
        assertTrue(e.getMessage().contains("hexagon") && e.getMessage().contains("circle, square, triangle"));
        Map<String, String> b = new HashMap<>(data.attributes().orElseThrow().get(0));
        b.put("mood", "happy");
        assertThrows(DatasetException.class, () -> ShapesScene.fromAttributes(b));
        Map<String, String> c = new HashMap<>(data.attributes().orElseThrow().get(0));
        c.remove("colour1");
        e = assertThrows(DatasetException.class, () -> ShapesScene.fromAttributes(c));
        assertTrue(e.getMessage().contains("colour1"));
    }
}
