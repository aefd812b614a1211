package io.genlab.data;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where GenLab looks for dataset files: the GenLab home (which holds the bundled
 * {@code datasets/} folder), an optional folder the user named, and the system folder of the
 * full Fashion-MNIST set. It only holds paths; nothing is checked to exist until data is loaded.
 *
 * @param home         the GenLab home folder (the one holding {@code datasets/}); never the
 *                     working directory by default — the caller decides
 * @param userFolder   a folder of IDX files the user chose, tried first when present
 * @param systemFolder the full Fashion-MNIST set, normally {@link #SYSTEM_FASHION}
 */
public record DatasetLocations(Path home, Optional<Path> userFolder, Path systemFolder) {
    /** Where Debian's dataset-fashion-mnist package installs the full set. */
    public static final Path SYSTEM_FASHION = Path.of("/usr/share/datasets/fashion-mnist");

    public DatasetLocations {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(userFolder, "userFolder");
        Objects.requireNonNull(systemFolder, "systemFolder");
    }

    /** The usual locations: the given home, no user folder, the system full set. */
    public static DatasetLocations of(Path home) {
        return new DatasetLocations(home, Optional.empty(), SYSTEM_FASHION);
    }

    /** The same locations with a user folder, which is then tried first. */
    public DatasetLocations withUserFolder(Path folder) {
        return new DatasetLocations(home, Optional.of(folder), systemFolder);
    }

    /** The same locations with another folder standing for the system full set (tests use this). */
    public DatasetLocations withSystemFolder(Path folder) {
        return new DatasetLocations(home, userFolder, folder);
    }

    /** The bundled Fashion-MNIST subset: {@code <home>/datasets/fashion-mnist}. */
    public Path bundledFashion() {
        return home.resolve("datasets").resolve("fashion-mnist");
    }
}
