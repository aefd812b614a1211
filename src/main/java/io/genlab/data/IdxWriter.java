package io.genlab.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes MNIST-format IDX files of unsigned bytes (idx3 images, idx1 labels), raw or gzip.
 * It is the inverse of {@link IdxReader}, used to cut the bundled subset and by tests.
 *
 * <p>Writes are atomic: the data goes to a temporary file in the same folder, is synced, and
 * is then renamed over the target, so a failed write never leaves a half-written file.
 * Java's gzip header carries no timestamp, so the same data always gives the same bytes.
 */
public final class IdxWriter {
    private IdxWriter() {}

    /** Writes an idx3-ubyte image file. */
    public static void writeImages(Path file, IdxImages images, boolean gzip) {
        IdxHeader h = new IdxHeader(IdxHeader.UBYTE, new int[]{images.count(), images.height(), images.width()});
        write(file, h, images.bytes(), gzip);
    }

    /** Writes an idx1-ubyte label file; every label must be 0..255. */
    public static void writeLabels(Path file, int[] labels, boolean gzip) {
        byte[] data = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 255) {
                throw new IllegalArgumentException("label " + labels[i] + " of item " + i + " does not fit in an unsigned byte");
            }
            data[i] = (byte) labels[i];
        }
        write(file, new IdxHeader(IdxHeader.UBYTE, new int[]{labels.length}), data, gzip);
    }

    /**
     * Copies the first {@code count} images and labels of an IDX pair into a new gzip pair.
     * Fails if the source holds fewer than {@code count} items.
     */
    public static void cut(Path images, Path labels, int count, Path outImages, Path outLabels) {
        IdxImages x = IdxReader.readImages(images);
        int[] y = IdxReader.readLabels(labels);
        if (x.count() < count || y.length < count) {
            throw new DatasetException("cannot cut " + count + " items from " + images + " (" + x.count()
                    + " images) and " + labels + " (" + y.length + " labels)");
        }
        int[] head = new int[count];
        System.arraycopy(y, 0, head, 0, count);
        writeImages(outImages, x.head(count), true);
        writeLabels(outLabels, head, true);
    }

    private static void write(Path file, IdxHeader header, byte[] data, boolean gzip) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            try (OutputStream raw = Files.newOutputStream(tmp);
                 OutputStream z = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(z, 1 << 16))) {
                out.writeInt(header.magic());
                for (int d : header.dimensions()) out.writeInt(d);
                out.write(data);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original error is the one worth reporting
            }
            throw DatasetException.of(file, "cannot be written: " + e, e);
        }
    }
}
