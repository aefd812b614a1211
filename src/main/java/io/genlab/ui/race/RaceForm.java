package io.genlab.ui.race;

import com.formdev.flatlaf.FlatClientProperties;
import io.genlab.eval.race.RaceSettings;
import io.genlab.eval.race.ReplaySpeed;
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

import java.util.List;
import java.util.Locale;

/**
 * The settings column of the Race view: the class every lane draws, the seed, the diffusion lanes'
 * steps and guidance, the replay speed, the Race / Cancel / Replay buttons, a progress bar and a
 * status line. It reads and shows settings; the view decides what the buttons do.
 */
final class RaceForm extends FormColumn {
    final JComboBox<Choice> classes = new JComboBox<>();
    final JSpinner seed = new JSpinner(new SpinnerNumberModel(1, 0, Integer.MAX_VALUE, 1));
    final JSpinner steps = new JSpinner(new SpinnerNumberModel(50, 1, RaceSettings.MAX_STEPS, 1));
    final JSpinner guidance = new JSpinner(new SpinnerNumberModel(3.0, 0.0, 20.0, 0.5));
    final JComboBox<ReplaySpeed> speed = new JComboBox<>(ReplaySpeed.values());
    final JButton race = new JButton("Race");
    final JButton cancel = new JButton("Cancel");
    final JButton replay = new JButton("Replay");
    final JProgressBar progress = new JProgressBar();
    final JLabel status = new JLabel(" ");

    RaceForm() {
        setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        heading("Every lane draws");
        field("Class", classes);
        field("Seed", seed);
        heading("Diffusion lanes (DDIM)");
        field("Steps", steps);
        field("Guidance", guidance);
        gap();
        wide(race);
        wide(cancel);
        heading("Replay");
        field("Speed", speed);
        wide(replay);
        gap();
        wide(progress);
        wide(status);
        fill();
        race.setToolTipText("Run the lanes one after another, each alone on this computer, then replay them together");
        replay.setToolTipText("Replay the recorded race without generating again");
        status.putClientProperty(FlatClientProperties.STYLE, "font: italic");
        setClassNames(List.of());
        setRunning(false);
        setRecorded(false);
    }

    /** The settings as the form shows them now. */
    RaceSettings settings() {
        return new RaceSettings(((Number) seed.getValue()).longValue(), Choice.selected(classes, RaceSettings.EVERY_CLASS),
                ((Number) steps.getValue()).intValue(), ((Number) guidance.getValue()).doubleValue());
    }

    ReplaySpeed speedChoice() { return (ReplaySpeed) speed.getSelectedItem(); }

    /** Fills the class box with the lanes' classes, keeping the chosen one if it is still there. */
    void setClassNames(List<String> names) {
        int chosen = Choice.selected(classes, RaceSettings.EVERY_CLASS);
        DefaultComboBoxModel<Choice> m = new DefaultComboBoxModel<>();
        m.addElement(new Choice(RaceSettings.EVERY_CLASS, names.isEmpty() ? "every class"
                : String.format(Locale.ROOT, "every class (%d pictures)", names.size())));
        for (int k = 0; k < names.size(); k++) m.addElement(new Choice(k, k + ": " + names.get(k)));
        classes.setModel(m);
        selectClass(chosen);
    }

    /** Selects the class box entry of {@code value}; false if there is none. */
    boolean selectClass(int value) {
        return Choice.select(classes, value);
    }

    /** Enables the buttons for a race being recorded, or not. */
    void setRunning(boolean running) {
        race.setEnabled(!running);
        cancel.setEnabled(running);
        progress.setVisible(running);
        if (running) replay.setEnabled(false);
        if (!running) progress.setValue(0);
    }

    /** Whether there is a recorded race to replay. */
    void setRecorded(boolean recorded) {
        replay.setEnabled(recorded && !cancel.isEnabled());
    }
}
