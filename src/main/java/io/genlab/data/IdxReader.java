package io.genlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads MNIST-format IDX files of unsigned bytes: idx3 image stacks (N x H x W, any size) and
 * idx1 label vectors, raw or gzip-compressed (recognised by the magic bytes 1f 8b, not by name).
 * It is not a general IDX reader: other element types and dimension counts are refused.
 *
 * <p>Every problem — a missing file, a wrong magic number, a size that cannot fit in the file,
 * a truncated or over-long file, image and label counts that differ — is a
 * {@link DatasetException} naming the file. Sizes are checked against the file's length and
 * {@link #MAX_VALUES} before anything is allocated, and nothing partial is ever returned.
 */
public final class IdxReader {
    /** The largest image stack read, in pixels (N*H*W): 2 GB once converted to floats. */
    public static final long MAX_VALUES = 500_000_000L;
    /** The largest height or width accepted. */
    public static final int MAX_SIDE = 4096;
    /** Deflate cannot expand one compressed byte to more than 1032 bytes (zlib tech notes). */
    private static final long MAX_DEFLATE_RATIO = 1032;

    private IdxReader() {}

    /** Reads an idx3-ubyte image stack. */
    public static IdxImages readImages(Path file) {
        try (Opened in = open(file)) {
            IdxHeader h = readHeader(file, in.data, 3);
            int[] d = h.dimensions();
            if (d[1] > MAX_SIDE || d[2] > MAX_SIDE) {
                throw DatasetException.of(file, "image size " + d[1] + "x" + d[2] + " is larger than the limit "
                        + MAX_SIDE + "x" + MAX_SIDE + " (a damaged header?)");
            }
            byte[] data = readBody(file, in, h, "images");
            return IdxImages.wrap(d[0], d[1], d[2], data);
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
    }

    /** Reads an idx1-ubyte label vector, each label 0..255. */
    public static int[] readLabels(Path file) {
        try (Opened in = open(file)) {
            IdxHeader h = readHeader(file, in.data, 1);
            byte[] data = readBody(file, in, h, "labels");
            int[] out = new int[data.length];
            for (int i = 0; i < out.length; i++) out[i] = data[i] & 0xFF;
            return out;
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
    }

    /**
     * Reads only the header of an IDX ubyte file, e.g. to count images without loading them.
     * The dimension count is not checked against any expectation here.
     */
    public static IdxHeader readHeader(Path file) {
        try (Opened in = open(file)) {
            return readHeader(file, in.data, -1);
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
    }

    /**
     * Reads an image file and its label file into a dataset, checking first (from the headers)
     * that they hold the same number of items and then that every label names a class.
     */
    public static ImageDataset readDataset(Path images, Path labels, String name, String source,
                                           List<String> classNames) {
        IdxHeader ih = readHeader(images);
        IdxHeader lh = readHeader(labels);
        if (ih.dimensions().length != 3) {
            throw DatasetException.of(images, "expected an idx3 image file (3 dimensions), found " + ih.dimensions().length);
        }
        if (lh.dimensions().length != 1) {
            throw DatasetException.of(labels, "expected an idx1 label file (1 dimension), found " + lh.dimensions().length);
        }
        if (ih.count() != lh.count()) {
            throw new DatasetException(images + " holds " + ih.count() + " images but " + labels + " holds "
                    + lh.count() + " labels; the counts must match");
        }
        int[] y = readLabels(labels);
        for (int i = 0; i < y.length; i++) {
            if (y[i] >= classNames.size()) {
                throw DatasetException.of(labels, "label " + y[i] + " of item " + i + " is outside 0.."
                        + (classNames.size() - 1) + " (" + classNames.size() + " classes)");
            }
        }
        IdxImages x = readImages(images);
        if (x.count() != y.length) {   // the files changed between the header check and now
            throw new DatasetException(images + " holds " + x.count() + " images but " + labels + " holds "
                    + y.length + " labels; the counts must match");
        }
        return new ImageDataset(name, source, 1, x.height(), x.width(), x.toFloats(), y, classNames, null, null);
    }

    /** True if the file starts with the gzip magic bytes 1f 8b. */
    public static boolean isGzip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
    }

    // ---- internals, in the order they are used ----

    /** The stream to read, and the most uncompressed bytes it can possibly hold. */
    private record Opened(DataInputStream data, long maxBytes, boolean gzip) implements AutoCloseable {
        @Override
        public void close() throws IOException { data.close(); }
    }

    private static Opened open(Path file) throws IOException {
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw DatasetException.of(file, "the folder " + file.getParent() + " does not exist");
        }
        if (Files.isDirectory(file)) throw DatasetException.of(file, "is a folder, expected an IDX file");
        if (!Files.isRegularFile(file)) throw DatasetException.of(file, "file not found");
        long length = Files.size(file);
        boolean gzip = isGzip(file);
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        InputStream in = gzip ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
        long max = gzip ? length * MAX_DEFLATE_RATIO + 1024 : length;
        return new Opened(new DataInputStream(in), max, gzip);
    }

    /** @param wantDims 1 or 3, or -1 for "1 or 3" */
    private static IdxHeader readHeader(Path file, DataInputStream in, int wantDims) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            throw DatasetException.of(file, "truncated: shorter than the 4-byte IDX magic number");
        }
        int type = (magic >>> 8) & 0xFF;
        int dims = magic & 0xFF;
        String expected = wantDims == 3 ? "0x00000803 (idx3 unsigned-byte images)"
                : wantDims == 1 ? "0x00000801 (idx1 unsigned-byte labels)" : "0x00000801 or 0x00000803";
        if ((magic >>> 16) != 0 || (dims != 1 && dims != 3)) {
            throw DatasetException.of(file, "wrong magic number " + hex(magic) + ", expected " + expected
                    + "; not an MNIST-format IDX file");
        }
        if (type != IdxHeader.UBYTE) {
            throw DatasetException.of(file, "wrong data type 0x" + String.format(Locale.ROOT, "%02x", type)
                    + " in magic number " + hex(magic) + ", only unsigned bytes (0x08) are supported");
        }
        if (wantDims != -1 && dims != wantDims) {
            throw DatasetException.of(file, "wrong dimension count " + dims + " in magic number " + hex(magic)
                    + ", expected " + expected);
        }
        int[] d = new int[dims];
        for (int i = 0; i < dims; i++) {
            try {
                d[i] = in.readInt();
            } catch (EOFException e) {
                throw DatasetException.of(file, "truncated: the header ends inside dimension " + (i + 1) + " of " + dims);
            }
            if (d[i] < 0 || (i > 0 && d[i] == 0)) {
                throw DatasetException.of(file, "dimension " + (i + 1) + " is " + Integer.toUnsignedString(d[i])
                        + ", an impossible size (a damaged header?)");
            }
        }
        return new IdxHeader(type, d);
    }

    private static byte[] readBody(Path file, Opened in, IdxHeader h, String what) throws IOException {
        long n = h.dataBytes();
        String shape = shape(h);
        if (n > MAX_VALUES) {
            throw DatasetException.of(file, "header claims " + shape + " = " + n + " bytes of " + what
                    + ", more than the limit of " + MAX_VALUES + " (a damaged header?)");
        }
        long total = h.headerBytes() + n;
        if (total > in.maxBytes) {
            throw DatasetException.of(file, "header claims " + shape + " = " + n + " bytes of " + what
                    + " but the file is too short to hold them" + (in.gzip ? " even compressed" : " (" + in.maxBytes + " bytes)")
                    + "; truncated or a damaged header");
        }
        if (!in.gzip && total < in.maxBytes) {
            throw DatasetException.of(file, "has " + (in.maxBytes - total) + " bytes after the " + shape
                    + " " + what + " its header declares; not a well-formed IDX file");
        }
        byte[] data = new byte[(int) n];
        int got = in.data.readNBytes(data, 0, data.length);
        if (got < data.length) {
            throw DatasetException.of(file, "truncated: header declares " + shape + " = " + n + " bytes of " + what
                    + " but the data ends after " + got + " bytes");
        }
        if (in.data.read() != -1) {
            throw DatasetException.of(file, "has data after the " + shape + " " + what
                    + " its header declares; not a well-formed IDX file");
        }
        return data;
    }

    private static String shape(IdxHeader h) {
        StringBuilder s = new StringBuilder();
        for (int d : h.dimensions()) s.append(s.length() == 0 ? "" : "x").append(d);
        return s.toString();
    }

    private static String hex(int v) {
        return String.format(Locale.ROOT, "0x%08x", v);
    }

    private static DatasetException ioProblem(Path file, IOException e) {
        if (e instanceof NoSuchFileException) return DatasetException.of(file, "file not found", e);
        if (e instanceof EOFException) return DatasetException.of(file, "truncated: unexpected end of file", e);
        if (e instanceof ZipException) return DatasetException.of(file, "damaged gzip data: " + e.getMessage(), e);
        return DatasetException.of(file, "cannot be read: " + e, e);
    }
}
