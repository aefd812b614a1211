package io.genlab.train;

import io.genlab.data.Tensor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * GenLab's file format for named float tensors (checkpoint state, snapshots): data only, no
 * code, every size checked against the file before anything is allocated, and a CRC-32 over
 * the whole content so a damaged file is reported, never half-loaded.
 *
 * <p>Layout, little-endian: magic "GLTENSR1", int count, then per tensor: int nameLength,
 * UTF-8 name, int rank, int[rank] dims, float[product(dims)] values; finally long CRC-32 of
 * every byte before it.
 */
public final class TensorArchive {
    private static final byte[] MAGIC = "GLTENSR1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_RANK = 8;
    private static final int MAX_NAME = 1024;
    private static final long MAX_FILE = Integer.MAX_VALUE - 64;

    private TensorArchive() {}

    /** Encodes the tensors, in map order. */
    public static byte[] encode(Map<String, Tensor> tensors) {
        long size = MAGIC.length + 4L + 8;
        for (var e : tensors.entrySet()) {
            size += 4 + e.getKey().getBytes(StandardCharsets.UTF_8).length + 4 + 4L * e.getValue().rank()
                    + 4L * e.getValue().length();
        }
        if (size > MAX_FILE) throw new IllegalArgumentException("tensors too large for one archive: " + size + " bytes");
        ByteBuffer buf = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).putInt(tensors.size());
        for (var e : tensors.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            Tensor t = e.getValue();
            buf.putInt(name.length).put(name).putInt(t.rank());
            for (int d : t.shape()) buf.putInt(d);
            buf.asFloatBuffer().put(t.data());
            buf.position(buf.position() + 4 * t.length());
        }
        CRC32 crc = new CRC32();
        crc.update(buf.array(), 0, buf.position());
        buf.putLong(crc.getValue());
        return buf.array();
    }

    /** Writes atomically: a reader sees the old file or the complete new one. */
    public static void write(Path file, Map<String, Tensor> tensors) throws IOException {
        AtomicFiles.write(file, encode(tensors));
    }

    /**
     * Reads an archive.
     *
     * @throws IOException naming the file and what is wrong with it (missing, not an archive,
     *                     damaged, truncated)
     */
    public static Map<String, Tensor> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": file not found");
        long length = Files.size(file);
        if (length > MAX_FILE) throw new IOException(file + ": " + length + " bytes is too large for a tensor archive");
        return decode(Files.readAllBytes(file), file.toString());
    }

    /** Decodes bytes from {@link #encode}; {@code what} names the source in error messages. */
    public static Map<String, Tensor> decode(byte[] bytes, String what) throws IOException {
        if (bytes.length < MAGIC.length + 12 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IOException(what + ": not a GenLab tensor archive (bad magic number or too short)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long stored = buf.getLong(bytes.length - 8);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (crc.getValue() != stored) {
            throw new IOException(what + ": damaged (checksum mismatch); the file was truncated or changed after it was written");
        }
        buf.limit(bytes.length - 8).position(MAGIC.length);
        int count = buf.getInt();
        if (count < 0 || count > buf.remaining() / 8) throw new IOException(what + ": implausible tensor count " + count);
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int nameLength = need(buf, 4, what).getInt();
            if (nameLength <= 0 || nameLength > MAX_NAME) throw new IOException(what + ": tensor " + i + " has a bad name length " + nameLength);
            byte[] name = new byte[nameLength];
            need(buf, nameLength, what).get(name);
            int rank = need(buf, 4, what).getInt();
            if (rank < 0 || rank > MAX_RANK) throw new IOException(what + ": tensor " + i + " has rank " + rank + " (at most " + MAX_RANK + ")");
            int[] shape = new int[rank];
            long n = 1;
            need(buf, 4L * rank, what);
            for (int d = 0; d < rank; d++) {
                shape[d] = buf.getInt();
                if (shape[d] < 0) throw new IOException(what + ": tensor " + i + " has a negative dimension");
                n *= shape[d];
                if (n > buf.remaining() / 4 + 1) throw new IOException(what + ": tensor " + i + " " + Arrays.toString(shape) + " is larger than the file");
            }
            need(buf, 4 * n, what);
            float[] data = new float[(int) n];
            buf.asFloatBuffer().get(data);
            buf.position(buf.position() + 4 * (int) n);
            String key = new String(name, StandardCharsets.UTF_8);
            if (out.put(key, new Tensor(data, shape)) != null) throw new IOException(what + ": tensor '" + key + "' appears twice");
        }
        if (buf.remaining() != 0) throw new IOException(what + ": " + buf.remaining() + " unexpected bytes after the last tensor");
        return out;
    }

    private static ByteBuffer need(ByteBuffer buf, long bytes, String what) throws IOException {
        if (bytes > buf.remaining()) throw new IOException(what + ": truncated (needs " + bytes + " more bytes, " + buf.remaining() + " left)");
        return buf;
    }
}
