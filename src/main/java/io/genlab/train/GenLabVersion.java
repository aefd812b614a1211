package io.genlab.train;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** GenLab's version, from the build (resource genlab.properties, filled in by Maven). */
public final class GenLabVersion {
    private static final String VERSION = load();

    private GenLabVersion() {}

    public static String get() { return VERSION; }

    private static String load() {
        try (InputStream in = GenLabVersion.class.getResourceAsStream("/genlab.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
