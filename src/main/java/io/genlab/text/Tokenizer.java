package io.genlab.text;

import io.genlab.data.CaptionWords;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-level tokenizer of a text-conditioned model: a prompt is lower-cased, split into words at
 * every character that is not a letter or a digit, and each word becomes its id in the
 * vocabulary, built from the training captions and saved with the model.
 *
 * <p>Ids 0..2 are special: {@link #PAD} fills the rest of the {@link #MAX_TOKENS} slots,
 * {@link #UNKNOWN} stands for a word the captions never had, {@link #EMPTY} is the whole of the
 * empty prompt (what classifier-free guidance compares against). Words follow from id 3 in
 * vocabulary order. A word the model does not know is never dropped: it becomes {@link #UNKNOWN}
 * and is listed in {@link Tokens#unknown()}, for the user to see.
 */
public final class Tokenizer {
    public static final String PAD = "<pad>", UNKNOWN = "<unk>", EMPTY = "<empty>";
    public static final int PAD_ID = 0, UNKNOWN_ID = 1, EMPTY_ID = 2;
    /** Slots per prompt: the longest prompt a model reads, in words. */
    public static final int MAX_TOKENS = 32;
    private static final int SPECIALS = 3;

    private final List<String> vocabulary;
    private final Map<String, Integer> ids = new HashMap<>();

    /** @param vocabulary the words, distinct, lower-case, each made of letters and digits only */
    public Tokenizer(List<String> vocabulary) {
        this.vocabulary = List.copyOf(vocabulary);
        for (String w : this.vocabulary) {
            if (!words(w).equals(List.of(w))) {
                throw new IllegalArgumentException("vocabulary entry '" + w + "' is not one lower-case word of letters and digits");
            }
            if (ids.put(w, SPECIALS + ids.size()) != null) throw new IllegalArgumentException("vocabulary has '" + w + "' twice");
        }
    }

    /** The vocabulary of a set of captions: every word in them, sorted ({@link CaptionWords#vocabulary}). */
    public static List<String> vocabularyOf(Collection<String> captions) {
        return CaptionWords.vocabulary(captions);
    }

    /** The words of a text: lower-cased, split at every character that is not a letter or a digit ({@link CaptionWords#of}). */
    public static List<String> words(String text) {
        return CaptionWords.of(text);
    }

    /** The words the model knows, in id order from id 3. */
    public List<String> vocabulary() { return vocabulary; }

    /** Number of ids: the vocabulary and the three special tokens. */
    public int size() { return SPECIALS + vocabulary.size(); }

    /** The token an id stands for: a word or one of the special tokens. */
    public String token(int id) {
        return switch (id) {
            case PAD_ID -> PAD;
            case UNKNOWN_ID -> UNKNOWN;
            case EMPTY_ID -> EMPTY;
            default -> {
                if (id < 0 || id >= size()) throw new IllegalArgumentException("token id " + id + " is not in 0.." + (size() - 1));
                yield vocabulary.get(id - SPECIALS);
            }
        };
    }

    /**
     * A prompt as the model reads it. The empty prompt (no words) is the single token
     * {@link #EMPTY}.
     *
     * @throws IllegalArgumentException if the prompt has more than {@link #MAX_TOKENS} words
     */
    public Tokens encode(String prompt) {
        List<String> words = words(prompt);
        if (words.size() > MAX_TOKENS) {
            throw new IllegalArgumentException("the prompt has " + words.size() + " words; a model reads at most " + MAX_TOKENS);
        }
        int[] slots = new int[MAX_TOKENS];                                     // PAD_ID = 0 everywhere else
        List<String> tokens = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (words.isEmpty()) {
            slots[0] = EMPTY_ID;
            tokens.add(EMPTY);
        }
        for (int i = 0; i < words.size(); i++) {
            Integer id = ids.get(words.get(i));
            slots[i] = id == null ? UNKNOWN_ID : id;
            tokens.add(words.get(i));
            if (id == null) unknown.add(words.get(i));
        }
        return new Tokens(prompt, Collections.unmodifiableList(tokens), slots, Collections.unmodifiableList(unknown));
    }

    /** The text a row of ids reads as: its tokens up to the first padding, joined by spaces. */
    public String decode(int[] slots) {
        List<String> out = new ArrayList<>();
        for (int id : slots) {
            if (id == PAD_ID) break;
            out.add(token(id));
        }
        return String.join(" ", out);
    }

    /**
     * A prompt as token ids.
     *
     * @param prompt  the text as typed
     * @param tokens  its words (or {@link #EMPTY} for the empty prompt), one per id before the padding
     * @param ids     {@link #MAX_TOKENS} ids: the tokens', then {@link #PAD_ID}
     * @param unknown the words the model does not know, in prompt order; each is {@link #UNKNOWN_ID} in {@code ids}
     */
    public record Tokens(String prompt, List<String> tokens, int[] ids, List<String> unknown) {
        public Tokens {
            ids = ids.clone();
        }

        @Override
        public int[] ids() { return ids.clone(); }

        /** Number of real tokens (not padding). */
        public int length() { return tokens.size(); }

        /** True if every word is unknown to the model, so the prompt says nothing it can follow. */
        public boolean allUnknown() { return !unknown.isEmpty() && unknown.size() == tokens.size(); }
    }
}
