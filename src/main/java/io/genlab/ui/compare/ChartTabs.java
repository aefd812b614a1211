package io.genlab.ui.compare;

import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PicturePanel;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JPanel;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The charts of an experiment's report, one at a time, chosen from a list. */
final class ChartTabs {
    private final JPanel panel = new JPanel(new BorderLayout(4, 4));
    private final JComboBox<String> choice = new JComboBox<>();
    private final PicturePanel picture = new PicturePanel("This experiment has no charts");
    private final List<BufferedImage> images = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    ChartTabs() {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        row.add(choice);
        panel.add(row, BorderLayout.NORTH);
        panel.add(picture, BorderLayout.CENTER);
        choice.addActionListener(e -> showChosen());
    }

    JComponent component() { return panel; }

    void show(List<Path> charts, Problems problems) {
        images.clear();
        names.clear();
        for (Path c : charts) {
            try {
                images.add(CompareView.read(c));
                names.add(title(c));
            } catch (IOException e) {
                problems.report("Reading the chart " + c.getFileName(), e);
            }
        }
        choice.setModel(new DefaultComboBoxModel<>(names.toArray(new String[0])));
        if (images.isEmpty()) picture.setMessage("This experiment has no charts");
        else showChosen();
    }

    List<Export> exports() {
        List<Export> out = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            BufferedImage img = images.get(i);
            out.add(new Export.Picture("Chart: " + names.get(i), "compare-" + names.get(i).toLowerCase().replaceAll("[^a-z]+", "-"), () -> img));
        }
        return out;
    }

    private void showChosen() {
        int i = choice.getSelectedIndex();
        if (i >= 0 && i < images.size()) picture.setPicture(images.get(i));
    }

    private static String title(Path chart) {
        return switch (chart.getFileName().toString()) {
            case "quality-vs-steps.png" -> "Quality against sampling steps";
            case "quality-vs-time.png" -> "Quality against training time";
            case "loss.png" -> "Training loss";
            case "cost.png" -> "Milliseconds per sample";
            default -> chart.getFileName().toString();
        };
    }
}
