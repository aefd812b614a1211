package io.genlab.ui.attention;

import io.genlab.train.TraceFrame;

import java.util.Locale;

/** The sentences the Attention view writes: what a map shows, which step it is, what a token is, why a model has none. */
final class AttentionTexts {
    /** The models whose attention the view can show, for the message about any other. */
    static final String WHICH_MODELS = "This view shows the attention of dit-s (a vision transformer: six blocks of attention among "
            + "the 49 patches of a 28x28 picture) and unet-s (one attention layer among the 49 positions of its 7x7 bottom).";

    private AttentionTexts() {}

    /** Why a model cannot be shown, and what to open instead. */
    static String noAttention(String model, String shipped) {
        String open = shipped == null ? "Train one, e.g. ./genlab train --model dit-s --dataset fashion --minutes 60"
                : "Open " + shipped + " (the button above), or train dit-s: ./genlab train --model dit-s --dataset fashion --minutes 60";
        return model + " has no attention layers. " + WHICH_MODELS + " " + open;
    }

    /** "token 24 (row 3, column 3)" on a grid {@code side} tokens wide. */
    static String token(int token, int side) {
        return String.format(Locale.ROOT, "token %d (row %d, column %d)", token, token / side, token % side);
    }

    /** What the map shows: "blocks.2.attn, mean of the 4 heads: where token 24 (row 3, column 3) looks". */
    static String headline(AttentionState s) {
        String who = s.head() == AttentionState.MEAN ? "mean of the " + s.heads() + " heads" : "head " + s.head();
        String what = s.mode() == AttentionState.Query.RECEIVED
                ? "how much attention each patch receives (averaged over all " + s.tokens() + " queries)"
                : "where " + token(s.query(), s.side()) + " looks";
        return s.layers().get(s.layer()) + ", " + who + ": " + what;
    }

    /** The player's caption: "step 30 of 50, t=400". */
    static String step(TraceFrame f) {
        return String.format(Locale.ROOT, "step %d of %d, %s", f.index() + 1, f.total(), f.caption());
    }

    /**
     * What the tokens of this model are, under the token grid and the positions table.
     *
     * @param positionWidth the numbers in each token's positional encoding, 0 if the model adds none
     */
    static String tokens(String model, int side, int patch, int height, int width, int positionWidth) {
        if (positionWidth == 0) {
            return String.format(Locale.ROOT, "%s's attention works on the %d positions of its %dx%d bottom feature map: each stands "
                    + "for a %dx%d patch of the %dx%d picture, numbered row by row. It adds no positional encoding: the convolutions "
                    + "before the attention already tell each position where it is.", model, side * side, side, side, patch, patch, height, width);
        }
        return String.format(Locale.ROOT, "A vision transformer does not see pixels. %s cuts the %dx%d picture into %dx%d patches, "
                + "%d tokens in a %dx%d grid, numbered row by row. Each patch becomes a token: a list of %d numbers. Attention only "
                + "mixes tokens and cannot tell where one came from, so every token first gets the fixed positional encoding on the "
                + "right added: row q is what token q gets, its first %d numbers from the token's row in the grid and the last %d "
                + "from its column, as sines and cosines of ever slower waves. Neighbouring tokens get similar rows, so the model "
                + "can tell near from far.", model, height, width, patch, patch, side * side, side, side, positionWidth,
                positionWidth / 2, positionWidth / 2);
    }

    /** The title of the positions table. */
    static String positionsTitle(int tokens, int width) {
        return String.format(Locale.ROOT, "Positional encoding: %d tokens (rows) x %d numbers", tokens, width);
    }
}
