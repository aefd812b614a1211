package io.genlab.eval.compare;

import io.genlab.nn.Backend;
import io.genlab.train.GenLabVersion;

import java.nio.file.Path;
import java.util.List;

/**
 * The comparison report as one HTML page that needs nothing but the PNGs beside it: what was
 * compared, the table of metrics, the charts, each row's samples side by side, and the
 * memorisation panels. Every text from the spec is escaped.
 */
final class ReportHtml {
    private ReportHtml() {}

    static String page(CompareSpec spec, List<CompareReport.Row> rows, List<String> charts, List<Integer> missing) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(spec.name())).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:1200px;margin:2em auto;color:#1a1a1a}table{border-collapse:collapse;font-size:14px}"
                        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td.l,th.l{text-align:left}th{background:#f0f2f5}"
                        + ".grid{display:flex;flex-wrap:wrap;gap:16px}.grid figure{margin:0;max-width:380px}.grid img{max-width:380px}"
                        + "figcaption{font-size:13px}.note{color:#555;font-size:14px}</style></head><body>\n");
        h.append("<h1>").append(esc(spec.name())).append("</h1>\n");
        if (spec.about() != null) h.append("<p>").append(esc(spec.about())).append("</p>\n");
        Backend b = Backend.current();
        h.append("<p class=\"note\">Dataset ").append(esc(spec.dataset())).append("; ").append(spec.samples()).append(" samples per score, seed ")
                .append(spec.seed()).append(". Made by GenLab ").append(esc(GenLabVersion.get())).append(" on ").append(esc(b.backend()))
                .append(b.oneDnn() ? " (oneDNN)" : "").append(", ").append(b.threads()).append(" threads. FID is measured in the GenLab judge's "
                        + "feature space, not Inception-v3's: compare it with its floor (two sets of real images) and with the other rows, "
                        + "not with FID values in papers. Times are this machine's.</p>\n");
        if (!missing.isEmpty()) {
            h.append("<p><b>Not finished yet:</b> cells ").append(missing).append(". Run them (<code>genlab compare --cell N</code>), "
                    + "then <code>--merge</code>.</p>\n");
        }
        table(h, rows);
        for (String c : charts) h.append("<p><img src=\"").append(c).append("\" alt=\"").append(c).append("\"></p>\n");
        h.append("<h2>Samples</h2>\n<div class=\"grid\">\n");
        for (CompareReport.Row r : rows) figure(h, r, "samples.png");
        h.append("</div>\n<h2>Memorisation: samples beside their nearest training images</h2>\n<div class=\"grid\">\n");
        for (CompareReport.Row r : rows) if (r.metric("memorised_share") != null) figure(h, r, "memorisation.png");
        h.append("</div>\n</body></html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, List<CompareReport.Row> rows) {
        h.append("<table>\n<tr><th class=\"l\">model</th><th>seed</th><th class=\"l\">sampling</th><th>step</th>");
        for (String[] c : CompareReport.COLUMNS) h.append("<th>").append(c[1]).append("</th>");
        for (String[] c : CompareReport.COSTS) h.append("<th>").append(c[1]).append("</th>");
        h.append("</tr>\n");
        for (CompareReport.Row r : rows) {
            h.append("<tr><td class=\"l\">").append(esc(r.cell().label())).append("</td><td>").append(r.cell().seed() == 0 ? "–" : r.cell().seed())
                    .append("</td><td class=\"l\">").append(esc(r.entry().sampling())).append("</td><td>").append(String.format("%,d", r.entry().step()))
                    .append("</td>");
            for (String[] c : CompareReport.COLUMNS) h.append("<td>").append(CompareReport.format(r.metric(c[0]))).append("</td>");
            for (String[] c : CompareReport.COSTS) h.append("<td>").append(CompareReport.format(r.cost(c[0]))).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void figure(StringBuilder h, CompareReport.Row r, String file) {
        String src = Path.of(r.entry().folder()).resolve(file).toString().replace('\\', '/');
        h.append("<figure><img src=\"").append(esc(src)).append("\" alt=\"").append(esc(r.name())).append("\"><figcaption>")
                .append(esc(r.name())).append("</figcaption></figure>\n");
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
