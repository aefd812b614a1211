package io.genlab.ui.text;

import com.formdev.flatlaf.FlatClientProperties;
import io.genlab.diffusion.SamplerSettings;
import io.genlab.ui.widgets.FormColumn;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.util.Random;

/**
 * The settings column of the Text view: how to generate from the prompt (guidance, DDIM steps,
 * seed, number of samples), the Generate / Cancel buttons with a progress bar and status line, and
 * what to show (x0 or the noisy x_t). It reads and shows settings; the view decides what they do.
 */
final class TextForm extends FormColumn {
    final JLabel model = new JLabel(" ");
    final JSpinner guidance = new JSpinner(new SpinnerNumberModel(3.0, 0.0, TextSettings.MAX_GUIDANCE, 0.5));
    final JSpinner steps = new JSpinner(new SpinnerNumberModel(SamplerSettings.DEFAULT_DDIM_STEPS, 1, TextSettings.MAX_STEPS, 1));
    final JSpinner seed = new JSpinner(new SpinnerNumberModel(1, 0, Integer.MAX_VALUE, 1));
    final JButton newSeed = new JButton("New seed");
    final JSpinner samples = new JSpinner(new SpinnerNumberModel(4, 1, TextSettings.MAX_SAMPLES, 1));
    final JButton generate = new JButton("Generate");
    final JButton cancel = new JButton("Cancel");
    final JProgressBar progress = new JProgressBar();
    final JLabel status = new JLabel(" ");
    final JCheckBox noisy = new JCheckBox("Show the noisy x_t, not x0");
    private final JLabel clickHint = new JLabel("Click a sample to see its words.");

    TextForm() {
        setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        model.putClientProperty(FlatClientProperties.STYLE, "font: bold");      // follows presenter mode
        clickHint.putClientProperty(FlatClientProperties.STYLE, "font: italic");
        wide(model);
        heading("Draw the prompt");
        field("Guidance", guidance);
        field("Steps (DDIM)", steps);
        field("Seed", seed);
        wide(newSeed);
        field("Samples", samples);
        wide(generate);
        wide(cancel);
        wide(progress);
        wide(status);
        heading("Show");
        wide(noisy);
        wide(clickHint);
        fill();

        guidance.setToolTipText("How strongly each step is pushed towards the prompt and away from the empty prompt (0: ignore the "
                + "prompt, 1: no push)");
        steps.setToolTipText("DDIM steps; the cross-attention of every step is recorded (of at most " + TextSettings.MAX_TRACED
                + ", evenly spaced)");
        generate.setToolTipText("Draw the prompt and record where each word is read at every denoising step");
        newSeed.addActionListener(e -> seed.setValue(new Random().nextInt(1_000_000)));
        setRunning(false, false);
    }

    /** The settings as the form shows them now, for {@code prompt}. */
    TextSettings settings(String prompt) {
        return new TextSettings(prompt, ((Number) seed.getValue()).longValue(), ((Number) steps.getValue()).intValue(),
                ((Number) guidance.getValue()).doubleValue(), ((Number) samples.getValue()).intValue());
    }

    /** Enables the buttons for the state: a generation running, or a model ready (or neither). */
    void setRunning(boolean running, boolean modelReady) {
        generate.setEnabled(!running && modelReady);
        cancel.setEnabled(running);
        progress.setVisible(running);
        if (!running) progress.setValue(0);
    }
}
