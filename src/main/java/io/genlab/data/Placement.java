package io.genlab.data;

/**
 * Where an object was drawn on a {@link Shapes} canvas: its centre and the half-side of its
 * square bounding box, in pixels (x right, y down; pixel (i, j) covers [i, i+1) x [j, j+1)).
 * A circle's radius, half a square's side, and half a triangle's base are all {@code half}.
 */
public record Placement(double cx, double cy, double half) {
    public Placement {
        if (!(half > 0) || !Double.isFinite(cx) || !Double.isFinite(cy)) {
            throw new IllegalArgumentException("bad placement (" + cx + ", " + cy + ", half " + half + ")");
        }
    }

    public double minX() { return cx - half; }
    public double maxX() { return cx + half; }
    public double minY() { return cy - half; }
    public double maxY() { return cy + half; }

    /** True if the two bounding boxes share any point. */
    public boolean overlaps(Placement o) {
        return minX() <= o.maxX() && o.minX() <= maxX() && minY() <= o.maxY() && o.minY() <= maxY();
    }

    /** "cx,cy,half", the attribute form; {@link #parse} reads it back. */
    public String format() { return cx + "," + cy + "," + half; }

    /** Reads {@link #format()}'s output. */
    public static Placement parse(String s) {
        String[] p = s.split(",");
        try {
            if (p.length != 3) throw new NumberFormatException();
            return new Placement(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]));
        } catch (IllegalArgumentException e) {
            throw new DatasetException("bad box '" + s + "'; expected cx,cy,half with half > 0");
        }
    }
}
