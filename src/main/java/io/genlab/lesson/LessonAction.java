package io.genlab.lesson;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A "try it" link in a lesson: a workbench view and the settings to open it with, written as
 * {@code genlab:VIEW?key=value&key=value}, e.g. {@code genlab:reverse?model=unet-s-fashion&seed=3}.
 * It can only name a view and settings; it never runs a command or opens a file.
 *
 * @param text     the link text, shown as the button
 * @param view     the view id, e.g. "reverse"
 * @param settings setting names and values in the order written
 */
public record LessonAction(String text, String view, Map<String, String> settings) {
    public static final String SCHEME = "genlab:";
    /** The setting every view accepts: the pretrained model (a folder of lessons/models) to open. */
    public static final String MODEL = "model";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public LessonAction {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * Parses a link destination.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static LessonAction parse(String text, String destination) {
        if (!destination.startsWith(SCHEME)) {
            throw new IllegalArgumentException("'" + destination + "' is not a workbench link (they start with " + SCHEME + ")");
        }
        String rest = destination.substring(SCHEME.length());
        int q = rest.indexOf('?');
        String view = q < 0 ? rest : rest.substring(0, q);
        if (!NAME.matcher(view).matches()) {
            throw new IllegalArgumentException("'" + destination + "': '" + view + "' is not a view name (lowercase letters, digits, -)");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        if (q >= 0 && q + 1 < rest.length()) {
            for (String pair : rest.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException("'" + destination + "': '" + pair + "' is not key=value");
                String key = decode(pair.substring(0, eq));
                String value = decode(pair.substring(eq + 1));
                if (!NAME.matcher(key).matches()) {
                    throw new IllegalArgumentException("'" + destination + "': '" + key + "' is not a setting name");
                }
                if (settings.put(key, value) != null) {
                    throw new IllegalArgumentException("'" + destination + "': setting '" + key + "' is given twice");
                }
            }
        }
        return new LessonAction(text, view, settings);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
