package io.genlab.eval.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well a classifier did on labelled images: accuracy, each class's precision and recall, and
 * the confusion matrix (row: true class, column: predicted class).
 *
 * @param judge      which judge, e.g. "GenLab CNN" or "Tribuo linear SGD"
 * @param classNames the classes, in label order
 * @param accuracy   share of images classified right
 * @param precision  per class: of the images predicted as it, the share that are it (NaN if none were)
 * @param recall     per class: of the images that are it, the share predicted as it (NaN if there were none)
 * @param confusion  [true][predicted] counts
 */
public record ClassificationReport(String judge, List<String> classNames, double accuracy, double[] precision, double[] recall,
                                   long[][] confusion) {

    /** The report of predictions against the truth, counted here. */
    public static ClassificationReport of(String judge, List<String> classNames, int[] truth, int[] predicted) {
        if (truth.length != predicted.length) throw new IllegalArgumentException(truth.length + " labels for " + predicted.length + " predictions");
        int k = classNames.size();
        long[][] confusion = new long[k][k];
        for (int i = 0; i < truth.length; i++) confusion[truth[i]][predicted[i]]++;
        return fromConfusion(judge, classNames, confusion);
    }

    /** Accuracy, precision and recall of a confusion matrix. */
    static ClassificationReport fromConfusion(String judge, List<String> classNames, long[][] confusion) {
        int k = classNames.size();
        double[] precision = new double[k], recall = new double[k];
        long right = 0, total = 0;
        for (int c = 0; c < k; c++) {
            long predicted = 0, actual = 0;
            for (int o = 0; o < k; o++) {
                predicted += confusion[o][c];
                actual += confusion[c][o];
                total += confusion[c][o];
            }
            right += confusion[c][c];
            precision[c] = predicted == 0 ? Double.NaN : (double) confusion[c][c] / predicted;
            recall[c] = actual == 0 ? Double.NaN : (double) confusion[c][c] / actual;
        }
        return new ClassificationReport(judge, classNames, total == 0 ? Double.NaN : (double) right / total, precision, recall, confusion);
    }

    /** A table for the console: accuracy, then one line per class, then the confusion matrix. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%s: accuracy %.4f", judge, accuracy));
        out.add(String.format(Locale.ROOT, "  %-14s %9s %9s", "class", "precision", "recall"));
        for (int c = 0; c < classNames.size(); c++) {
            out.add(String.format(Locale.ROOT, "  %-14s %9.3f %9.3f", classNames.get(c), precision[c], recall[c]));
        }
        StringBuilder head = new StringBuilder("  confusion (rows: true class, columns: predicted)\n  " + " ".repeat(15));
        for (int c = 0; c < classNames.size(); c++) head.append(String.format("%6d", c));
        out.add(head.toString());
        for (int c = 0; c < classNames.size(); c++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-12s %2d", abbreviate(classNames.get(c)), c));
            for (long n : confusion[c]) row.append(String.format("%6d", n));
            out.add(row.toString());
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 12 ? s : s.substring(0, 11) + "…";
    }
}
