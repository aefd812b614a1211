package io.genlab.data;

import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
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

    /**
     * Writes unsigned bytes with any dimensions, e.g. [N, H, W, C] for colour images (channels
     * last, as image libraries store them).
     */
    public static void writeBytes(Path file, int[] dimensions, byte[] data, boolean gzip) {
        long count = 1;
        for (int d : dimensions) count *= d;
        if (count != data.length) throw new IllegalArgumentException(data.length + " bytes for dimensions " + java.util.Arrays.toString(dimensions));
        write(file, new IdxHeader(IdxHeader.UBYTE, dimensions.clone()), data, gzip);
    }

    private static void write(Path file, IdxHeader header, byte[] data, boolean gzip) {
        AtomicOutput.write(file, stream -> {
            OutputStream z = gzip ? new GZIPOutputStream(stream, 1 << 16) : stream;
            DataOutputStream out = new DataOutputStream(z);
            out.writeInt(header.magic());
            for (int d : header.dimensions()) out.writeInt(d);
            out.write(data);
            out.flush();
            if (z instanceof GZIPOutputStream g) g.finish();
        });
    }
}
