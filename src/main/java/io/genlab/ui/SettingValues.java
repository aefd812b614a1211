package io.genlab.ui;

import javax.swing.SpinnerNumberModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings a lesson link gives a view ({@link WorkbenchView#apply}), read one by one: each
 * reader returns null when the setting is absent and throws an {@link IllegalArgumentException}
 * naming the setting and the values it takes when it is bad, e.g.
 * {@code sampler must be ddpm or ddim, got "dpm"}. A view reads all of them before it changes
 * anything, so a bad link changes nothing.
 */
final class SettingValues {
    private final Map<String, String> settings;

    /** @throws IllegalArgumentException for a name the view does not take */
    SettingValues(Map<String, String> settings, Set<String> names) {
        for (String key : settings.keySet()) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException("unknown setting \"" + key + "\": this view takes " + String.join(", ", names.stream().sorted().toList()));
            }
        }
        this.settings = Map.copyOf(settings);
    }

    /** The raw text, trimmed, or null. */
    String text(String name) {
        String v = settings.get(name);
        return v == null ? null : v.trim();
    }

    /** An integer in {@code min..max}. */
    Integer integer(String name, int min, int max) {
        String v = text(name);
        if (v == null) return null;
        try {
            int i = Integer.parseInt(v);
            if (i >= min && i <= max) return i;
        } catch (NumberFormatException e) {
            // said below
        }
        throw bad(name, "an integer in " + min + ".." + max, v);
    }

    /** An integer within an integer spinner's range. */
    Integer integer(String name, SpinnerNumberModel range) {
        return integer(name, ((Number) range.getMinimum()).intValue(), ((Number) range.getMaximum()).intValue());
    }

    /** A number in {@code min..max}. */
    Double number(String name, double min, double max) {
        String v = text(name);
        if (v == null) return null;
        try {
            double d = Double.parseDouble(v);
            if (d >= min && d <= max) return d;
        } catch (NumberFormatException e) {
            // said below
        }
        throw bad(name, "a number in " + plain(min) + ".." + plain(max), v);
    }

    /** A number within a spinner's range. */
    Double number(String name, SpinnerNumberModel range) {
        return number(name, ((Number) range.getMinimum()).doubleValue(), ((Number) range.getMaximum()).doubleValue());
    }

    /** true or false. */
    Boolean bool(String name) {
        String v = text(name);
        if (v == null) return null;
        if (v.equals("true") || v.equals("false")) return Boolean.valueOf(v);
        throw bad(name, "true or false", v);
    }

    /** One of the keys of {@code choices} (any case), in the order given. */
    <E> E choice(String name, Map<String, E> choices) {
        String v = text(name);
        if (v == null) return null;
        E e = choices.get(v.toLowerCase(Locale.ROOT));
        if (e != null) return e;
        throw bad(name, or(new ArrayList<>(choices.keySet())), v);
    }

    /** {@code "name must be what, got "value""}. */
    static IllegalArgumentException bad(String name, String what, String value) {
        return new IllegalArgumentException(name + " must be " + what + ", got \"" + value + "\"");
    }

    /** "a", "a or b", "a, b or c". */
    static String or(List<String> words) {
        if (words.size() <= 1) return String.join("", words);
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
