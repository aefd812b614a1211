package io.genlab.eval.prompts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-attribute accuracy of a set of images against their prompts, split by the prompts' number
 * of objects (1, 2, 3) and over all of them: for each attribute, the checks that were right over
 * the checks made ({@link Verdict}), so a per-object attribute weighs a three-object prompt three
 * times. An attribute no prompt of a split had (position in three-object prompts) has no number
 * there. It only counts; {@link PromptFidelity} decides.
 */
public final class FidelityTable {
    /** The splits, in table order: 1, 2 and 3 objects, then all. */
    public static final List<String> SPLITS = List.of("1 object", "2 objects", "3 objects", "all");
    private static final int ALL = 3;
    private final long[][] checked = new long[4][Attribute.values().length], right = new long[4][Attribute.values().length];
    private final int[] images = new int[4];

    /** Adds one image whose prompt had {@code objects} objects. */
    public void add(int objects, Map<Attribute, Verdict> verdicts) {
        if (objects < 1 || objects > 3) throw new IllegalArgumentException("a Shapes prompt has 1 to 3 objects, got " + objects);
        for (int split : new int[]{objects - 1, ALL}) {
            images[split]++;
            for (var e : verdicts.entrySet()) {
                checked[split][e.getKey().ordinal()] += e.getValue().checked();
                right[split][e.getKey().ordinal()] += e.getValue().right();
            }
        }
    }

    /** Images in a split, {@link #SPLITS} index 0..3. */
    public int images(int split) { return images[split]; }

    /** The share of right checks of an attribute in a split ({@link #SPLITS} index), or NaN if nothing was checked. */
    public double accuracy(int split, Attribute a) {
        long c = checked[split][a.ordinal()];
        return c == 0 ? Double.NaN : (double) right[split][a.ordinal()] / c;
    }

    /** {split: {"images": n, attribute word: accuracy, ...}}, attributes that were never checked left out. */
    public Map<String, Map<String, Double>> toMap() {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (int s = 0; s < SPLITS.size(); s++) {
            Map<String, Double> row = new LinkedHashMap<>();
            row.put("images", (double) images[s]);
            for (Attribute a : Attribute.values()) {
                double v = accuracy(s, a);
                if (!Double.isNaN(v)) row.put(a.word(), round(v));
            }
            out.put(SPLITS.get(s), row);
        }
        return out;
    }

    /**
     * A markdown table: a row per attribute, a column per split; with {@code beside}, each split
     * has two columns, this table's then {@code beside}'s (e.g. the model's samples, then the real renders).
     */
    public List<String> markdown(String name, FidelityTable beside, String besideName) {
        List<String> header = new ArrayList<>(List.of("attribute")), rule = new ArrayList<>(List.of("---"));
        for (int s = 0; s < SPLITS.size(); s++) {
            header.add(SPLITS.get(s) + (beside == null ? "" : ": " + name) + " (" + images[s] + ")");
            rule.add("---:");
            if (beside != null) {
                header.add(SPLITS.get(s) + ": " + besideName);
                rule.add("---:");
            }
        }
        List<String> lines = new ArrayList<>(List.of(row(header), row(rule)));
        for (Attribute a : Attribute.values()) {
            List<String> cells = new ArrayList<>(List.of(a.word()));
            for (int s = 0; s < SPLITS.size(); s++) {
                cells.add(cell(accuracy(s, a)));
                if (beside != null) cells.add(cell(beside.accuracy(s, a)));
            }
            lines.add(row(cells));
        }
        return lines;
    }

    /** The same numbers as {@link #markdown} in aligned plain-text columns, for a terminal. */
    public List<String> text(String name, FidelityTable beside, String besideName) {
        List<String> lines = new ArrayList<>();
        StringBuilder top = new StringBuilder(String.format(Locale.ROOT, "%-10s", ""));
        StringBuilder sub = new StringBuilder(String.format(Locale.ROOT, "%-10s", "attribute"));
        for (int s = 0; s < SPLITS.size(); s++) {
            top.append(String.format(Locale.ROOT, "  %-17s", SPLITS.get(s) + " (" + images[s] + ")"));
            sub.append(String.format(Locale.ROOT, "  %-17s", beside == null ? name : String.format(Locale.ROOT, "%-8s %8s", name, besideName)));
        }
        lines.add(top.toString().stripTrailing());
        lines.add(sub.toString().stripTrailing());
        for (Attribute a : Attribute.values()) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-10s", a.word()));
            for (int s = 0; s < SPLITS.size(); s++) {
                b.append(String.format(Locale.ROOT, "  %-17s", beside == null ? cell(accuracy(s, a))
                        : String.format(Locale.ROOT, "%-8s %8s", cell(accuracy(s, a)), cell(beside.accuracy(s, a)))));
            }
            lines.add(b.toString().stripTrailing());
        }
        return lines;
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
