package io.genlab.data;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one {@link Shapes} image shows, as structure: one object with a position, or two objects
 * with the relation of the first to the second. The caption and the attribute map are both
 * generated from this record, so they always agree.
 *
 * <p>Caption grammar: {@code a SIZE COLOUR SHAPE POSITION} ("a large red triangle at the left",
 * "a small blue circle in the centre"), or {@code a SIZE COLOUR SHAPE RELATION a SIZE COLOUR SHAPE}
 * ("a small purple circle above a large yellow square", "... to the left of ...").
 *
 * <p>Attribute keys: {@code objects} ("1" or "2"); per object k = 1, 2: {@code shapeK},
 * {@code colourK}, {@code sizeK}, {@code boxK} ("cx,cy,half" in pixels); then {@code position}
 * for one object or {@code relation} for two.
 *
 * @param objects  one or two objects, in caption order
 * @param position where the single object is; null for two objects
 * @param relation how objects[0] stands to objects[1]; null for one object
 */
public record ShapesScene(List<ShapeObject> objects, ShapePosition position, ShapeRelation relation) {
    public ShapesScene {
        objects = List.copyOf(objects);
        if (objects.size() == 1 && (position == null || relation != null)) {
            throw new IllegalArgumentException("a one-object scene needs a position and no relation");
        }
        if (objects.size() == 2 && (position != null || relation == null)) {
            throw new IllegalArgumentException("a two-object scene needs a relation and no position");
        }
        if (objects.size() != 1 && objects.size() != 2) {
            throw new IllegalArgumentException("a scene has one or two objects, got " + objects.size());
        }
    }

    /** A one-object scene. */
    public static ShapesScene single(ShapeObject object, ShapePosition position) {
        return new ShapesScene(List.of(object), position, null);
    }

    /** A two-object scene: {@code first} stands in {@code relation} to {@code second}. */
    public static ShapesScene pair(ShapeObject first, ShapeRelation relation, ShapeObject second) {
        return new ShapesScene(List.of(first, second), null, relation);
    }

    /** The class label of the image: the shape of the first object (0 circle, 1 square, 2 triangle). */
    public int label() { return objects.get(0).shape().ordinal(); }

    /** The caption, built from the structure; see the class comment for the grammar. */
    public String caption() {
        if (objects.size() == 1) return objects.get(0).phrase() + " " + position.phrase();
        return objects.get(0).phrase() + " " + relation.phrase() + " " + objects.get(1).phrase();
    }

    /** The structure as string attributes, in a fixed key order. */
    public Map<String, String> toAttributes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("objects", Integer.toString(objects.size()));
        for (int k = 1; k <= objects.size(); k++) {
            ShapeObject o = objects.get(k - 1);
            m.put("shape" + k, o.shape().word());
            m.put("colour" + k, o.colour().word());
            m.put("size" + k, o.size().word());
            m.put("box" + k, o.placement().format());
        }
        if (position != null) m.put("position", position.word());
        if (relation != null) m.put("relation", relation.word());
        return m;
    }

    /** Reads {@link #toAttributes()}'s output back; a missing, unknown or bad key is a {@link DatasetException}. */
    public static ShapesScene fromAttributes(Map<String, String> a) {
        String count = require(a, "objects");
        if (!count.equals("1") && !count.equals("2")) {
            throw new DatasetException("shapes attributes: 'objects' must be 1 or 2, got '" + count + "'");
        }
        int n = Integer.parseInt(count);
        Set<String> allowed = new HashSet<>(List.of("objects", n == 1 ? "position" : "relation"));
        ShapeObject[] objs = new ShapeObject[n];
        for (int k = 1; k <= n; k++) {
            allowed.addAll(List.of("shape" + k, "colour" + k, "size" + k, "box" + k));
            objs[k - 1] = new ShapeObject(ShapeKind.fromWord(require(a, "shape" + k)),
                    ShapeColour.fromWord(require(a, "colour" + k)), ShapeSize.fromWord(require(a, "size" + k)),
                    Placement.parse(require(a, "box" + k)));
        }
        for (String key : a.keySet()) {
            if (!allowed.contains(key)) {
                throw new DatasetException("shapes attributes: unknown key '" + key + "' for a " + n + "-object scene");
            }
        }
        return n == 1 ? single(objs[0], ShapePosition.fromWord(require(a, "position")))
                : pair(objs[0], ShapeRelation.fromWord(require(a, "relation")), objs[1]);
    }

    private static String require(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) throw new DatasetException("shapes attributes: missing key '" + key + "'");
        return v;
    }
}
