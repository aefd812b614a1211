package io.genlab.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files, well-formed or deliberately broken, for the data tests. */
final class IdxTestFiles {
    private IdxTestFiles() {}

    /** A header (magic then dims) followed by {@code body}. */
    static byte[] idx(int magic, int[] dims, byte[] body) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.writeInt(magic);
        for (int d : dims) out.writeInt(d);
        out.write(body);
        return b.toByteArray();
    }

    static Path write(Path file, byte[] bytes, boolean gzip) throws IOException {
        if (!gzip) return Files.write(file, bytes);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
        return file;
    }

    /** {@code n} images of h x w where pixel (i, y, x) = (i + y * w + x) mod 256. */
    static IdxImages ramp(int n, int h, int w) {
        byte[] px = new byte[n * h * w];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < h * w; j++) px[i * h * w + j] = (byte) (i + j);
        }
        return new IdxImages(n, h, w, px);
    }

    /** Writes a ramp image file and labels 0,1,2,... mod {@code classes} under {@code prefix}. */
    static void pair(Path dir, String prefix, int n, int h, int w, int classes, boolean gzip) {
        String ext = gzip ? ".gz" : "";
        IdxWriter.writeImages(dir.resolve(prefix + "-images-idx3-ubyte" + ext), ramp(n, h, w), gzip);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) y[i] = i % classes;
        IdxWriter.writeLabels(dir.resolve(prefix + "-labels-idx1-ubyte" + ext), y, gzip);
    }
}
