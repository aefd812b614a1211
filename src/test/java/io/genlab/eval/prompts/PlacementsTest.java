package io.genlab.eval.prompts;

import io.genlab.data.Placement;
import io.genlab.data.ShapeColour;
import io.genlab.data.ShapeLetter;
import io.genlab.data.ShapeObject;
import io.genlab.data.ShapePosition;
import io.genlab.data.ShapeRelation;
import io.genlab.data.ShapesScene;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.genlab.data.ShapeColour.BLUE;
import static io.genlab.data.ShapeColour.RED;
import static io.genlab.data.ShapeKind.CIRCLE;
import static io.genlab.data.ShapeSize.SMALL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Placements}: where the objects of one-object prompts were read, grouped by the place asked for. */
class PlacementsTest {
    /** A reading in which only {@code colour} is present, centred at (cx, cy); or nothing, with a NaN cx. */
    private static SceneReading reading(ShapeColour colour, double cx, double cy) {
        List<ColourReading> all = new ArrayList<>();
        for (ShapeColour c : ShapeColour.values()) {
            boolean present = c == colour && !Double.isNaN(cx);
            all.add(new ColourReading(c, present ? 0.9 : 0.1, CIRCLE, ShapeLetter.H, SMALL, present ? cx : 16, present ? cy : 16));
        }
        return new SceneReading(all);
    }

    private static ShapesScene single(ShapeColour colour, ShapePosition place) {
        return ShapesScene.single(new ShapeObject(CIRCLE, colour, SMALL, new Placement(16, 16, SMALL.half())), place);
    }

    @Test
    void groupsTheFoundCentresByThePlaceAskedForAndSkipsMissingColoursAndScenesWithoutAPlace() {
        List<ShapesScene> scenes = List.of(
                single(RED, ShapePosition.LEFT), single(BLUE, ShapePosition.LEFT), single(RED, ShapePosition.LEFT),
                single(RED, ShapePosition.TOP),
                ShapesScene.pair(new ShapeObject(CIRCLE, RED, SMALL, new Placement(8, 16, SMALL.half())), ShapeRelation.LEFT_OF,
                        new ShapeObject(CIRCLE, BLUE, SMALL, new Placement(24, 16, SMALL.half()))));
        List<SceneReading> readings = List.of(
                reading(RED, 4, 10), reading(BLUE, 20, 16), reading(RED, Double.NaN, 0),
                reading(RED, 16, 5),
                reading(RED, 8, 16));
        Placements p = Placements.of(scenes, readings);

        assertEquals(3, p.asked(ShapePosition.LEFT));
        assertEquals(2, p.centres(ShapePosition.LEFT).size(), "the third left prompt's colour was not found");
        assertArrayEquals(new double[]{12, 13}, p.meanCentre(ShapePosition.LEFT), 1e-12);
        assertEquals(0.5, p.inPlace(ShapePosition.LEFT), 1e-12, "x 4 is in the left third, x 20 is not");
        assertEquals(1, p.asked(ShapePosition.TOP));
        assertEquals(1.0, p.inPlace(ShapePosition.TOP), 1e-12);
        assertEquals(0, p.asked(ShapePosition.RIGHT), "the pair has a relation, not a place");
        assertTrue(Double.isNaN(p.meanCentre(ShapePosition.RIGHT)[0]) && Double.isNaN(p.inPlace(ShapePosition.RIGHT)));

        Map<String, Map<String, Double>> map = p.toMap();
        assertEquals(Map.of("asked", 3.0, "found", 2.0, "mean_x", 12.0, "mean_y", 13.0, "in_place", 0.5), map.get("left"));
        assertEquals(Map.of("asked", 0.0, "found", 0.0), map.get("right"));
        List<String> md = p.markdown("model", p, "real");
        assertEquals(2 + ShapePosition.values().length, md.size());
        assertEquals("| left | 3 | 2 | (12.0, 13.0) | 0.50 | (12.0, 13.0) | 0.50 |", md.get(2));
        assertEquals("| right | 0 | 0 | - | - | - | - |", md.get(3));
        List<String> text = p.text("model", p, "real");
        assertEquals(1 + ShapePosition.values().length, text.size());
        assertTrue(text.get(1).matches("left +3 +2 +\\(12\\.0, 13\\.0\\) 0\\.50 +\\(12\\.0, 13\\.0\\) 0\\.50"), text.get(1));
    }

    @Test
    void theFoundCentresAreDrawnWithTheTopOfThePictureAtTheTop() {
        Placements p = Placements.of(List.of(single(RED, ShapePosition.TOP)), List.of(reading(RED, 16, 2)));
        BufferedImage img = p.render("test");
        int topHalf = 0, bottomHalf = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (g > 130 && r < 60 && b > 80 && b < 150) {                        // the "top" colour, 0x009E73
                    if (y < img.getHeight() / 2) topHalf++;
                    else bottomHalf++;
                }
            }
        }
        assertTrue(topHalf > 20 && bottomHalf == 0, "pixels of the dot in the top half " + topHalf + ", bottom half " + bottomHalf);
    }

    @Test
    void readingsMustMatchThePrompts() {
        assertThrows(IllegalArgumentException.class, () -> Placements.of(List.of(single(RED, ShapePosition.TOP)), List.of()));
    }
}
