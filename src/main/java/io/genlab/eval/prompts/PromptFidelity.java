package io.genlab.eval.prompts;

import io.genlab.data.Placement;
import io.genlab.data.ShapeKind;
import io.genlab.data.ShapeObject;
import io.genlab.data.ShapeRelation;
import io.genlab.data.Shapes;
import io.genlab.data.ShapesScene;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that say whether an image shows what its prompt says: the prompt's structure (a
 * {@link ShapesScene}) against the attribute judge's {@link SceneReading} of the image, attribute
 * by attribute ({@link Attribute} says what each means). Colours bind the two: every object of a
 * prompt has its own colour, so the prompt's red object is the image's red object. Pure
 * arithmetic on the reading; it knows nothing of the judge's network.
 */
public final class PromptFidelity {
    /**
     * How far two read boxes may overlap along a relation's axis, in pixels, and the relation
     * still hold. Shapes places related boxes at least 2 pixels apart, so a pixel of slack
     * forgives the judge's centres being off by up to 1.5 pixels between them, while objects
     * drawn on top of each other never count.
     */
    static final double RELATION_SLACK = 1.0;

    private PromptFidelity() {}

    /** Every attribute that applies to the prompt, with its verdict on the reading. */
    public static Map<Attribute, Verdict> score(ShapesScene prompt, SceneReading reading) {
        List<ShapeObject> objects = prompt.objects();
        Map<Attribute, Verdict> out = new EnumMap<>(Attribute.class);
        int colours = 0, kinds = 0, sizes = 0, letters = 0, letterObjects = 0;
        for (ShapeObject o : objects) {
            ColourReading r = reading.of(o.colour());
            if (r.present()) colours++;
            if (r.present() && r.kind() == o.shape()) kinds++;
            if (r.present() && r.size() == o.size()) sizes++;
            if (o.shape() == ShapeKind.LETTER) {
                letterObjects++;
                if (r.present() && r.kind() == ShapeKind.LETTER && r.letter() == o.letter()) letters++;
            }
        }
        out.put(Attribute.COLOUR, new Verdict(objects.size(), colours));
        out.put(Attribute.KIND, new Verdict(objects.size(), kinds));
        if (letterObjects > 0) out.put(Attribute.LETTER, new Verdict(letterObjects, letters));
        out.put(Attribute.SIZE, new Verdict(objects.size(), sizes));
        if (prompt.position() != null) {
            ColourReading r = reading.of(objects.get(0).colour());
            out.put(Attribute.POSITION, Verdict.of(r.present() && prompt.position().contains(r.cx(), r.cy(), Shapes.SIDE)));
        }
        if (prompt.relation() != null) {
            out.put(Attribute.RELATION, Verdict.of(relationHolds(prompt.relation(), reading.of(objects.get(0).colour()),
                    reading.of(objects.get(1).colour()))));
        }
        if (prompt.relation2() != null) {
            out.put(Attribute.RELATION2, Verdict.of(relationHolds(prompt.relation2(), reading.of(objects.get(0).colour()),
                    reading.of(objects.get(2).colour()))));
        }
        out.put(Attribute.COUNT, Verdict.of(reading.count() == objects.size()));
        out.put(Attribute.WHOLE, Verdict.of(out.values().stream().allMatch(Verdict::allRight)));
        return out;
    }

    /**
     * True if both colours are present and {@code first} stands in {@code relation} to
     * {@code second} as {@link ShapeRelation#holds} says of boxes: each read box is centred on
     * the read centre with the half-side of the read size, shrunk by half of
     * {@link #RELATION_SLACK}, and the boxes must be apart along the relation's axis (the other
     * axis does not matter).
     */
    static boolean relationHolds(ShapeRelation relation, ColourReading first, ColourReading second) {
        return first.present() && second.present() && relation.holds(box(first), box(second));
    }

    private static Placement box(ColourReading r) {
        return new Placement(r.cx(), r.cy(), r.size().half() - RELATION_SLACK / 2);
    }
}
