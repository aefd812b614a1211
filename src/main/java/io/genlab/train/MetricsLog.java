package io.genlab.train;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's metrics.csv: one row per step, {@code step,elapsed_s,lr,examples_per_s,<losses>}.
 * Loss columns are fixed by the first row written.
 */
public final class MetricsLog implements Closeable {
    private static final String FIXED = "step,elapsed_s,lr,examples_per_s";
    private final Path file;
    private List<String> lossNames;
    private BufferedWriter out;

    private MetricsLog(Path file, List<String> lossNames) {
        this.file = file;
        this.lossNames = lossNames;
    }

    /**
     * Opens the log for appending after {@code lastStep}: rows of later steps (written after the
     * checkpoint being resumed) are dropped, so the file agrees with the model's state.
     */
    public static MetricsLog openAfter(Path file, long lastStep) throws IOException {
        if (!Files.exists(file)) return new MetricsLog(file, null);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) return new MetricsLog(file, null);
        String header = lines.get(0);
        if (!header.startsWith(FIXED)) throw new IOException(file + ": not a GenLab metrics file (header '" + header + "')");
        List<String> kept = new ArrayList<>();
        kept.add(header);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int comma = line.indexOf(',');
            try {
                if (comma > 0 && Long.parseLong(line.substring(0, comma)) <= lastStep) kept.add(line);
            } catch (NumberFormatException e) {
                throw new IOException(file + ": line " + (i + 1) + " does not start with a step number", e);
            }
        }
        AtomicFiles.writeString(file, String.join("\n", kept) + "\n");
        List<String> names = List.of(header.split(",")).subList(4, header.split(",").length);
        return new MetricsLog(file, names);
    }

    /**
     * One row of metrics.csv.
     *
     * @param losses the row's losses by column name, in column order; empty cells are left out
     */
    public record Row(long step, double elapsedSeconds, double learningRate, double examplesPerSecond,
                      Map<String, Double> losses) {
        public Row {
            losses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(losses));
        }
    }

    /**
     * Reads a metrics file back, e.g. to draw a finished run's loss curves; a missing or empty
     * file has no rows.
     *
     * @throws IOException naming the file and line if it is not a GenLab metrics file
     */
    public static List<Row> read(Path file) throws IOException {
        if (!Files.exists(file)) return List.of();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) return List.of();
        String header = lines.get(0);
        if (!header.startsWith(FIXED)) throw new IOException(file + ": not a GenLab metrics file (header '" + header + "')");
        String[] columns = header.split(",", -1);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] cells = line.split(",", -1);
            if (cells.length != columns.length) {
                throw new IOException(file + ": line " + (i + 1) + " has " + cells.length + " cells, the header " + columns.length);
            }
            try {
                Map<String, Double> losses = new java.util.LinkedHashMap<>();
                for (int c = 4; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) losses.put(columns[c], Double.parseDouble(cells[c]));
                }
                rows.add(new Row(Long.parseLong(cells[0]), Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                        Double.parseDouble(cells[3]), losses));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": line " + (i + 1) + " holds a cell that is not a number: " + e.getMessage(), e);
            }
        }
        return rows;
    }

    public void append(long step, double elapsedSeconds, double lr, double examplesPerSecond, Map<String, Double> losses)
            throws IOException {
        if (out == null) {
            boolean fresh = lossNames == null;
            if (fresh) lossNames = List.copyOf(losses.keySet());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (fresh) {
                out.write(FIXED + (lossNames.isEmpty() ? "" : "," + String.join(",", lossNames)));
                out.newLine();
            }
        }
        StringBuilder row = new StringBuilder();
        row.append(step).append(',').append(fmt(elapsedSeconds)).append(',').append(fmt(lr)).append(',').append(fmt(examplesPerSecond));
        for (String name : lossNames) {
            Double v = losses.get(name);
            row.append(',').append(v == null ? "" : fmt(v));
        }
        out.write(row.toString());
        out.newLine();
        out.flush();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    @Override
    public void close() throws IOException {
        if (out != null) out.close();
    }
}
