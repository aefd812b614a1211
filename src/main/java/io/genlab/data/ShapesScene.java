package io.genlab.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What one {@link Shapes} image shows, as structure: one object with a position; two objects with
 * the relation of the first to the second; or three objects, the first of which stands in one
 * horizontal and one vertical relation to the other two. Every object has its own colour, so a
 * colour names one object. The caption and the attribute map are both generated from this
 * record, so they always agree.
 *
 * <p>Caption grammar, where OBJECT is {@code a SIZE COLOUR SHAPE} ("a small purple circle") or
 * {@code a SIZE COLOUR letter L} ("a large red letter z"):
 * <ul>
 *   <li>one object: {@code OBJECT POSITION} ("a large red triangle at the left",
 *       "a small blue letter z in the centre");
 *   <li>two: {@code OBJECT RELATION OBJECT} ("a small purple circle above a large yellow square");
 *   <li>three: {@code OBJECT RELATION OBJECT and RELATION2 OBJECT} ("a small red circle to the left
 *       of a large blue square and above a small green letter t"), RELATION and RELATION2 on
 *       different axes, in either order.
 * </ul>
 *
 * <p>Attribute keys: {@code objects} ("1", "2" or "3"); per object k = 1..objects: {@code shapeK}
 * (circle, square, triangle, letter), {@code letterK} (only for a letter: h, l, t, u, v, x, y, z),
 * {@code colourK}, {@code sizeK}, {@code boxK} ("cx,cy,half" in pixels); then {@code position}
 * for one object, {@code relation} (first to second) for two or three, and {@code relation2}
 * (first to third) for three.
 *
 * @param objects   one to three objects, in caption order, of different colours
 * @param position  where the single object is; null for two or three objects
 * @param relation  how objects[0] stands to objects[1]; null for one object
 * @param relation2 how objects[0] stands to objects[2], on the other axis than {@code relation};
 *                  null for one or two objects
 */
public record ShapesScene(List<ShapeObject> objects, ShapePosition position, ShapeRelation relation,
                          ShapeRelation relation2) {
    public ShapesScene {
        objects = List.copyOf(objects);
        int n = objects.size();
        if (n < 1 || n > 3) throw new IllegalArgumentException("a scene has one to three objects, got " + n);
        if ((position != null) != (n == 1)) {
            throw new IllegalArgumentException("a one-object scene needs a position, and only it has one");
        }
        if ((relation != null) != (n >= 2)) {
            throw new IllegalArgumentException("a scene of two or three objects needs a relation, and only it has one");
        }
        if ((relation2 != null) != (n == 3)) {
            throw new IllegalArgumentException("a three-object scene needs a second relation, and only it has one");
        }
        if (n == 3 && relation.horizontal() == relation2.horizontal()) {
            throw new IllegalArgumentException("the relations of a three-object scene must be one horizontal and one"
                    + " vertical, got '" + relation.word() + "' and '" + relation2.word() + "'");
        }
        if (objects.stream().map(ShapeObject::colour).distinct().count() < n) {
            throw new IllegalArgumentException("the objects of a scene must have different colours, got "
                    + objects.stream().map(o -> o.colour().word()).toList());
        }
    }

    /** A one-object scene. */
    public static ShapesScene single(ShapeObject object, ShapePosition position) {
        return new ShapesScene(List.of(object), position, null, null);
    }

    /** A two-object scene: {@code first} stands in {@code relation} to {@code second}. */
    public static ShapesScene pair(ShapeObject first, ShapeRelation relation, ShapeObject second) {
        return new ShapesScene(List.of(first, second), null, relation, null);
    }

    /**
     * A three-object scene: {@code first} stands in {@code relation} to {@code second} and in
     * {@code relation2} to {@code third}.
     */
    public static ShapesScene triple(ShapeObject first, ShapeRelation relation, ShapeObject second,
                                     ShapeRelation relation2, ShapeObject third) {
        return new ShapesScene(List.of(first, second, third), null, relation, relation2);
    }

    /** The class label of the image: the shape of the first object (0 circle, 1 square, 2 triangle, 3 letter). */
    public int label() { return objects.get(0).shape().ordinal(); }

    /** The caption, built from the structure; see the class comment for the grammar. */
    public String caption() {
        String first = objects.get(0).phrase();
        return switch (objects.size()) {
            case 1 -> first + " " + position.phrase();
            case 2 -> first + " " + relation.phrase() + " " + objects.get(1).phrase();
            default -> first + " " + relation.phrase() + " " + objects.get(1).phrase()
                    + " and " + relation2.phrase() + " " + objects.get(2).phrase();
        };
    }

    /** The structure as string attributes, in a fixed key order. */
    public Map<String, String> toAttributes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("objects", Integer.toString(objects.size()));
        for (int k = 1; k <= objects.size(); k++) {
            ShapeObject o = objects.get(k - 1);
            m.put("shape" + k, o.shape().word());
            if (o.letter() != null) m.put("letter" + k, o.letter().word());
            m.put("colour" + k, o.colour().word());
            m.put("size" + k, o.size().word());
            m.put("box" + k, o.placement().format());
        }
        if (position != null) m.put("position", position.word());
        if (relation != null) m.put("relation", relation.word());
        if (relation2 != null) m.put("relation2", relation2.word());
        return m;
    }

    /** Reads {@link #toAttributes()}'s output back; a missing, unknown or bad key is a {@link DatasetException}. */
    public static ShapesScene fromAttributes(Map<String, String> a) {
        String count = require(a, "objects");
        if (!List.of("1", "2", "3").contains(count)) {
            throw new DatasetException("shapes attributes: 'objects' must be 1, 2 or 3, got '" + count + "'");
        }
        int n = Integer.parseInt(count);
        Set<String> allowed = new HashSet<>(List.of("objects"));
        allowed.addAll(switch (n) {
            case 1 -> List.of("position");
            case 2 -> List.of("relation");
            default -> List.of("relation", "relation2");
        });
        List<ShapeObject> objs = new ArrayList<>();
        for (int k = 1; k <= n; k++) objs.add(object(a, k, allowed));
        for (String key : a.keySet()) {
            if (!allowed.contains(key)) {
                throw new DatasetException("shapes attributes: unknown key '" + key + "' for a " + n + "-object scene");
            }
        }
        try {
            return switch (n) {
                case 1 -> single(objs.get(0), parse(a, "position", ShapePosition::fromWord));
                case 2 -> pair(objs.get(0), parse(a, "relation", ShapeRelation::fromWord), objs.get(1));
                default -> triple(objs.get(0), parse(a, "relation", ShapeRelation::fromWord), objs.get(1),
                        parse(a, "relation2", ShapeRelation::fromWord), objs.get(2));
            };
        } catch (IllegalArgumentException e) {
            throw new DatasetException("shapes attributes: " + e.getMessage());
        }
    }

    /** Object k's keys, which it adds to {@code allowed}; {@code letterK} belongs to letters only. */
    private static ShapeObject object(Map<String, String> a, int k, Set<String> allowed) {
        ShapeKind shape = parse(a, "shape" + k, ShapeKind::fromWord);
        ShapeLetter letter = null;
        if (shape == ShapeKind.LETTER) {
            letter = parse(a, "letter" + k, ShapeLetter::fromWord);
            allowed.add("letter" + k);
        } else if (a.containsKey("letter" + k)) {
            throw new DatasetException("shapes attributes: 'letter" + k + "' is only for a letter, but object " + k
                    + " is a " + shape.word());
        }
        allowed.addAll(List.of("shape" + k, "colour" + k, "size" + k, "box" + k));
        return new ShapeObject(shape, letter, parse(a, "colour" + k, ShapeColour::fromWord),
                parse(a, "size" + k, ShapeSize::fromWord), parse(a, "box" + k, Placement::parse));
    }

    /** The value of a required key, parsed; a bad value's error names the key. */
    private static <T> T parse(Map<String, String> a, String key, Function<String, T> parser) {
        String value = require(a, key);
        try {
            return parser.apply(value);
        } catch (DatasetException e) {
            throw new DatasetException("shapes attributes: '" + key + "': " + e.getMessage());
        }
    }

    private static String require(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) throw new DatasetException("shapes attributes: missing key '" + key + "'");
        return v;
    }
}
