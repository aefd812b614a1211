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
import io.genlab.ui.widgets.Styles;
import io.genlab.viz.ImageGrid;
import io.genlab.viz.ImageTensors;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingWorker;

import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
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
        JTextArea text = new JTextArea(describe());
        text.setEditable(false);
        Styles.styled(text, "monospaced");
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

    private String describe() {
        StringBuilder s = new StringBuilder();
        s.append("Datasets\n");
        for (CatalogEntry e : DatasetCatalog.available(context.locations())) {
            if (e.active()) s.append(String.format("  %-18s %,8d  %s%n", e.spec(), e.count(), e.origin().label()));
        }
        s.append("\nModels\n");
        for (ModelProvider p : context.registry().providers()) {
            s.append(String.format("  %-18s %s%n", p.name(), p.description()));
        }
        s.append("\nPretrained runs (").append(context.pretrainedFolder()).append(")\n");
        List<java.nio.file.Path> runs = context.pretrainedRuns();
        if (runs.isEmpty()) s.append("  none\n");
        for (java.nio.file.Path r : runs) s.append("  ").append(r.getFileName()).append('\n');
        s.append("\nThe same from the command line: ./genlab help\n");
        return s.toString();
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
