package io.genlab.ui.shell;

import javax.swing.SpinnerNumberModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings a lesson link gives one view, read and checked before any is applied: every
 * reader throws an {@link IllegalArgumentException} that names the setting, the values it takes
 * and the value it got, e.g. {@code sampler must be ddim or ddpm, got "dpm"}.
 */
public final class LinkSettings {
    private final Map<String, String> values;

    /**
     * @param view  the view's id, for the message about an unknown name
     * @param names the names the view takes, in the order its messages list them
     * @throws IllegalArgumentException for a name the view does not take
     */
    public LinkSettings(String view, Map<String, String> values, Collection<String> names) {
        for (String name : values.keySet()) {
            if (!names.contains(name)) {
                List<String> listed = names instanceof List<String> l ? l : names.stream().sorted().toList();
                throw new IllegalArgumentException(view + " takes no setting \"" + name + "\"; it takes "
                        + String.join(", ", listed));
            }
        }
        this.values = Map.copyOf(values);
    }

    public boolean has(String name) { return values.containsKey(name); }

    /** The value without surrounding spaces, or null if the link does not give it. */
    public String text(String name) {
        String v = values.get(name);
        return v == null ? null : v.strip();
    }

    /** A whole number from {@code min} to {@code max}, or null if absent. */
    public Integer integer(String name, int min, int max) {
        Long v = wholeNumber(name, min, max);
        return v == null ? null : v.intValue();
    }

    /** A whole number within an integer spinner's range, or null if absent. */
    public Integer integer(String name, SpinnerNumberModel range) {
        return integer(name, ((Number) range.getMinimum()).intValue(), ((Number) range.getMaximum()).intValue());
    }

    /** A number from {@code min} to {@code max}, or null if absent. */
    public Double number(String name, double min, double max) {
        String s = text(name);
        if (s == null) return null;
        try {
            double d = Double.parseDouble(s);
            if (d >= min && d <= max) return d;
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw bad(name, "a number from " + plain(min) + " to " + plain(max), s);
    }

    /** A number within a spinner's range, or null if absent. */
    public Double number(String name, SpinnerNumberModel range) {
        return number(name, ((Number) range.getMinimum()).doubleValue(), ((Number) range.getMaximum()).doubleValue());
    }

    /** A whole number from {@code min} to {@code max}, or null if absent. */
    public Long wholeNumber(String name, long min, long max) {
        String s = values.get(name);
        if (s == null) return null;
        try {
            long v = Long.parseLong(s.strip());
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw bad(name, "a whole number from " + min + " to " + max, s);
    }

    /** "true" or "false" (any case), or null if absent. */
    public Boolean bool(String name) {
        String s = values.get(name);
        if (s == null) return null;
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(name, "true or false", s);
        };
    }

    /** The value for one of the keys of {@code choices} (lowercase), compared without case; null if absent. */
    public <E> E choice(String name, Map<String, E> choices) {
        String s = text(name);
        if (s == null) return null;
        E e = choices.get(s.toLowerCase(Locale.ROOT));
        if (e != null) return e;
        throw bad(name, either(new ArrayList<>(choices.keySet())), s);
    }

    /** One of {@code choices}, compared without case and returned as spelled there; null if absent. */
    public String choice(String name, List<String> choices) {
        String s = values.get(name);
        if (s == null) return null;
        for (String c : choices) {
            if (c.equalsIgnoreCase(s.strip())) return c;
        }
        throw bad(name, either(choices), s);
    }

    /** The message for a bad value: {@code name must be TAKES, got "VALUE"}. */
    public static IllegalArgumentException bad(String name, String takes, String got) {
        return new IllegalArgumentException(name + " must be " + takes + ", got \"" + got + "\"");
    }

    /** "a", "a or b", "a, b or c". */
    static String either(List<String> choices) {
        if (choices.size() <= 1) return String.join("", choices);
        List<String> head = new ArrayList<>(choices.subList(0, choices.size() - 1));
        return String.join(", ", head) + " or " + choices.get(choices.size() - 1);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
