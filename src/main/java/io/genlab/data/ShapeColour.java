package io.genlab.data;

import java.util.Arrays;
import java.util.Locale;

/** A named fill colour of a {@link Shapes} object, with the exact sRGB value it is drawn in. */
public enum ShapeColour {
    RED(220, 40, 40), GREEN(40, 180, 60), BLUE(50, 90, 235), YELLOW(240, 220, 40),
    PURPLE(150, 60, 200), ORANGE(245, 140, 30), WHITE(240, 240, 240), CYAN(40, 210, 220);

    private final int r, g, b;

    ShapeColour(int r, int g, int b) {
        this.r = r;
        this.g = g;
        this.b = b;
    }

    /** The caption word, e.g. "purple". */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    /** 0xRRGGBB. */
    public int rgb() { return (r << 16) | (g << 8) | b; }

    public int red() { return r; }
    public int green() { return g; }
    public int blue() { return b; }

    /** Parses a caption word; a {@link DatasetException} lists the valid words otherwise. */
    public static ShapeColour fromWord(String word) {
        for (ShapeColour c : values()) if (c.word().equals(word)) return c;
        throw new DatasetException("unknown colour '" + word + "'; valid: "
                + String.join(", ", Arrays.stream(values()).map(ShapeColour::word).toList()));
    }
}
