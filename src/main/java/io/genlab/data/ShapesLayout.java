package io.genlab.data;

import java.util.Random;

/**
 * Draws a random {@link ShapesScene} on the 32x32 canvas: picks the objects and places them so
 * the caption is true — a single object's centre lies in its named region, and two objects'
 * bounding boxes are at least {@link #GAP} pixels apart along the relation's axis and close
 * along the other. It only decides geometry; {@link Shapes} renders.
 */
final class ShapesLayout {
    /** The canvas side in pixels. */
    static final int SIDE = 32;
    /** Free pixels kept between an object's box and the canvas edge. */
    static final double MARGIN = 1;
    /** Free pixels between two objects' boxes along the relation's axis. */
    static final double GAP = 2;

    private ShapesLayout() {}

    /** A random scene: one object half of the time, two objects of different colours otherwise. */
    static ShapesScene randomScene(Random r) {
        ShapeKind shape = pick(r, ShapeKind.values());
        ShapeColour colour = pick(r, ShapeColour.values());
        ShapeSize size = pick(r, ShapeSize.values());
        if (r.nextBoolean()) {
            ShapePosition pos = pick(r, ShapePosition.values());
            return ShapesScene.single(new ShapeObject(shape, colour, size, placeSingle(r, pos, size.half())), pos);
        }
        ShapeKind shape2 = pick(r, ShapeKind.values());
        ShapeColour colour2;
        do colour2 = pick(r, ShapeColour.values()); while (colour2 == colour);
        ShapeSize size2 = pick(r, ShapeSize.values());
        ShapeRelation rel = pick(r, ShapeRelation.values());
        Placement[] p = placePair(r, rel, size.half(), size2.half());
        return ShapesScene.pair(new ShapeObject(shape, colour, size, p[0]), rel,
                new ShapeObject(shape2, colour2, size2, p[1]));
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

    /** Two boxes apart along the relation's axis: [first, second]. */
    private static Placement[] placePair(Random r, ShapeRelation rel, double ha, double hb) {
        boolean firstLow = rel == ShapeRelation.LEFT_OF || rel == ShapeRelation.ABOVE;  // first has the smaller coordinate
        double hLow = firstLow ? ha : hb, hHigh = firstLow ? hb : ha;
        double free = SIDE - 2 * MARGIN - 2 * hLow - 2 * hHigh - GAP;               // >= 2 for two large objects
        double s1 = r.nextDouble(), s2 = r.nextDouble();
        double before = free * Math.min(s1, s2), between = free * Math.abs(s1 - s2);
        double lowC = MARGIN + before + hLow;
        double highC = lowC + hLow + GAP + between + hHigh;
        double mid = SIDE / 2.0;
        double lowAcross = mid + (r.nextDouble() * 2 - 1) * 3, highAcross = mid + (r.nextDouble() * 2 - 1) * 3;
        boolean horizontal = rel == ShapeRelation.LEFT_OF || rel == ShapeRelation.RIGHT_OF;
        Placement low = horizontal ? place(lowC, lowAcross, hLow) : place(lowAcross, lowC, hLow);
        Placement high = horizontal ? place(highC, highAcross, hHigh) : place(highAcross, highC, hHigh);
        return firstLow ? new Placement[]{low, high} : new Placement[]{high, low};
    }

    /** Rounds the centre to a quarter pixel, so attributes print short and exact. */
    private static Placement place(double cx, double cy, double h) {
        return new Placement(Math.round(cx * 4) / 4.0, Math.round(cy * 4) / 4.0, h);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
