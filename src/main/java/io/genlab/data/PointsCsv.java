package io.genlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Reads a user's 2D points from a CSV file: one {@code x,y} pair per line, with blank lines and
 * lines starting with {@code #} ignored and an optional first line {@code x,y} as header. The
 * points are used as given (no rescaling). Any other line is a {@link DatasetException} naming the
 * file and line number; the file is never partly read.
 */
public final class PointsCsv {
    /** The most points read from one file. */
    public static final int MAX_POINTS = 5_000_000;

    /** A plain decimal such as -0.5, 3, 1e-3: no hex, NaN, Infinity or type suffixes. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private PointsCsv() {}

    /** Reads the file into a point set named {@code toy2d:file=PATH}. */
    public static PointSet read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw DatasetException.of(file, Files.isDirectory(file) ? "is a folder, expected a CSV file of x,y lines"
                    : "file not found");
        }
        float[] xy = new float[1024];
        int n = 0, lineNo = 0;
        boolean seenData = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                if (!seenData && s.replace(" ", "").equalsIgnoreCase("x,y")) { seenData = true; continue; }
                seenData = true;
                if (n == MAX_POINTS) throw problem(file, lineNo, "more than " + MAX_POINTS + " points");
                String[] parts = s.split(",", -1);
                if (parts.length != 2) {
                    throw problem(file, lineNo, "expected two numbers 'x,y', found " + parts.length + " fields in '" + abbreviate(s) + "'");
                }
                if (2 * n + 2 > xy.length) xy = Arrays.copyOf(xy, xy.length * 2);
                xy[2 * n] = number(file, lineNo, parts[0], "x");
                xy[2 * n + 1] = number(file, lineNo, parts[1], "y");
                n++;
            }
        } catch (IOException e) {
            throw DatasetException.of(file, "cannot be read: " + e, e);
        }
        if (n == 0) throw DatasetException.of(file, "holds no points; expected lines of 'x,y'");
        return new PointSet("toy2d:file=" + file, file.toAbsolutePath().toString(), Arrays.copyOf(xy, 2 * n));
    }

    private static float number(Path file, int line, String field, String what) {
        String t = field.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw problem(file, line, what + " '" + abbreviate(t) + "' is not a decimal number");
        }
        float v = Float.parseFloat(t);
        if (!Float.isFinite(v)) throw problem(file, line, what + " '" + abbreviate(t) + "' is too large");
        return v;
    }

    private static DatasetException problem(Path file, int line, String what) {
        return new DatasetException(file + ", line " + line + ": " + what);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
