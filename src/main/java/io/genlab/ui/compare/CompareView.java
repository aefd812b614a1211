package io.genlab.ui.compare;

import io.genlab.eval.compare.ExperimentResults;
import io.genlab.ui.shell.LinkSettings;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PicturePanel;

import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Compare view: an experiment run by {@code genlab compare}, opened from its folder: the
 * metrics table, the charts, and the samples and memorisation panels of the rows chosen in the
 * table, side by side. It reads reports; it runs nothing.
 */
public final class CompareView implements WorkbenchView {
    private static final Set<String> SETTINGS = Set.of("report", "rows");
    private final WorkbenchContext context;
    private final JPanel panel = new JPanel(new BorderLayout(8, 8));
    private final ExperimentChooser chooser;
    private final JLabel about = new JLabel(" ");
    private final ResultsTable tableModel = new ResultsTable();
    private final JTable table = new JTable(tableModel);
    private final ChartTabs charts = new ChartTabs();
    private final PicturePanel samples = new PicturePanel("Choose one or more rows of the table to see their samples side by side");
    private final PicturePanel memorisation = new PicturePanel("Choose rows of the table to see their nearest training images");
    private final JTabbedPane pictures = new JTabbedPane();
    private ExperimentResults shown;

    public CompareView(WorkbenchContext context) {
        this.context = context;
        this.chooser = new ExperimentChooser(context, this::open);
        panel.setBorder(BorderFactory.createEmptyBorder(4, 16, 16, 16));
        JPanel top = new JPanel(new BorderLayout(8, 4));
        top.add(chooser, BorderLayout.NORTH);
        top.add(about, BorderLayout.CENTER);
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setAutoCreateRowSorter(true);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);                 // readable columns; the table scrolls sideways
        for (int c = 0; c < tableModel.getColumnCount(); c++) table.getColumnModel().getColumn(c).setPreferredWidth(ResultsTable.width(c));
        table.setDefaultRenderer(Double.class, new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                setHorizontalAlignment(RIGHT);
                setText(ResultsTable.format(value));
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) showChosen();
        });
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setPreferredSize(new Dimension(600, 200));
        pictures.addTab("Charts", charts.component());
        pictures.addTab("Samples side by side", samples);
        pictures.addTab("Memorisation side by side", memorisation);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, tableScroll, pictures);
        split.setResizeWeight(0.3);
        panel.add(top, BorderLayout.NORTH);
        panel.add(split, BorderLayout.CENTER);
    }

    @Override public String id() { return "compare"; }

    @Override public String title() { return "Compare"; }

    @Override
    public String explanation() {
        return "An experiment trains several models (or samples one model several ways) on the same data and scores them the same way. "
                + "Each row of the table is one model, seed and sampling setting. FID and precision/recall compare the samples with real "
                + "images the models never saw, in the judge's features: lower FID and higher precision and recall are better, and the "
                + "floor is what two sets of real images score. Choose rows to see their samples side by side; the charts show quality "
                + "against sampling steps, training time and cost. Run your own with 'genlab compare'.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        List<Export> out = new ArrayList<>();
        out.addAll(charts.exports());
        BufferedImage s = samples.picture(), m = memorisation.picture();
        if (s != null) out.add(new Export.Picture("Samples side by side", "compare-samples", () -> s));
        if (m != null) out.add(new Export.Picture("Memorisation side by side", "compare-memorisation", () -> m));
        return out;
    }

    @Override public Set<String> settings() { return SETTINGS; }

    /**
     * {@code report}: a shipped experiment's folder name under lessons/reports; {@code rows}: the
     * 1-based rows to show side by side, separated by commas.
     */
    @Override
    public void apply(Map<String, String> values) {
        LinkSettings link = new LinkSettings(id(), values, List.of("report", "rows"));
        String report = link.text("report");
        int[] rows = link.has("rows") ? ExperimentChooser.rows(values.get("rows")) : null;
        if (report != null) chooser.chooseShipped(report);
        if (rows != null) select(rows);
    }

    @Override
    public void shown() {
        if (shown == null) chooser.openFirst();
    }

    private void open(Path dir) {
        try {
            shown = ExperimentResults.read(dir);
        } catch (IOException | RuntimeException e) {
            context.problems().report("Opening the experiment " + dir, e);
            return;
        }
        about.setText("<html>" + esc(shown.name()) + (shown.about() == null ? "" : ": " + esc(shown.about()))
                + (shown.missing().isEmpty() ? "" : " <b>Not finished: cells " + shown.missing() + ".</b>") + "</html>");
        tableModel.show(shown.rows());
        charts.show(shown.charts(), context.problems());
        if (!shown.rows().isEmpty()) table.setRowSelectionInterval(0, Math.min(1, shown.rows().size() - 1));
    }

    private void select(int[] rows) {
        if (shown == null) return;
        table.clearSelection();
        for (int r : rows) {
            if (r < 1 || r > shown.rows().size()) throw LinkSettings.bad("rows", "row numbers from 1 to " + shown.rows().size(), Integer.toString(r));
            int v = table.convertRowIndexToView(r - 1);
            table.addRowSelectionInterval(v, v);
        }
        pictures.setSelectedIndex(1);
    }

    private void showChosen() {
        List<ExperimentResults.Row> chosen = new ArrayList<>();
        for (int v : table.getSelectedRows()) chosen.add(tableModel.row(table.convertRowIndexToModel(v)));
        try {
            BufferedImage s = SideBySide.of(chosen, "samples.png", PresenterMode.figureTheme());
            BufferedImage m = SideBySide.of(chosen, "memorisation.png", PresenterMode.figureTheme());
            if (s == null) samples.setMessage("Choose one or more rows of the table to see their samples side by side");
            else samples.setPicture(s);
            if (m == null) memorisation.setMessage("No memorisation panel for these rows (models of 2D points have none)");
            else memorisation.setPicture(m);
        } catch (IOException e) {
            context.problems().report("Showing the chosen rows", e);
        }
    }

    /** The rows shown now (for tests). */
    ResultsTable table() { return tableModel; }

    JTable jtable() { return table; }

    BufferedImage samplesPicture() { return samples.picture(); }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static BufferedImage read(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        if (img == null) throw new IOException(png + " is not a picture");
        return img;
    }
}
