package io.genlab.ui.toy2d;

import io.genlab.data.Toy2D;

import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The form of the 2D diffusion view, in two rows: the data and how long to train, with Start,
 * Pause, Stop and the training's progress; then how many points to generate, the sampler, its
 * steps and the seed, with Generate and Cancel. It holds the values; the view decides what the
 * buttons do.
 */
final class Toy2dForm extends JPanel {
    final JComboBox<String> dataset = new JComboBox<>();
    final SpinnerNumberModel steps = new SpinnerNumberModel(1000, 50, 100_000, 250);
    final JButton start = new JButton("Start");
    final JButton pause = new JButton("Pause");
    final JButton stop = new JButton("Stop");
    final JLabel progress = new JLabel("no model yet");
    final SpinnerNumberModel points = new SpinnerNumberModel(1500, 10, 5000, 100);
    final JComboBox<String> sampler = new JComboBox<>(new String[]{"ddim", "ddpm"});
    final SpinnerNumberModel samplerSteps = new SpinnerNumberModel(50, 1, Toy2dTraining.TIMESTEPS, 10);
    final SpinnerNumberModel seed = new SpinnerNumberModel(1, 0, Integer.MAX_VALUE, 1);
    final JButton generate = new JButton("Generate");
    final JButton cancel = new JButton("Cancel");

    Toy2dForm() {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        for (Toy2D.Kind k : Toy2D.Kind.values()) dataset.addItem("toy2d:" + k.key());
        sampler.addActionListener(e -> samplerSteps.setValue("ddpm".equals(sampler.getSelectedItem()) ? Toy2dTraining.TIMESTEPS : 50));
        add(row(new JLabel("Data"), dataset, new JLabel("  Train for"), spinner(steps, 6),
                new JLabel("steps "), start, pause, stop, new JLabel("  "), progress));
        add(row(new JLabel("Generate"), spinner(points, 5), new JLabel("points with"), sampler,
                spinner(samplerSteps, 4), new JLabel("steps, seed"), spinner(seed, 6), generate, cancel));
    }

    private static JSpinner spinner(SpinnerNumberModel model, int columns) {
        JSpinner s = new JSpinner(model);
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(s, "#,##0");
        editor.getTextField().setColumns(columns);
        s.setEditor(editor);
        return s;
    }

    private static JPanel row(JComponent... parts) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        for (JComponent c : parts) p.add(c);
        return p;
    }

    /** The data chosen, as its spec, e.g. "toy2d:ring". */
    String data() { return (String) dataset.getSelectedItem(); }

    /** The data the box offers, by spec. */
    List<String> datasets() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < dataset.getItemCount(); i++) out.add(dataset.getItemAt(i));
        return out;
    }

    /** What Start trains: the chosen data for the chosen steps, with about eight previews along the way. */
    Toy2dTraining.Settings trainingSettings() {
        long target = steps.getNumber().longValue();
        int every = (int) Math.max(25, Math.min(250, target / 8));
        return new Toy2dTraining.Settings(data(), target, 256, every, 1000, 1);
    }

    /**
     * Shows the training's state: which buttons work, whether the data may change, and the
     * progress line while there is no step to report.
     *
     * @param generating true while a generation runs
     * @param step       the last step reported, 0 for none
     */
    void showState(Toy2dTraining.State state, boolean generating, long step) {
        boolean running = state == Toy2dTraining.State.TRAINING;
        start.setText(state == Toy2dTraining.State.PAUSED ? "Resume" : state == Toy2dTraining.State.FINISHED ? "Start again" : "Start");
        start.setEnabled(!running);
        pause.setEnabled(running);
        stop.setEnabled(running || state == Toy2dTraining.State.PAUSED);
        dataset.setEnabled(state == Toy2dTraining.State.NEW || state == Toy2dTraining.State.FINISHED);
        generate.setEnabled(!generating && state != Toy2dTraining.State.NEW);
        cancel.setEnabled(generating);
        if (state == Toy2dTraining.State.TRAINING && step == 0) progress.setText("starting: building the model…");
        if (state == Toy2dTraining.State.PAUSED) progress.setText(progress.getText().replace(" (paused)", "") + " (paused)");
        if (state == Toy2dTraining.State.NEW && step == 0) progress.setText("no model yet");
    }

    /** The form as a lesson link would give it (without the actions). */
    Map<String, String> values() {
        return Map.of("dataset", data(), "steps", steps.getNumber().toString(),
                "points", points.getNumber().toString(), "sampler", (String) sampler.getSelectedItem(),
                "sampler-steps", samplerSteps.getNumber().toString(), "seed", seed.getNumber().toString());
    }
}
