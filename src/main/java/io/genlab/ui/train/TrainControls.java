package io.genlab.ui.train;

import io.genlab.train.TrainingEvent;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The Train view's buttons (Start, Pause, Step, Stop, Use this model), its progress bar with
 * step, losses, examples per second and time left, and a status line. It only shows; the view
 * decides what the buttons do and when they are enabled.
 */
final class TrainControls extends JPanel {
    final JButton start = new JButton("Start");
    final JButton pause = new JButton("Pause");
    final JButton step = new JButton("Step");
    final JButton stop = new JButton("Stop");
    final JButton use = new JButton("Use this model");
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JTextArea status = new JTextArea("Choose a model and a dataset, then press Start.", 2, 20);

    TrainControls() {
        super(new BorderLayout(0, 4));
        setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
        start.setToolTipText("Train with these settings (a run that exists already continues from its last checkpoint)");
        pause.setToolTipText("Pause after the current step; Resume goes on");
        step.setToolTipText("While paused: train exactly one more step");
        stop.setToolTipText("Stop after the current step and save a checkpoint");
        use.setToolTipText("Open this run's model in the other views (saves a checkpoint first while training)");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        for (JButton b : new JButton[]{start, pause, step, stop, use}) buttons.add(b);
        status.setEditable(false);
        status.setFocusable(false);
        status.setLineWrap(true);
        status.setWrapStyleWord(true);
        status.setOpaque(false);
        status.setBorder(BorderFactory.createEmptyBorder(2, 0, 0, 0));
        progress.setStringPainted(true);
        progress.setString("not started");
        add(buttons, BorderLayout.NORTH);
        add(progress, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
    }

    void setStatus(String text) { status.setText(text); }

    String status() { return status.getText(); }

    String progressText() { return progress.getString(); }

    void showStarted(TrainingEvent.Started s) {
        setStatus(String.format("Training %s (%,d parameters) on %s from step %,d…", s.model().name(),
                s.model().parameters(), s.model().shape(), s.step()));
    }

    void showPaused(long step) {
        setStatus(String.format("Paused after step %,d: Step trains one more batch, Resume goes on.", step));
    }

    void showFinished(TrainingEvent.Finished f) {
        setStatus(switch (f.reason()) {
            case COMPLETED -> String.format("Finished: %,d steps. Raise Steps and press Continue to train further.", f.step());
            case TIME_LIMIT -> String.format("Time limit reached at step %,d; checkpoint saved.", f.step());
            case CANCELLED -> String.format("Stopped at step %,d; checkpoint saved. Continue goes on from here.", f.step());
        });
    }

    void showFailed(TrainingEvent.Failed f) {
        setStatus(String.format(f.lastCheckpoint() == null
                ? "Training stopped by an error at step %,d. Press New, change the settings and start again."
                : "Training stopped by an error at step %,d. Continue goes on from the last checkpoint.", f.step()));
    }

    /** Shows how far training is after a step. */
    void showProgress(TrainingEvent.StepCompleted s) {
        double done = s.targetSteps() > 0 ? (double) s.step() / s.targetSteps()
                : s.elapsedSeconds() / Math.max(1e-9, s.elapsedSeconds() + s.etaSeconds());
        progress.setValue((int) Math.round(1000 * Math.min(1, Math.max(0, done))));
        String of = s.targetSteps() > 0 ? String.format(" of %,d", s.targetSteps()) : "";
        progress.setString(String.format("step %,d%s  ·  %s  ·  %,.0f examples/s  ·  %s left", s.step(), of,
                losses(s.losses()), s.examplesPerSecond(), clock(s.etaSeconds())));
    }

    /** Shows a position without live numbers, e.g. for a run just opened. */
    void showProgress(long step, long target) {
        progress.setValue(target > 0 ? (int) Math.round(1000 * Math.min(1.0, (double) step / target)) : 0);
        progress.setString(target > 0 ? String.format("step %,d of %,d", step, target) : String.format("step %,d", step));
    }

    void resetProgress() {
        progress.setValue(0);
        progress.setString("not started");
    }

    /** Losses as "mse 0.0412" or "d 0.693 · g 1.21". */
    static String losses(Map<String, Double> losses) {
        StringJoiner j = new StringJoiner(" · ");
        new java.util.TreeMap<>(losses).forEach((k, v) -> j.add(k + " " + String.format(Locale.ROOT, "%.4g", v)));
        return j.length() == 0 ? "no loss" : j.toString();
    }

    /** Seconds as "0:42", "12:05" or "1:02:05"; "?" when unknown. */
    static String clock(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) return "?";
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
