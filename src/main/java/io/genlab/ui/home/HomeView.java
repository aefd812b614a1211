package io.genlab.ui.home;

import io.genlab.data.CatalogEntry;
import io.genlab.data.DatasetCatalog;
import io.genlab.data.Datasets;
import io.genlab.data.ImageDataset;
import io.genlab.train.ModelProvider;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.ImageGrid;
import io.genlab.viz.ImageTensors;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingWorker;
import javax.swing.text.html.HTMLEditorKit;

import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The start page: what this installation has (datasets, models, shipped runs) and a look at the data. */
public final class HomeView implements WorkbenchView {
    private final WorkbenchContext context;
    private final JPanel panel = new JPanel(new BorderLayout(16, 16));
    private final PicturePanel preview = new PicturePanel("Loading the Fashion-MNIST images…");
    private boolean loaded;

    public HomeView(WorkbenchContext context) {
        this.context = context;
        panel.setBorder(BorderFactory.createEmptyBorder(8, 16, 16, 16));
        JEditorPane text = new JEditorPane();
        text.setEditable(false);
        text.setEditorKit(new HTMLEditorKit());
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);   // the look-and-feel font: scales in presenter mode
        text.setText(describe());
        text.setCaretPosition(0);
        panel.add(new JScrollPane(text), BorderLayout.CENTER);
        panel.add(preview, BorderLayout.EAST);
        preview.setPreferredSize(new java.awt.Dimension(460, 560));
    }

    @Override public String id() { return "home"; }

    @Override public String title() { return "Start"; }

    @Override
    public String explanation() {
        return "GenLab trains small image generators and shows how they work, step by step. Pick a view on the "
                + "left: Train a model and watch it go from random guessing to clear pictures; add noise to an image "
                + "in the Forward process; watch the Reverse process turn pure noise into a picture. The model "
                + "chooser at the top picks the trained model the views use. Page Down / Page Up move between "
                + "views; F11 is presenter mode.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        BufferedImage p = preview.picture();
        return p == null ? List.of() : List.of(new Export.Picture("Fashion-MNIST examples", "fashion-examples", () -> p));
    }

    @Override
    public void shown() {
        if (loaded) return;
        loaded = true;
        new SwingWorker<BufferedImage, Void>() {
            @Override
            protected BufferedImage doInBackground() {
                return fashionPreview();
            }

            @Override
            protected void done() {
                try {
                    preview.setPicture(get());
                } catch (Exception e) {
                    preview.setMessage("Could not load Fashion-MNIST");
                    context.problems().report("Loading Fashion-MNIST", e.getCause() instanceof Exception c ? c : e);
                }
            }
        }.execute();
    }

    /** What this installation has, as HTML tables that wrap to the panel's width. */
    String describe() {
        StringBuilder s = new StringBuilder("<html><body>");
        s.append("<h3>Datasets</h3><table>");
        for (CatalogEntry e : DatasetCatalog.available(context.locations())) {
            if (e.active()) row(s, e.spec(), String.format("%,d", e.count()), e.origin().label());
        }
        s.append("</table><h3>Models</h3><table>");
        for (ModelProvider p : context.registry().providers()) row(s, p.name(), p.description());
        s.append("</table><h3>Pretrained runs</h3><p>").append(escape(context.pretrainedFolder().toString())).append("</p><table>");
        List<Path> runs = context.pretrainedRuns();
        if (runs.isEmpty()) row(s, "none");
        for (Path r : runs) row(s, r.getFileName().toString());
        s.append("</table><p>The same from the command line: <code>./genlab help</code></p></body></html>");
        return s.toString();
    }

    private static void row(StringBuilder s, String name, String... cells) {
        s.append("<tr><td valign=\"top\"><code>").append(escape(name)).append("</code></td>");
        for (String c : cells) s.append("<td valign=\"top\">").append(escape(c)).append("</td>");
        s.append("</tr>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private BufferedImage fashionPreview() {
        ImageDataset ds = Datasets.loadImages("fashion", context.locations(), 1);
        List<BufferedImage> images = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            images.add(ImageTensors.toImage(ds.image(i), ds.channels(), ds.height(), ds.width()));
            labels.add(ds.classNames().get(ds.label(i)));
        }
        return ImageGrid.builder().setImages(images).setColumns(4).optCellScale(4).optCellLabels(labels)
                .optTitle("Fashion-MNIST, first 20").build().render();
    }
}
