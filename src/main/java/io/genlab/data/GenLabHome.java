package io.genlab.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where GenLab's own files are (datasets/, lessons/): the {@code genlab.home} system property
 * that the launcher sets, else the folder above the jar's target/ folder, else the working
 * directory.
 */
public final class GenLabHome {
    private GenLabHome() {}

    public static Path resolve() {
        String prop = System.getProperty("genlab.home");
        if (prop != null && !prop.isBlank()) return Path.of(prop).toAbsolutePath();
        try {
            Path code = Path.of(GenLabHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("datasets")) && Files.isRegularFile(p.resolve("pom.xml"))) return p;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall back to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
