package io.genlab.train;

import io.genlab.data.Tensor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes checkpoint folders {@code checkpoints/step-N/} holding {@code state.bin}
 * (a {@link TensorArchive}) and {@code manifest.json}.
 *
 * <p>A checkpoint is written into a hidden temporary folder and renamed into place only when
 * both files are complete and synced, so an interrupted write never damages an existing
 * checkpoint and never leaves a folder that looks complete.
 */
public final class Checkpoints {
    public static final String STATE = "state.bin";
    public static final String MANIFEST = "manifest.json";
    private static final Pattern NAME = Pattern.compile("step-(\\d+)");

    private Checkpoints() {}

    /** A checkpoint read back: its manifest and the model state. */
    public record Loaded(Path dir, CheckpointManifest manifest, Map<String, Tensor> state) {}

    /** Folder name of the checkpoint at {@code step}. */
    public static String folderName(long step) {
        return String.format("step-%08d", step);
    }

    /** Writes the checkpoint atomically into {@code checkpointsDir/step-N} and returns that folder. */
    public static Path write(Path checkpointsDir, CheckpointManifest manifest, Map<String, Tensor> state) throws IOException {
        Files.createDirectories(checkpointsDir);
        Path target = checkpointsDir.resolve(folderName(manifest.step()));
        Path tmp = Files.createTempDirectory(checkpointsDir, ".writing-");
        try {
            TensorArchive.write(tmp.resolve(STATE), state);
            AtomicFiles.write(tmp.resolve(MANIFEST), Json.MAPPER.writeValueAsBytes(manifest));
            if (Files.exists(target)) {
                Path old = checkpointsDir.resolve(".replaced-" + target.getFileName() + "-" + System.nanoTime());
                Files.move(target, old);
                Files.move(tmp, target);
                AtomicFiles.deleteTree(old);
            } else {
                Files.move(tmp, target);
            }
            AtomicFiles.syncDirectory(checkpointsDir);
            return target;
        } finally {
            if (Files.exists(tmp)) AtomicFiles.deleteTree(tmp);
        }
    }

    /** Complete checkpoint folders in step order; temporary and foreign folders are ignored. */
    public static List<Path> list(Path checkpointsDir) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(checkpointsDir)) return found;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(checkpointsDir)) {
            for (Path p : ds) {
                if (NAME.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p.resolve(MANIFEST))
                        && Files.isRegularFile(p.resolve(STATE))) {
                    found.add(p);
                }
            }
        }
        found.sort(Comparator.comparingLong(Checkpoints::stepOf));
        return found;
    }

    public static Optional<Path> latest(Path checkpointsDir) throws IOException {
        List<Path> all = list(checkpointsDir);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The step number in a folder name {@code step-N}. */
    public static long stepOf(Path dir) {
        Matcher m = NAME.matcher(dir.getFileName().toString());
        if (!m.matches()) throw new IllegalArgumentException(dir + " is not a checkpoint folder (step-N)");
        return Long.parseLong(m.group(1));
    }

    /** Reads only the manifest. */
    public static CheckpointManifest readManifest(Path dir) throws IOException {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) throw new IOException(dir + ": not a checkpoint (no " + MANIFEST + ")");
        CheckpointManifest m;
        try {
            m = Json.MAPPER.readValue(file.toFile(), CheckpointManifest.class);
        } catch (IOException e) {
            throw new IOException(file + ": unreadable checkpoint manifest: " + firstLine(e.getMessage()), e);
        }
        if (m.format() != CheckpointManifest.FORMAT) {
            throw new IOException(file + ": checkpoint format " + m.format() + " is not supported (this GenLab reads format "
                    + CheckpointManifest.FORMAT + "; it was written by GenLab " + m.genlabVersion() + ")");
        }
        return m;
    }

    /** Reads manifest and state; every problem is an IOException naming the file. */
    public static Loaded read(Path dir) throws IOException {
        CheckpointManifest manifest = readManifest(dir);
        return new Loaded(dir, manifest, TensorArchive.read(dir.resolve(STATE)));
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
