package io.genlab.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The words of captions, as a text-conditioned model reads them: lower-cased, split at every
 * character that is not a letter or a digit.
 */
public final class CaptionWords {
    private CaptionWords() {}

    /** The words of a text, in order. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** The vocabulary of a set of captions: every word in them, sorted. */
    public static List<String> vocabulary(Collection<String> captions) {
        TreeSet<String> all = new TreeSet<>();
        for (String c : captions) all.addAll(of(c));
        return List.copyOf(all);
    }
}
