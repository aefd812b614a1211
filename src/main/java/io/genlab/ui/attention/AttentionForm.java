package io.genlab.ui.attention;

import com.formdev.flatlaf.FlatClientProperties;
import io.genlab.diffusion.SamplerSettings;
import io.genlab.train.DataShape;
import io.genlab.ui.widgets.ActionListenerGuard;
import io.genlab.ui.widgets.Choice;
import io.genlab.ui.widgets.FormColumn;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.util.List;
import java.util.Random;

/**
 * The settings column of the Attention view: how to generate the picture (seed, class, sampler,
 * steps, guidance), the Generate / Cancel buttons with a progress bar and status line, and what to
 * show of its attention (layer, head or the mean of the heads, the query, x0 or x_t). It reads and
 * shows settings; the view decides what they do.
 */
final class AttentionForm extends FormColumn {
    final JLabel model = new JLabel(" ");
    final JSpinner seed = new JSpinner(new SpinnerNumberModel(1, 0, Integer.MAX_VALUE, 1));
    final JButton newSeed = new JButton("New seed");
    final JComboBox<Choice> classes = new JComboBox<>();
    final JComboBox<SamplerSettings.Method> sampler = new JComboBox<>(SamplerSettings.Method.values());
    final JSpinner steps = new JSpinner(new SpinnerNumberModel(SamplerSettings.DEFAULT_DDIM_STEPS, 1, AttentionSettings.MAX_STEPS, 1));
    final JSpinner guidance = new JSpinner(new SpinnerNumberModel(3.0, 0.0, 20.0, 0.5));
    final JButton generate = new JButton("Generate");
    final JButton cancel = new JButton("Cancel");
    final JProgressBar progress = new JProgressBar();
    final JLabel status = new JLabel(" ");
    final JComboBox<Choice> layer = new JComboBox<>();
    final JComboBox<Choice> head = new JComboBox<>();
    final JComboBox<AttentionState.Query> query = new JComboBox<>(AttentionState.Query.values());
    final JCheckBox noisy = new JCheckBox("Show the noisy x_t, not x0");
    private final JLabel clickHint = new JLabel("Click a patch to make it the query.");

    AttentionForm() {
        setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        sampler.setSelectedItem(SamplerSettings.Method.DDIM);
        model.putClientProperty(FlatClientProperties.STYLE, "font: bold");      // follows presenter mode
        clickHint.putClientProperty(FlatClientProperties.STYLE, "font: italic");
        wide(model);
        heading("Generate one picture");
        field("Seed", seed);
        wide(newSeed);
        field("Class", classes);
        field("Sampler", sampler);
        field("Steps", steps);
        field("Guidance", guidance);
        wide(generate);
        wide(cancel);
        wide(progress);
        wide(status);
        heading("Show its attention");
        field("Layer", layer);
        field("Head", head);
        field("Query", query);
        wide(noisy);
        wide(clickHint);
        fill();

        steps.setToolTipText("Sampler steps; every step's attention is recorded (at most " + AttentionSettings.MAX_STEPS + ")");
        generate.setToolTipText("Generate one picture and record every attention layer at every denoising step");
        query.setToolTipText("Where one patch (the query) looks, or how much attention each patch receives from all patches");
        newSeed.addActionListener(e -> seed.setValue(new Random().nextInt(1_000_000)));
        setModel(null, List.of());
        setHeads(0);
        setRunning(false, false);
    }

    /** The sampling settings as the form shows them now. */
    AttentionSettings settings() {
        Choice c = (Choice) classes.getSelectedItem();
        return new AttentionSettings(((Number) seed.getValue()).longValue(), (SamplerSettings.Method) sampler.getSelectedItem(),
                ((Number) steps.getValue()).intValue(), ((Number) guidance.getValue()).doubleValue(),
                c == null ? AttentionSettings.NO_CLASS : c.value());
    }

    /** Fills the class and layer boxes for a model (null shape: no usable model). */
    void setModel(DataShape shape, List<String> layers) {
        DefaultComboBoxModel<Choice> c = new DefaultComboBoxModel<>();
        if (shape != null) {
            for (int k = 0; k < shape.numClasses(); k++) c.addElement(new Choice(k, k + ": " + shape.classNames().get(k)));
        }
        c.addElement(new Choice(AttentionSettings.NO_CLASS, shape == null ? "—" : "no class (unconditional)"));
        classes.setModel(c);
        classes.setEnabled(shape != null && shape.numClasses() > 1);
        guidance.setEnabled(shape != null && shape.numClasses() > 1);
        DefaultComboBoxModel<Choice> l = new DefaultComboBoxModel<>();
        for (int k = 0; k < layers.size(); k++) l.addElement(new Choice(k, layers.get(k)));
        ActionListenerGuard.withoutEvents(layer, () -> layer.setModel(l));
        layer.setEnabled(layers.size() > 1);
    }

    /** Fills the head box: the mean of the heads, then each head (none known yet: the mean only); the choice stays if it can. */
    void setHeads(int heads) {
        if (head.getItemCount() == heads + 1) return;
        int chosen = headChoice();
        DefaultComboBoxModel<Choice> m = new DefaultComboBoxModel<>();
        m.addElement(new Choice(AttentionState.MEAN, "mean of heads"));
        for (int h = 0; h < heads; h++) m.addElement(new Choice(h, "head " + h));
        ActionListenerGuard.withoutEvents(head, () -> {
            head.setModel(m);
            Choice.select(head, chosen);
        });
    }

    /** The chosen layer's index (0 if none). */
    int layerChoice() { return Choice.selected(layer, 0); }

    /** The chosen head, or {@link AttentionState#MEAN}. */
    int headChoice() { return Choice.selected(head, AttentionState.MEAN); }

    /** Enables the buttons for the state: a generation running, or a model ready (or neither). */
    void setRunning(boolean running, boolean modelReady) {
        generate.setEnabled(!running && modelReady);
        cancel.setEnabled(running);
        progress.setVisible(running);
        if (!running) progress.setValue(0);
    }
}
