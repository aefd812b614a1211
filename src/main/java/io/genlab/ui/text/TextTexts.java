package io.genlab.ui.text;

import io.genlab.text.TextEncoder;
import io.genlab.text.Tokenizer;
import io.genlab.train.TraceFrame;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sentences the Text view writes: what the tokens are, what the vectors and maps show, which step it is, which models it needs. */
final class TextTexts {
    /** How to make a text model when none ships. */
    static final String TRAIN = "./genlab train --model unet-s-text --dataset shapes --minutes 60";

    /** Under the title of the exported vectors. */
    static final String VECTORS_SUBTITLE = "each token a row of numbers: embedded (word + slot), then encoded (after the text encoder)";

    private TextTexts() {}

    /** Why there is nothing to show yet: no model, or none that reads text, and what to open instead. */
    static String noTextModel(String model, String shipped) {
        String open = shipped == null
                ? "No text-conditioned model is installed (lesson 8's " + TextView.SHIPPED + " is not in lessons/models). Train one: " + TRAIN
                + ", then open its run folder in the toolbar."
                : "Choose a text model above (" + shipped + " ships with the lessons), or train one: " + TRAIN + ".";
        String what = model == null ? "No model is open." : model + " is conditioned on classes, not on text: you choose a class, it never reads words.";
        return what + " This view needs a text-conditioned model such as unet-s-text, which draws what a prompt says. " + open;
    }

    /** Under the chips: the unknown words, the empty prompt, or how many of the slots the prompt fills. */
    static String note(Tokenizer.Tokens tokens) {
        if (!tokens.unknown().isEmpty()) {
            String words = tokens.unknown().stream().distinct().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
            String all = tokens.allUnknown() ? " It knows none of the words, so it cannot draw this prompt." : "";
            return "The model does not know " + words + ": it reads " + (tokens.unknown().size() == 1 ? "it" : "each") + " as "
                    + Tokenizer.UNKNOWN + " (id " + Tokenizer.UNKNOWN_ID + "), a token that means nothing to it." + all;
        }
        if (tokens.tokens().equals(List.of(Tokenizer.EMPTY))) {
            return "The empty prompt is one token, " + Tokenizer.EMPTY + " (id " + Tokenizer.EMPTY_ID + "): what the model draws when told "
                    + "nothing, and what guidance pushes away from.";
        }
        return String.format(Locale.ROOT, "%d tokens of at most %d; the other %d slots hold %s (id %d), which the model does not look at.",
                tokens.length(), Tokenizer.MAX_TOKENS, Tokenizer.MAX_TOKENS - tokens.length(), Tokenizer.PAD, Tokenizer.PAD_ID);
    }

    /** Under the vectors: what a row is, and what the encoder changes. */
    static String vectors(int width) {
        return String.format(Locale.ROOT, "Each token becomes a list of %d numbers, one row here (blue below zero, red above, white 0). "
                + "Embedded: the word's learned vector plus the vector of its slot, so the same word gets nearly the same row wherever it "
                + "stands. Encoded: after the text encoder's %d layers, in which every token attends to the others, each row also carries "
                + "its neighbours: 'circle' after 'purple' is not 'circle' after 'yellow'. The picture's cross-attention reads the "
                + "encoded rows.", width, TextEncoder.LAYERS);
    }

    /** The player's caption: "step 30 of 50, t=400". */
    static String step(TraceFrame f) {
        return String.format(Locale.ROOT, "step %d of %d, %s", f.index() + 1, f.total(), f.caption());
    }

    /** What the pictures of a step show: "Step 50 of 50, t=0: where each word is read in sample #1, over its predicted x0". */
    static String headline(TextState s) {
        return String.format(Locale.ROOT, "%s: where each word is read in sample #%d, over its %s", capitalised(step(s.frame())),
                s.sample() + 1, s.noisy() ? "noisy x_t" : "predicted x0");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
