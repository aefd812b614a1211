package io.genlab.train;

import io.genlab.data.Tensor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples a run draws over training time, one {@link TensorArchive} per snapshot
 * ({@code snapshots/step-N.bin} with the tensors "samples" and "labels"): the format the
 * {@link Trainer} writes and the reader that brings them back. It does not draw pictures
 * (see io.genlab.viz.SamplePictures).
 */
public final class Snapshots {
    private static final Pattern NAME = Pattern.compile("step-(\\d{1,18})\\.bin");
    static final String SAMPLES = "samples";
    static final String LABELS = "labels";

    private Snapshots() {}

    /**
     * One snapshot read back.
     *
     * @param step    completed training steps when it was drawn
     * @param samples [N, C, H, W] images in [-1, 1] or [N, 2] points
     * @param labels  the class each sample was drawn for (N of them)
     */
    public record Saved(long step, Tensor samples, int[] labels) {
        public Saved {
            labels = labels.clone();
        }

        @Override
        public int[] labels() { return labels.clone(); }
    }

    /** The file of the snapshot at {@code step}. */
    public static Path fileFor(Path snapshotsDir, long step) {
        return snapshotsDir.resolve(Checkpoints.folderName(step) + ".bin");
    }

    /** Writes a snapshot atomically. */
    public static void write(Path file, Tensor samples, int[] labels) throws IOException {
        float[] labelValues = new float[labels.length];
        for (int i = 0; i < labels.length; i++) labelValues[i] = labels[i];
        Map<String, Tensor> content = new LinkedHashMap<>();
        content.put(SAMPLES, samples);
        content.put(LABELS, new Tensor(labelValues, new int[]{labels.length}));
        TensorArchive.write(file, content);
    }

    /**
     * Reads a snapshot.
     *
     * @throws IOException naming the file if it is not a snapshot (damaged, no samples, labels
     *                     that do not match the samples, a name that is not step-N.bin)
     */
    public static Saved read(Path file) throws IOException {
        long step = stepOf(file);
        Map<String, Tensor> content = TensorArchive.read(file);
        Tensor samples = content.get(SAMPLES);
        Tensor labels = content.get(LABELS);
        if (samples == null || samples.rank() < 2) {
            throw new IOException(file + ": not a snapshot (no [N, ...] tensor '" + SAMPLES + "')");
        }
        int n = samples.shape()[0];
        int[] classes = new int[n];
        if (labels == null) {
            java.util.Arrays.fill(classes, -1);
        } else if (labels.length() != n) {
            throw new IOException(file + ": " + labels.length() + " labels for " + n + " samples");
        } else {
            for (int i = 0; i < n; i++) classes[i] = Math.round(labels.data()[i]);
        }
        return new Saved(step, samples, classes);
    }

    /** The snapshot files of a run in step order; other files (the PNGs beside them) are ignored. */
    public static List<Path> list(Path snapshotsDir) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(snapshotsDir)) return found;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(snapshotsDir)) {
            for (Path p : ds) {
                if (NAME.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) found.add(p);
            }
        }
        found.sort(Comparator.comparingLong(Snapshots::stepOf));
        return found;
    }

    /** The step in a file name {@code step-N.bin}. */
    public static long stepOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) throw new IllegalArgumentException(file + " is not a snapshot file (step-N.bin)");
        return Long.parseLong(m.group(1));
    }
}
