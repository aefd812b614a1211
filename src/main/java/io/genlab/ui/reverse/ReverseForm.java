package io.genlab.ui.reverse;

import com.formdev.flatlaf.FlatClientProperties;
import io.genlab.diffusion.SamplerSettings;
import io.genlab.train.DataShape;
import io.genlab.ui.widgets.Choice;
import io.genlab.ui.widgets.FormColumn;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.util.Random;

/**
 * The settings column of the Reverse process view: seed, sampler, eta, steps, guidance, class and
 * number of samples, the Generate / Cancel / Sampler grid buttons, a progress bar and a status line.
 * It reads and shows settings; the view decides what the buttons do.
 */
final class ReverseForm extends FormColumn {
    final JLabel model = new JLabel(" ");
    final JSpinner seed = new JSpinner(new SpinnerNumberModel(1, 0, Integer.MAX_VALUE, 1));
    final JButton newSeed = new JButton("New seed");
    final JComboBox<SamplerSettings.Method> sampler = new JComboBox<>(SamplerSettings.Method.values());
    final JSpinner eta = new JSpinner(new SpinnerNumberModel(0.0, 0.0, 1.0, 0.1));
    final JSpinner steps = new JSpinner(new SpinnerNumberModel(50, 1, 10_000, 1));
    final JLabel stepsHint = new JLabel(" ");
    final JSpinner guidance = new JSpinner(new SpinnerNumberModel(3.0, 0.0, 20.0, 0.5));
    final JComboBox<Choice> classes = new JComboBox<>();
    final JSpinner count = new JSpinner(new SpinnerNumberModel(8, 1, ReverseSettings.MAX_COUNT, 1));
    final JButton generate = new JButton("Generate");
    final JButton cancel = new JButton("Cancel");
    final JButton grid = new JButton("Sampler grid");
    final JProgressBar progress = new JProgressBar();
    final JLabel status = new JLabel(" ");

    ReverseForm() {
        setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        sampler.setSelectedItem(SamplerSettings.Method.DDIM);
        model.putClientProperty(FlatClientProperties.STYLE, "font: bold");      // follows presenter mode
        wide(model);
        field("Seed", seed);
        wide(newSeed);
        field("Sampler", sampler);
        field("Eta (DDIM noise)", eta);
        field("Steps", steps);
        wide(stepsHint);
        field("Guidance scale", guidance);
        field("Class", classes);
        field("Samples", count);
        gap();
        wide(generate);
        wide(cancel);
        wide(grid);
        gap();
        wide(progress);
        wide(status);
        fill();

        generate.setToolTipText("Run the reverse process once with these settings and record every step");
        grid.setToolTipText("DDPM and DDIM (eta 0 and 1) at 10, 25 and 50 steps, all from the same start noise");
        newSeed.addActionListener(e -> seed.setValue(new Random().nextInt(1_000_000)));
        sampler.addActionListener(e -> eta.setEnabled(sampler.getSelectedItem() == SamplerSettings.Method.DDIM));
        stepsHint.putClientProperty(FlatClientProperties.STYLE, "font: italic");
        setModelShape(null, 0);
        setRunning(false, false);
    }

    /** The settings as the form shows them now. */
    ReverseSettings settings() {
        Choice c = (Choice) classes.getSelectedItem();
        return new ReverseSettings(((Number) seed.getValue()).longValue(), (SamplerSettings.Method) sampler.getSelectedItem(),
                ((Number) eta.getValue()).doubleValue(), ((Number) steps.getValue()).intValue(),
                ((Number) guidance.getValue()).doubleValue(), c == null ? ReverseSettings.EVERY_CLASS : c.value(),
                ((Number) count.getValue()).intValue());
    }

    /**
     * Fills the class box for a model's data (class names when it has several classes) and shows T;
     * null when there is no usable model.
     */
    void setModelShape(DataShape shape, int timesteps) {
        DefaultComboBoxModel<Choice> m = new DefaultComboBoxModel<>();
        if (shape != null && shape.numClasses() > 1) {
            m.addElement(new Choice(ReverseSettings.EVERY_CLASS, "every class in turn"));
            for (int k = 0; k < shape.numClasses(); k++) m.addElement(new Choice(k, k + ": " + shape.classNames().get(k)));
            m.addElement(new Choice(ReverseSettings.NO_CLASS, "no class (unconditional)"));
        } else {
            m.addElement(new Choice(ReverseSettings.EVERY_CLASS, shape == null ? "—" : "(unlabelled data)"));
        }
        classes.setModel(m);
        classes.setEnabled(shape != null && shape.numClasses() > 1);
        guidance.setEnabled(shape != null && shape.numClasses() > 1);
        stepsHint.setText(timesteps > 0 ? "up to T = " + timesteps + " (the model's noise levels)" : " ");
    }

    /** Selects the class box entry of {@code value} (a class index, every class or no class); false if there is none. */
    boolean selectClass(int value) {
        return Choice.select(classes, value);
    }

    /** Enables the buttons for the state: a job running, or a model ready (or neither). */
    void setRunning(boolean running, boolean modelReady) {
        generate.setEnabled(!running && modelReady);
        grid.setEnabled(!running && modelReady);
        cancel.setEnabled(running);
        progress.setVisible(running);
        if (!running) progress.setValue(0);
    }
}
