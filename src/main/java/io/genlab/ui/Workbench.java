package io.genlab.ui;

import com.formdev.flatlaf.FlatLightLaf;
import io.genlab.data.CatalogEntry;
import io.genlab.data.DatasetCatalog;
import io.genlab.data.DatasetLocations;
import io.genlab.data.Datasets;
import io.genlab.data.ImageDataset;
import io.genlab.train.GenLabVersion;
import io.genlab.train.ModelProvider;
import io.genlab.train.ModelRegistry;
import io.genlab.viz.ImageGrid;
import io.genlab.viz.ImageTensors;

import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The GenLab main window. For now it shows what this installation has — datasets, models and a
 * look at the bundled images — and points to the command line; the teaching panels (training,
 * noising, denoising, feature maps) plug into it as they are built.
 */
public final class Workbench {
    private Workbench() {}

    /** Whether a window can be shown: a display is set and reachable. */
    public static boolean displayAvailable() {
        if (GraphicsEnvironment.isHeadless()) return false;
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length > 0;
        } catch (HeadlessException | java.awt.AWTError e) {
            return false;
        }
    }

    /** Opens the main window on the event dispatch thread. */
    public static void open() {
        Path home = io.genlab.data.GenLabHome.resolve();
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("GenLab " + GenLabVersion.get());
            frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
            JPanel root = new JPanel(new BorderLayout(16, 16));
            root.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
            JLabel title = new JLabel("GenLab — how AI generates images");
            title.setFont(title.getFont().deriveFont(Font.BOLD, 24f));
            root.add(title, BorderLayout.NORTH);
            JTextArea text = new JTextArea(describe(home));
            text.setEditable(false);
            text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 14));
            root.add(new JScrollPane(text), BorderLayout.CENTER);
            JLabel preview = new JLabel("loading the bundled Fashion-MNIST images…");
            root.add(preview, BorderLayout.EAST);
            frame.setContentPane(root);
            frame.setSize(1280, 800);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
            new SwingWorker<BufferedImage, Void>() {
                @Override
                protected BufferedImage doInBackground() {
                    return fashionPreview(home);
                }

                @Override
                protected void done() {
                    try {
                        preview.setIcon(new ImageIcon(get()));
                        preview.setText(null);
                    } catch (Exception e) {
                        preview.setText("could not load Fashion-MNIST: " + e.getMessage());
                    }
                }
            }.execute();
        });
    }

    private static String describe(Path home) {
        StringBuilder s = new StringBuilder();
        s.append("The workbench's teaching panels (training, forward and reverse diffusion, feature maps,\n")
                .append("GANs, PixelCNN, transformers) are being built. Everything below works today\n")
                .append("from the command line: ./genlab help\n\n");
        s.append("Datasets (./genlab datasets)\n");
        for (CatalogEntry e : DatasetCatalog.available(DatasetLocations.of(home))) {
            if (e.active()) s.append(String.format("  %-20s %,d %s%n", e.spec(), e.count(), e.origin().label()));
        }
        s.append("\nModels (./genlab models)\n");
        for (ModelProvider p : ModelRegistry.discover().providers()) {
            s.append(String.format("  %-20s %s%n", p.name(), p.description()));
        }
        s.append("\nTry\n")
                .append("  ./genlab dataset preview --name shapes --out shapes.png\n")
                .append("  ./genlab train --model pixel-gaussian --dataset fashion --steps 300 --run runs/baseline\n")
                .append("  ./genlab sample --run runs/baseline --out samples.png\n");
        return s.toString();
    }

    private static BufferedImage fashionPreview(Path home) {
        ImageDataset ds = Datasets.loadImages("fashion", DatasetLocations.of(home), 1);
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
