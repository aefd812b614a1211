package io.genlab.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes the shareable copy of a run: its config, metrics and snapshots, and one checkpoint that
 * holds only the sampling weights ({@link GenerativeModel#samplingState()}). The copy generates,
 * traces and probes exactly like the run; it is a fraction of the size because it carries no
 * optimiser state, and so it cannot be resumed. This is how the pretrained lesson models ship.
 */
public final class RunExport {
    private RunExport() {}

    /**
     * @param run        the run folder to copy
     * @param checkpoint the checkpoint folder to take the weights from (usually the run's last)
     * @param target     a folder that does not exist yet, or an empty one
     * @return the checkpoint folder written inside {@code target}
     */
    public static Path samplingCopy(RunFolder run, Path checkpoint, Path target, ModelRegistry registry) throws IOException {
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new IOException(target + " already exists and is not empty; choose a new folder");
        }
        Checkpoints.Loaded loaded = Checkpoints.read(checkpoint);
        GenerativeModel model = registry.load(loaded);
        Path temp = target.resolveSibling(target.getFileName() + ".tmp-export");
        AtomicFiles.deleteTree(temp);
        Files.createDirectories(temp.resolve("snapshots"));
        Files.copy(run.dir().resolve(RunFolder.CONFIG), temp.resolve(RunFolder.CONFIG));
        if (Files.isRegularFile(run.metricsFile())) Files.copy(run.metricsFile(), temp.resolve("metrics.csv"));
        if (Files.isDirectory(run.snapshotsDir())) {
            try (Stream<Path> files = Files.list(run.snapshotsDir())) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    Files.copy(f, temp.resolve("snapshots").resolve(f.getFileName()));
                }
            }
        }
        Path written = Checkpoints.write(temp.resolve("checkpoints"), loaded.manifest(), model.samplingState());
        if (Files.exists(target)) Files.delete(target);
        AtomicFiles.move(temp, target);
        return target.resolve("checkpoints").resolve(written.getFileName());
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
