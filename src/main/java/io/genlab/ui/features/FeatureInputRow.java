package io.genlab.ui.features;

import com.formdev.flatlaf.FlatClientProperties;
import io.genlab.data.ImageDataset;
import io.genlab.viz.ImageTensors;

import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.awt.FlowLayout;
import java.util.function.IntConsumer;

/**
 * The input chooser of the Layer features view: one thumbnail per class (its first image), an
 * image number spinner over the whole dataset and the chosen image's class. It reports the chosen
 * index; it does not probe.
 */
final class FeatureInputRow extends JPanel {
    private static final int MAX_THUMBNAILS = 12;
    private final JPanel thumbnails = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
    private final SpinnerNumberModel index = new SpinnerNumberModel(0, 0, 0, 1);
    private final JSpinner spinner = new JSpinner(index);
    private final JLabel label = new JLabel(" ");
    private ImageDataset data;

    FeatureInputRow(IntConsumer onChosen) {
        super(new FlowLayout(FlowLayout.LEFT, 8, 4));
        setBorder(BorderFactory.createEmptyBorder(0, 0, 4, 0));
        add(new JLabel("Input:"));
        add(thumbnails);
        add(new JLabel("Image #"));
        add(spinner);
        label.putClientProperty(FlatClientProperties.STYLE, "font: bold");      // follows presenter mode
        add(label);
        spinner.addChangeListener(e -> {
            if (data != null) onChosen.accept(chosen());
        });
        setData(null);
    }

    /** The images to choose from (null: none); shows one thumbnail per class and selects image 0. */
    void setData(ImageDataset newData) {
        data = null;                                    // no events while refilling
        thumbnails.removeAll();
        if (newData != null) {
            index.setMaximum(newData.size() - 1);
            index.setValue(0);
            int classes = Math.min(MAX_THUMBNAILS, newData.numClasses());
            for (int k = 0; k < classes; k++) {
                int first = firstOfClass(newData, k);
                if (first < 0) continue;
                JButton b = new JButton(new ImageIcon(ImageTensors.upscale(
                        ImageTensors.toImage(newData.image(first), newData.channels(), newData.height(), newData.width()),
                        Math.max(1, 48 / newData.height()))));
                b.setToolTipText(newData.classNames().get(k) + " (image #" + first + ")");
                b.setMargin(new java.awt.Insets(1, 1, 1, 1));
                b.addActionListener(e -> index.setValue(first));
                thumbnails.add(b);
            }
        } else {
            index.setMaximum(0);
            index.setValue(0);
        }
        data = newData;
        spinner.setEnabled(newData != null);
        showLabel();
        revalidate();
        repaint();
    }

    /** The chosen image's index. */
    int chosen() {
        showLabel();
        return ((Number) index.getValue()).intValue();
    }

    /** Chooses image {@code i} (reported like a user's choice). */
    void choose(int i) {
        index.setValue(i);
    }

    private void showLabel() {
        if (data == null) {
            label.setText(" ");
            return;
        }
        int i = ((Number) index.getValue()).intValue();
        label.setText(data.classNames().get(data.label(i)) + "  (" + data.name() + ", " + String.format("%,d", data.size()) + " images)");
    }

    static int firstOfClass(ImageDataset data, int k) {
        for (int i = 0; i < data.size(); i++) if (data.label(i) == k) return i;
        return -1;
    }
}
