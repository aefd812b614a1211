package io.genlab.ui.autoregressive;

import com.formdev.flatlaf.FlatClientProperties;
import io.genlab.train.DataShape;
import io.genlab.ui.widgets.Choice;
import io.genlab.ui.widgets.FormColumn;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.util.Random;

/**
 * The settings column of the Autoregressive view: how to sample (seed, temperature, sampler), what
 * to generate (class, samples) and what to complete (a test image, the rows given, how many
 * completions), the Generate / Complete / Cancel buttons and a status line. It reads and shows
 * settings; the view decides what the buttons do.
 */
final class PixelForm extends FormColumn {
    final JLabel model = new JLabel(" ");
    final JSpinner seed = new JSpinner(new SpinnerNumberModel(1, 0, Integer.MAX_VALUE, 1));
    final JButton newSeed = new JButton("New seed");
    final JSlider temperatureSlider = new JSlider((int) (PixelSettings.MIN_TEMPERATURE * 100), (int) (PixelSettings.MAX_TEMPERATURE * 100), 100);
    final JSpinner temperature = new JSpinner(new SpinnerNumberModel(1.0, PixelSettings.MIN_TEMPERATURE, PixelSettings.MAX_TEMPERATURE, 0.05));
    final JComboBox<PixelSettings.Sampler> sampler = new JComboBox<>(PixelSettings.Sampler.values());
    final JComboBox<Choice> classes = new JComboBox<>();
    final JSpinner samples = new JSpinner(new SpinnerNumberModel(4, 1, PixelSettings.MAX_SAMPLES, 1));
    final JButton generate = new JButton("Generate");
    final JSpinner image = new JSpinner(new SpinnerNumberModel(0, 0, 0, 1));
    final JLabel imageClass = new JLabel(" ");
    final JSpinner rows = new JSpinner(new SpinnerNumberModel(14, 0, 27, 1));
    final JSpinner completions = new JSpinner(new SpinnerNumberModel(4, 1, PixelSettings.MAX_SAMPLES, 1));
    final JButton complete = new JButton("Complete");
    final JButton cancel = new JButton("Cancel");
    final JLabel status = new JLabel(" ");
    private boolean imagesReady;
    private boolean running;
    private boolean modelReady;

    PixelForm() {
        setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        model.putClientProperty(FlatClientProperties.STYLE, "font: bold");      // follows presenter mode
        temperature.setEditor(new JSpinner.NumberEditor(temperature, "0.00"));
        wide(model);
        heading("Sampling");
        field("Seed", seed);
        wide(newSeed);
        field("Temperature", temperature);
        wide(temperatureSlider);
        field("Sampler", sampler);
        heading("Generate");
        field("Class", classes);
        field("Samples", samples);
        wide(generate);
        heading("Complete a test image");
        field("Test image", image);
        wide(imageClass);
        field("Rows given", rows);
        field("Completions", completions);
        wide(complete);
        gap();
        wide(cancel);
        wide(status);
        fill();

        temperature.setToolTipText("Divides the logits: below 1 sharpens each pixel's distribution (safer, duller pictures), above 1 flattens it");
        temperatureSlider.setToolTipText(temperature.getToolTipText());
        sampler.setToolTipText("Both draw the same samples for a seed. Naive runs the whole network over the whole image for every "
                + "pixel (784 whole-network passes for 28x28); cached computes only the new pixel's position in every layer.");
        generate.setToolTipText("Draw the samples pixel by pixel and record every step");
        complete.setToolTipText("Give the model the top rows of the test image and let it draw the rest, several times");
        rows.setToolTipText("How many rows of the test image the model is given; it draws the rows below them");
        newSeed.addActionListener(e -> seed.setValue(new Random().nextInt(1_000_000)));
        temperatureSlider.addChangeListener(e -> temperature.setValue(temperatureSlider.getValue() / 100.0));
        temperature.addChangeListener(e -> temperatureSlider.setValue((int) Math.round(((Number) temperature.getValue()).doubleValue() * 100)));
        setModelShape(null);
        setRunning(false, false);
    }

    /** The sampling settings as the form shows them now. */
    PixelSettings settings() {
        Choice c = (Choice) classes.getSelectedItem();
        return new PixelSettings(((Number) seed.getValue()).longValue(), ((Number) temperature.getValue()).doubleValue(),
                (PixelSettings.Sampler) sampler.getSelectedItem(), c == null ? PixelSettings.EVERY_CLASS : c.value(),
                ((Number) samples.getValue()).intValue());
    }

    int imageIndex() { return ((Number) image.getValue()).intValue(); }

    int givenRows() { return ((Number) rows.getValue()).intValue(); }

    int completionCount() { return ((Number) completions.getValue()).intValue(); }

    /** Fills the class box with the model's classes and sets the rows given to half its height; null: no model. */
    void setModelShape(DataShape shape) {
        DefaultComboBoxModel<Choice> m = new DefaultComboBoxModel<>();
        m.addElement(new Choice(PixelSettings.EVERY_CLASS, shape == null ? "—" : "every class in turn"));
        if (shape != null) {
            for (int k = 0; k < shape.numClasses(); k++) m.addElement(new Choice(k, k + ": " + shape.classNames().get(k)));
            SpinnerNumberModel r = (SpinnerNumberModel) rows.getModel();
            r.setMaximum(shape.height() - 1);
            r.setValue(shape.height() / 2);
        }
        classes.setModel(m);
        classes.setEnabled(shape != null && shape.numClasses() > 1);
        setImageCount(0);
    }

    /** How many test images there are to choose from (0: none loaded). */
    void setImageCount(int count) {
        SpinnerNumberModel m = (SpinnerNumberModel) image.getModel();
        m.setMaximum(Math.max(0, count - 1));
        m.setValue(0);
        image.setEnabled(count > 0);
        if (count == 0) imageClass.setText(" ");
        imagesReady = count > 0;
        updateButtons();
    }

    /** Selects the class box entry of {@code value}; false if there is none. */
    boolean selectClass(int value) {
        return Choice.select(classes, value);
    }

    /** Enables the buttons for the state: a job running, or a model ready (or neither); Complete also needs the test images. */
    void setRunning(boolean isRunning, boolean isModelReady) {
        running = isRunning;
        modelReady = isModelReady;
        updateButtons();
    }

    private void updateButtons() {
        generate.setEnabled(!running && modelReady);
        complete.setEnabled(!running && modelReady && imagesReady);
        cancel.setEnabled(running);
    }
}
