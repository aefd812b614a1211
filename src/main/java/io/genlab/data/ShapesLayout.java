package io.genlab.data;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws a random {@link ShapesScene} on the 32x32 canvas: picks the objects and places them so
 * the caption is true — a single object's centre lies in its named region, and an object in a
 * relation to the first has its bounding box at least {@link #GAP} pixels apart from the first's
 * along the relation's axis and close along the other. No two boxes overlap and every box keeps
 * {@link #MARGIN} from the edge. It only decides geometry; {@link Shapes} renders.
 */
final class ShapesLayout {
    /** The canvas side in pixels. */
    static final int SIDE = 32;
    /** Free pixels kept between an object's box and the canvas edge. */
    static final double MARGIN = 1;
    /** Free pixels between two objects' boxes along the relation's axis. */
    static final double GAP = 2;
    /** How far a related object's centre may stray from the first's across the relation's axis. */
    private static final double ACROSS = 3;
    private static final ShapeRelation[] HORIZONTAL = {ShapeRelation.LEFT_OF, ShapeRelation.RIGHT_OF};
    private static final ShapeRelation[] VERTICAL = {ShapeRelation.ABOVE, ShapeRelation.BELOW};

    private ShapesLayout() {}

    /** A random scene of one, two or three objects (a third of the time each), all of different colours. */
    static ShapesScene randomScene(Random r) {
        int n = 1 + r.nextInt(3);
        List<Drawn> drawn = new ArrayList<>();
        Set<ShapeColour> used = EnumSet.noneOf(ShapeColour.class);
        for (int k = 0; k < n; k++) drawn.add(Drawn.random(r, used));
        if (n == 1) {
            ShapePosition pos = pick(r, ShapePosition.values());
            return ShapesScene.single(drawn.get(0).at(placeSingle(r, pos, drawn.get(0).size.half())), pos);
        }
        ShapeRelation rel = pick(r, ShapeRelation.values());
        if (n == 2) {
            Placement[] p = placePair(r, rel, drawn.get(0).size.half(), drawn.get(1).size.half());
            return ShapesScene.pair(drawn.get(0).at(p[0]), rel, drawn.get(1).at(p[1]));
        }
        ShapeRelation rel2 = pick(r, rel.horizontal() ? VERTICAL : HORIZONTAL);
        Placement[] p = placeTriple(r, rel, rel2, drawn.get(0).size.half(), drawn.get(1).size.half(),
                drawn.get(2).size.half());
        return ShapesScene.triple(drawn.get(0).at(p[0]), rel, drawn.get(1).at(p[1]), rel2, drawn.get(2).at(p[2]));
    }

    /** An object's look before it is placed. */
    private record Drawn(ShapeKind shape, ShapeLetter letter, ShapeColour colour, ShapeSize size) {
        /** A random look, in a colour not yet in {@code used}, which it then joins. */
        static Drawn random(Random r, Set<ShapeColour> used) {
            ShapeKind shape = pick(r, ShapeKind.values());
            ShapeLetter letter = shape == ShapeKind.LETTER ? pick(r, ShapeLetter.values()) : null;
            ShapeColour colour;
            do colour = pick(r, ShapeColour.values()); while (used.contains(colour));
            used.add(colour);
            return new Drawn(shape, letter, colour, pick(r, ShapeSize.values()));
        }

        ShapeObject at(Placement p) { return new ShapeObject(shape, letter, colour, size, p); }
    }

    /** A centre inside the position's region, the whole box on the canvas. */
    private static Placement placeSingle(Random r, ShapePosition pos, double h) {
        double mid = SIDE / 2.0;
        double lo = MARGIN + h, third = SIDE / 3.0 - 0.5;
        double along = lo + r.nextDouble() * (third - lo);    // distance of the centre from its edge
        double across = mid + (r.nextDouble() * 2 - 1) * 3;  // jitter on the other axis
        return switch (pos) {
            case LEFT -> place(along, across, h);
            case RIGHT -> place(SIDE - along, across, h);
            case TOP -> place(across, along, h);
            case BOTTOM -> place(across, SIDE - along, h);
            case CENTRE -> place(mid + (r.nextDouble() * 2 - 1) * 2, mid + (r.nextDouble() * 2 - 1) * 2, h);
        };
    }

    /** Two boxes apart along the relation's axis, both near the middle across it: [first, second]. */
    private static Placement[] placePair(Random r, ShapeRelation rel, double ha, double hb) {
        double[] along = apart(r, rel, ha, hb);
        double mid = SIDE / 2.0;
        double acrossA = mid + (r.nextDouble() * 2 - 1) * ACROSS, acrossB = mid + (r.nextDouble() * 2 - 1) * ACROSS;
        return new Placement[]{oriented(rel, along[0], acrossA, ha), oriented(rel, along[1], acrossB, hb)};
    }

    /**
     * Three boxes, [first, second, third]: the first apart from the second along {@code rel}'s axis
     * and from the third along {@code rel2}'s, each partner close to the first across its axis. The
     * first's x comes from the horizontal relation and its y from the vertical one. Redrawn, from
     * the same random stream, while the second and third overlap.
     */
    private static Placement[] placeTriple(Random r, ShapeRelation rel, ShapeRelation rel2,
                                           double ha, double hb, double hc) {
        Placement first, second, third;
        do {
            double[] along = apart(r, rel, ha, hb);       // [first, second] along rel's axis
            double[] along2 = apart(r, rel2, ha, hc);     // [first, third] along rel2's axis
            double acrossB = nearby(r, along2[0], hb), acrossC = nearby(r, along[0], hc);
            first = oriented(rel, along[0], along2[0], ha);
            second = oriented(rel, along[1], acrossB, hb);
            third = oriented(rel2, along2[1], acrossC, hc);
        } while (second.overlaps(third));
        return new Placement[]{first, second, third};
    }

    /**
     * Centres of two boxes along {@code rel}'s axis, [first, second], with the boxes at least
     * {@link #GAP} apart in the relation's order and both on the canvas.
     */
    private static double[] apart(Random r, ShapeRelation rel, double ha, double hb) {
        boolean firstLow = rel == ShapeRelation.LEFT_OF || rel == ShapeRelation.ABOVE;  // first has the smaller coordinate
        double hLow = firstLow ? ha : hb, hHigh = firstLow ? hb : ha;
        double free = SIDE - 2 * MARGIN - 2 * hLow - 2 * hHigh - GAP;               // >= 2 for two large objects
        double s1 = r.nextDouble(), s2 = r.nextDouble();
        double before = free * Math.min(s1, s2), between = free * Math.abs(s1 - s2);
        double lowC = MARGIN + before + hLow;
        double highC = lowC + hLow + GAP + between + hHigh;
        return firstLow ? new double[]{lowC, highC} : new double[]{highC, lowC};
    }

    /** A centre within {@link #ACROSS} of {@code c}, moved in if needed so a box of half {@code h} stays on the canvas. */
    private static double nearby(Random r, double c, double h) {
        double jittered = c + (r.nextDouble() * 2 - 1) * ACROSS;
        return Math.max(MARGIN + h, Math.min(SIDE - MARGIN - h, jittered));
    }

    /** A box with centre {@code along} on the relation's axis and {@code across} on the other. */
    private static Placement oriented(ShapeRelation rel, double along, double across, double h) {
        return rel.horizontal() ? place(along, across, h) : place(across, along, h);
    }

    /** Rounds the centre to a quarter pixel, so attributes print short and exact. */
    private static Placement place(double cx, double cy, double h) {
        return new Placement(Math.round(cx * 4) / 4.0, Math.round(cy * 4) / 4.0, h);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
