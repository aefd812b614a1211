package io.genlab.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes NumPy {@code .npy} files (format version 1.0: the magic string, a header dict padded
 * to 64 bytes, then the data in C order, little-endian), so samples can be read with
 * {@code numpy.load} by any outside tool.
 */
public final class NpyWriter {
    private NpyWriter() {}

    /** float32 data of the given shape. */
    public static void writeFloats(Path file, int[] shape, float[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : data) b.putFloat(v);
        write(file, "<f4", shape, data.length, b.array());
    }

    /** int32 data of the given shape. */
    public static void writeInts(Path file, int[] shape, int[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : data) b.putInt(v);
        write(file, "<i4", shape, data.length, b.array());
    }

    private static void write(Path file, String descr, int[] shape, int length, byte[] data) {
        long count = 1;
        for (int d : shape) count *= d;
        if (count != length) throw new IllegalArgumentException(length + " values for shape " + Arrays.toString(shape));
        String dims = Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        if (shape.length == 1) dims += ",";
        StringBuilder header = new StringBuilder("{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + dims + "), }");
        int prefix = 6 + 2 + 2;                                   // magic, version, header length
        while ((prefix + header.length() + 1) % 64 != 0) header.append(' ');
        header.append('\n');
        byte[] h = header.toString().getBytes(StandardCharsets.US_ASCII);
        AtomicOutput.write(file, out -> {
            out.write(new byte[]{(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
            out.write(h.length & 0xFF);
            out.write((h.length >> 8) & 0xFF);
            out.write(h);
            out.write(data);
        });
    }
}
