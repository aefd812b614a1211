package io.genlab.ui.compare;

import io.genlab.eval.compare.ExperimentResults;

import javax.swing.table.AbstractTableModel;

import java.util.List;
import java.util.Locale;

/** The metrics of an experiment as a table: one row per model, seed, sampling setting and checkpoint. */
final class ResultsTable extends AbstractTableModel {
    /** Column heading and the report's key; the first four columns are the row's name. */
    private static final List<String[]> METRICS = List.of(
            new String[]{"cond. accuracy", "conditional_accuracy"}, new String[]{"coverage", "coverage_entropy"},
            new String[]{"FID (judge)", "fid"}, new String[]{"FID floor", "fid_floor"}, new String[]{"precision", "precision"},
            new String[]{"recall", "recall"}, new String[]{"memorised", "memorised_share"}, new String[]{"bits/dim", "bits_per_dim"},
            new String[]{"ms/sample", "ms_per_sample"}, new String[]{"NFE/sample", "network_evaluations_per_sample"},
            new String[]{"train min", "training_seconds"});
    private List<ExperimentResults.Row> rows = List.of();

    void show(List<ExperimentResults.Row> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    ExperimentResults.Row row(int i) { return rows.get(i); }

    @Override public int getRowCount() { return rows.size(); }

    @Override public int getColumnCount() { return 4 + METRICS.size(); }

    @Override
    public String getColumnName(int c) {
        return c < 4 ? List.of("model", "seed", "sampling", "step").get(c) : METRICS.get(c - 4)[0];
    }

    @Override
    public Class<?> getColumnClass(int c) {
        return c == 0 || c == 2 ? String.class : Double.class;
    }

    @Override
    public Object getValueAt(int r, int c) {
        ExperimentResults.Row row = rows.get(r);
        return switch (c) {
            case 0 -> row.model();
            case 1 -> row.seed() == 0 ? null : Double.valueOf(row.seed());   // 0: an existing run, not trained here
            case 2 -> row.sampling();
            case 3 -> (double) row.step();
            default -> {
                String key = METRICS.get(c - 4)[1];
                Double v = row.number(key);
                yield v == null || !key.equals("training_seconds") ? v : Double.valueOf(v / 60);
            }
        };
    }

    /** Preferred column widths in pixels: the names wide enough to read, the numbers narrow. */
    static int width(int column) {
        return switch (column) {
            case 0 -> 170;
            case 2 -> 110;
            case 1, 3 -> 60;
            default -> 90;
        };
    }

    /** How a number shows in the table: whole numbers without decimals, small ones with three. */
    static String format(Object v) {
        if (!(v instanceof Double d)) return v == null ? "–" : v.toString();
        if (d == Math.rint(d) && Math.abs(d) < 1e9) return String.format(Locale.ROOT, "%,d", d.longValue());
        return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%.3f", d);
    }
}
