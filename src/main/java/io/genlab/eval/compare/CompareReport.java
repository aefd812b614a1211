package io.genlab.eval.compare;

import io.genlab.train.AtomicFiles;
import io.genlab.train.Json;
import io.genlab.train.MetricsLog;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.ReportCharts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds an experiment's report from its finished cells: {@code results.csv} and
 * {@code results.json} (one row per model, seed, sampling setting and checkpoint), the charts
 * as PNGs, and {@code report.html}, which shows the table, the charts, every row's samples side
 * by side and the memorisation panels. Cells still missing are listed, not guessed.
 */
public final class CompareReport {
    /** The metrics of a row, in table order: JSON name, column heading. */
    static final List<String[]> COLUMNS = List.of(
            new String[]{"conditional_accuracy", "cond. accuracy"}, new String[]{"coverage_entropy", "coverage"},
            new String[]{"fid", "FID (judge)"}, new String[]{"fid_floor", "FID floor"}, new String[]{"precision", "precision"},
            new String[]{"recall", "recall"}, new String[]{"memorised_share", "memorised"}, new String[]{"bits_per_dim", "bits/dim"});
    static final List<String[]> COSTS = List.of(
            new String[]{"parameters", "parameters"}, new String[]{"training_steps", "steps"}, new String[]{"training_seconds", "train s"},
            new String[]{"ms_per_sample", "ms/sample"}, new String[]{"network_evaluations_per_sample", "NFE/sample"});

    private CompareReport() {}

    /** One scored setting of one cell. */
    record Row(CellResult cell, CellResult.Entry entry) {
        Object metric(String name) { return entry.report().get(name); }

        @SuppressWarnings("unchecked")
        Object cost(String name) { return ((Map<String, Object>) entry.report().get("cost")).get(name); }

        String name() {
            return cell.label() + (cell.seed() != 0 ? " s" + cell.seed() : "") + ", " + entry.sampling()
                    + (entry.step() > 0 ? " @" + entry.step() : "");
        }
    }

    /** What the report holds: the rows, and the cells not finished yet. */
    public record Built(int rows, List<Integer> missing) {}

    /** Writes the report of the cells finished so far into the experiment folder. */
    public static Built write(CompareSpec spec, Path out) throws IOException {
        List<CellResult> done = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (CompareSpec.Cell c : spec.cells()) {
            CellResult r = CellResult.read(out.resolve("cells").resolve(c.folder()));
            if (r == null) missing.add(c.number());
            else done.add(r);
        }
        List<Row> rows = new ArrayList<>();
        for (CellResult c : done) for (CellResult.Entry e : c.entries()) rows.add(new Row(c, e));
        AtomicFiles.writeString(out.resolve("results.csv"), csv(rows));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", spec.name());
        json.put("about", spec.about());
        json.put("missing_cells", missing);
        json.put("cells", done);
        AtomicFiles.writeString(out.resolve("results.json"), Json.MAPPER.writeValueAsString(json) + "\n");
        List<String> charts = charts(rows, done, out);
        AtomicFiles.writeString(out.resolve("report.html"), ReportHtml.page(spec, rows, charts, missing));
        return new Built(rows.size(), missing);
    }

    static String csv(List<Row> rows) {
        StringBuilder s = new StringBuilder("cell,model,seed,sampling,step");
        for (String[] c : COLUMNS) s.append(',').append(c[0]);
        for (String[] c : COSTS) s.append(',').append(c[0]);
        s.append('\n');
        for (Row r : rows) {
            s.append(r.cell().number()).append(',').append(quote(r.cell().label())).append(',').append(r.cell().seed()).append(',')
                    .append(quote(r.entry().sampling())).append(',').append(r.entry().step());
            for (String[] c : COLUMNS) s.append(',').append(value(r.metric(c[0])));
            for (String[] c : COSTS) s.append(',').append(value(r.cost(c[0])));
            s.append('\n');
        }
        return s.toString();
    }

    private static String value(Object v) {
        return v == null ? "" : v.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Draws the charts that have data; returns their file names. */
    private static List<String> charts(List<Row> rows, List<CellResult> cells, Path out) throws IOException {
        List<String> files = new ArrayList<>();
        List<ReportCharts.Series> losses = new ArrayList<>();
        for (CellResult c : cells) {
            Path metrics = out.resolve(c.run()).resolve("metrics.csv");
            if (!c.run().startsWith("cells") || !Files.isRegularFile(metrics)) continue;
            List<double[]> points = new ArrayList<>();
            for (MetricsLog.Row r : MetricsLog.read(metrics)) {
                if (!r.losses().isEmpty()) points.add(new double[]{r.step(), r.losses().values().iterator().next()});
            }
            losses.add(new ReportCharts.Series(c.label() + " seed " + c.seed(), thin(points, 400)));
        }
        if (!losses.isEmpty()) {
            ImageFiles.writePng(ReportCharts.lines("Training loss", "step", "loss (log scale)", losses, false, true, false, 900, 500),
                    out.resolve("loss.png"));
            files.add("loss.png");
        }
        Map<String, List<double[]>> bySampler = new LinkedHashMap<>();
        Map<String, List<double[]>> byTime = new LinkedHashMap<>();
        Map<String, Double> cost = new LinkedHashMap<>();
        List<double[]> floor = new ArrayList<>();
        for (Row r : rows) {
            double fid = ((Number) r.metric("fid")).doubleValue();
            Object nfe = r.cost("network_evaluations_per_sample"), seconds = r.cost("training_seconds");
            @SuppressWarnings("unchecked")
            Object sampler = ((Map<String, Object>) r.entry().report().get("sampling")).get("sampler");
            String series = r.cell().label() + (sampler == null ? "" : ", " + sampler);
            bySampler.computeIfAbsent(series, k -> new ArrayList<>()).add(new double[]{((Number) nfe).doubleValue(), fid});
            floor.add(new double[]{((Number) nfe).doubleValue(), ((Number) r.metric("fid_floor")).doubleValue()});
            if (seconds instanceof Number n) {
                byTime.computeIfAbsent(r.cell().label() + ", " + r.entry().sampling(), k -> new ArrayList<>())
                        .add(new double[]{n.doubleValue() / 60, fid});
            }
            cost.put(r.name(), ((Number) r.cost("ms_per_sample")).doubleValue());
        }
        if (bySampler.values().stream().anyMatch(l -> l.stream().mapToDouble(p -> p[0]).distinct().count() > 1)) {
            bySampler.put("floor: real against real", floor);
            ImageFiles.writePng(ReportCharts.lines("Quality against network evaluations per sample", "network evaluations per sample (log)",
                    "FID in judge space (lower is better)", series(bySampler), true, false, true, 900, 500), out.resolve("quality-vs-steps.png"));
            files.add("quality-vs-steps.png");
        }
        if (!byTime.isEmpty()) {
            ImageFiles.writePng(ReportCharts.lines("Quality against training time", "training wall-clock (minutes)",
                    "FID in judge space (lower is better)", series(byTime), false, false, true, 900, 500), out.resolve("quality-vs-time.png"));
            files.add("quality-vs-time.png");
        }
        if (!cost.isEmpty()) {
            ImageFiles.writePng(ReportCharts.bars("Milliseconds per generated sample (this machine)", "ms per sample", cost, 900,
                    Math.max(240, 60 + 26 * cost.size())), out.resolve("cost.png"));
            files.add("cost.png");
        }
        return files;
    }

    private static List<ReportCharts.Series> series(Map<String, List<double[]>> points) {
        List<ReportCharts.Series> out = new ArrayList<>();
        points.forEach((name, p) -> {
            List<double[]> sorted = new ArrayList<>(p);
            sorted.sort((a, b) -> Double.compare(a[0], b[0]));
            out.add(new ReportCharts.Series(name, sorted));
        });
        return out;
    }

    private static List<double[]> thin(List<double[]> points, int max) {
        if (points.size() <= max) return points;
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < max; i++) out.add(points.get((int) ((long) i * (points.size() - 1) / (max - 1))));
        return out;
    }

    static String format(Object v) {
        if (v == null) return "–";
        if (v instanceof Double d) return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%.3f", d);
        if (v instanceof Number n) return String.format(Locale.ROOT, "%,d", n.longValue());
        return v.toString();
    }
}
