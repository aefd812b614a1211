package io.genlab.eval.prompts;

import io.genlab.data.ShapeColour;

import java.util.List;

/** The attribute judge's reading of one image: one {@link ColourReading} for each of the 8 colours, in {@link ShapeColour} order. */
public record SceneReading(List<ColourReading> colours) {
    public SceneReading {
        colours = List.copyOf(colours);
        if (colours.size() != ShapeColour.values().length) {
            throw new IllegalArgumentException("a reading has one entry per colour (" + ShapeColour.values().length + "), got " + colours.size());
        }
        for (int c = 0; c < colours.size(); c++) {
            if (colours.get(c).colour().ordinal() != c) throw new IllegalArgumentException("reading " + c + " is of " + colours.get(c).colour());
        }
    }

    /** The reading of one colour. */
    public ColourReading of(ShapeColour colour) { return colours.get(colour.ordinal()); }

    /** How many colours are present. */
    public int count() { return (int) colours.stream().filter(ColourReading::present).count(); }
}
