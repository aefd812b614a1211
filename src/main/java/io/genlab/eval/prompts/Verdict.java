package io.genlab.eval.prompts;

/**
 * How many checks of one attribute an image had and how many were right: one per object for the
 * per-object attributes, one per image for the others.
 */
public record Verdict(int checked, int right) {
    public Verdict {
        if (checked < 1 || right < 0 || right > checked) throw new IllegalArgumentException("bad verdict " + right + " of " + checked);
    }

    /** One check, right or wrong. */
    static Verdict of(boolean right) { return new Verdict(1, right ? 1 : 0); }

    /** Every check right. */
    public boolean allRight() { return right == checked; }
}
