package io.genlab.train;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A training run on disk: {@code config.json}, {@code metrics.csv}, {@code checkpoints/step-N/}
 * and {@code snapshots/}. The folder is the run: copy it, and the copy can be resumed.
 */
public final class RunFolder {
    public static final String CONFIG = "config.json";
    private final Path dir;
    private final RunConfig config;

    private RunFolder(Path dir, RunConfig config) {
        this.dir = dir;
        this.config = config;
    }

    /** A folder name for a new run, e.g. {@code unet-s-fashion-20250101-120000} ({@code toy2d:ring} becomes {@code toy2d_ring}). */
    public static String suggestedName(String model, String dataset, LocalDateTime time) {
        String clock = time.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return safe(model) + "-" + safe(dataset) + "-" + clock;
    }

    private static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Whether {@code dir} holds a run (its config.json). */
    public static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve(CONFIG));
    }

    /** Starts a new run in {@code dir}; refuses a folder that already holds a run. */
    public static RunFolder create(Path dir, RunConfig config) throws IOException {
        if (Files.exists(dir.resolve(CONFIG))) {
            throw new IOException(dir + " already holds a run; continue that run, or choose another folder");
        }
        Files.createDirectories(dir.resolve("checkpoints"));
        Files.createDirectories(dir.resolve("snapshots"));
        AtomicFiles.write(dir.resolve(CONFIG), Json.MAPPER.writeValueAsBytes(config));
        return new RunFolder(dir, config);
    }

    /** Opens an existing run; a missing or invalid config.json is an IOException saying so. */
    public static RunFolder open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": run folder not found");
        Path file = dir.resolve(CONFIG);
        if (!Files.isRegularFile(file)) throw new IOException(dir + ": not a GenLab run (no " + CONFIG + ")");
        try {
            return new RunFolder(dir, Json.MAPPER.readValue(file.toFile(), RunConfig.class));
        } catch (IOException e) {
            throw new IOException(file + ": invalid run config: " + Checkpoints.firstLine(e.getMessage()), e);
        }
    }

    /** Rewrites config.json, e.g. with a new step limit when a run is resumed for longer. */
    public RunFolder withConfig(RunConfig newConfig) throws IOException {
        AtomicFiles.write(dir.resolve(CONFIG), Json.MAPPER.writeValueAsBytes(newConfig));
        return new RunFolder(dir, newConfig);
    }

    /**
     * Copies the run to {@code target} (which must not exist yet or be empty), e.g. to keep a
     * version before training it further; the copy is a run of its own. The files go into a
     * hidden sibling folder first, renamed to {@code target} when complete, so a failure or an
     * interrupt (checked between files) leaves no half-copied run behind.
     */
    public RunFolder copyTo(Path target) throws IOException {
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target))) {
            throw new IOException(target + " already exists and is not empty; choose a new folder for the copy");
        }
        Path source = dir.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        if (to.startsWith(source)) {
            throw new IOException(target + " is inside the run it would copy; choose a folder outside " + dir);
        }
        Path temp = to.resolveSibling("." + to.getFileName() + ".copying");
        AtomicFiles.deleteTree(temp);
        try {
            copyTree(source, temp);
            if (Files.exists(to)) Files.delete(to);
            AtomicFiles.move(temp, to);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteTree(temp);
            throw e;
        }
        AtomicFiles.syncDirectory(to.getParent());
        return open(target);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("copying " + source + " was interrupted; nothing was kept");
                }
                Path relative = source.relativize(from);
                if (isTemporary(relative)) continue;
                Path to = target.resolve(relative.toString());
                if (Files.isDirectory(from)) Files.createDirectories(to);
                else Files.copy(from, to);
            }
        }
    }

    /** Unfinished writes (".writing-...", ".replaced-...", atomic temp files) start with a dot. */
    private static boolean isTemporary(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        }
    }

    public Path dir() { return dir; }
    public RunConfig config() { return config; }
    public Path checkpointsDir() { return dir.resolve("checkpoints"); }
    public Path snapshotsDir() { return dir.resolve("snapshots"); }
    public Path metricsFile() { return dir.resolve("metrics.csv"); }

    public Optional<Path> latestCheckpoint() throws IOException {
        return Checkpoints.latest(checkpointsDir());
    }
}
