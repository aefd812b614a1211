package io.genlab.ui.reverse;

import io.genlab.train.KeptTrace;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.ReversePictures;
import io.genlab.viz.Theme;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.Timer;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The step-by-step part of the Reverse process view: one step of a trace as x_t, predicted noise and
 * predicted x0 side by side, with back, play/pause and step buttons and a scrubber over the steps.
 * While a generation runs it follows the newest step, so x_t forms before the students' eyes. Of a
 * long generation it keeps about {@link KeptTrace#DEFAULT_LIMIT} evenly spaced steps (the scrubber
 * moves over those), and always says which step of the generation is shown.
 */
final class ReversePlayer extends JPanel {
    private static final int PLAY_INTERVAL_MILLIS = 120;
    private final PicturePanel picture;
    private final JSlider scrubber = new JSlider(0, 0, 0);
    private final JButton back = new JButton("◀ Back");
    private final JButton play = new JButton("▶ Play");
    private final JButton step = new JButton("Step ▶");
    private final JLabel position = new JLabel(" ");
    private final Timer timer = new Timer(PLAY_INTERVAL_MILLIS, e -> advance());
    private final List<TraceFrame> frames = new ArrayList<>();
    private KeptTrace live = new KeptTrace();
    private String title = "";
    private int samples = 1;
    private boolean following;

    ReversePlayer(String message) {
        super(new BorderLayout(8, 8));
        picture = new PicturePanel(message);
        JPanel controls = new JPanel(new BorderLayout(12, 0));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        buttons.add(back);
        buttons.add(play);
        buttons.add(step);
        controls.add(buttons, BorderLayout.WEST);
        controls.add(scrubber, BorderLayout.CENTER);
        controls.add(position, BorderLayout.EAST);
        controls.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        add(picture, BorderLayout.CENTER);
        add(controls, BorderLayout.SOUTH);
        scrubber.addChangeListener(e -> showFrame(scrubber.getValue()));
        back.addActionListener(e -> { pause(); move(-1); });
        step.addActionListener(e -> { pause(); move(1); });
        play.addActionListener(e -> { if (timer.isRunning()) pause(); else playFromHere(); });
        updateControls();
    }

    /** Forgets the trace and shows a message instead. */
    void clear(String message) {
        pause();
        frames.clear();
        live = new KeptTrace();
        following = false;
        setRange();
        picture.setMessage(message);
        position.setText(" ");
        updateControls();
    }

    /** A new generation starts: frames will follow with {@link #append}. */
    void start(String newTitle, int sampleCount, String message) {
        clear(message);
        title = newTitle;
        samples = sampleCount;
        following = true;
    }

    /** Frames of the running generation, in order: the kept ones stay, the scrubber grows and the newest frame is shown. */
    void append(List<TraceFrame> batch) {
        batch.forEach(live::accept);
        frames.clear();
        frames.addAll(live.frames());
        setRange();
        if (following && !frames.isEmpty()) scrubber.setValue(frames.size() - 1);
        showFrame(scrubber.getValue());
        updateControls();
    }

    /** The generation finished (or stopped): the complete trace; stays on the last frame. */
    void finish(List<TraceFrame> all) {
        following = false;
        live = new KeptTrace();
        frames.clear();
        frames.addAll(all);
        setRange();
        if (!frames.isEmpty()) {
            scrubber.setValue(frames.size() - 1);
            showFrame(frames.size() - 1);
        }
        updateControls();
    }

    /** The generation stopped early: keep what came so far. */
    void stopFollowing() {
        following = false;
        updateControls();
    }

    /** The kept frames (all of a short generation; about {@link KeptTrace#DEFAULT_LIMIT} of a long one). */
    List<TraceFrame> frames() { return List.copyOf(frames); }

    /** How many steps of the generation have been shown so far: the newest frame's step number, or 0. */
    int stepsDone() {
        return frames.isEmpty() ? 0 : frames.get(frames.size() - 1).index() + 1;
    }

    String title() { return title; }

    int samples() { return samples; }

    JSlider scrubber() { return scrubber; }

    /** The line under the picture saying which step of the generation is shown. */
    String positionText() { return position.getText(); }

    PicturePanel picturePanel() { return picture; }

    /** The picture of the shown step, or null. */
    BufferedImage picture() { return picture.picture(); }

    /** The picture of one step, in the current figure font size. */
    BufferedImage render(TraceFrame frame) {
        return ReversePictures.frame(frame, samples, title, theme());
    }

    static Theme theme() {
        return PresenterMode.figureTheme();
    }

    /** Draws the shown step again, e.g. in a new font size. */
    void redraw() {
        showFrame(scrubber.getValue());
    }

    private void setRange() {
        scrubber.setMaximum(Math.max(0, frames.size() - 1));
    }

    private void showFrame(int index) {
        if (index < 0 || index >= frames.size()) return;
        TraceFrame f = frames.get(index);
        picture.setPicture(render(f));
        position.setText(String.format("step %d of %d, %s", f.index() + 1, f.total(), f.caption()));
    }

    private void move(int delta) {
        int i = Math.max(0, Math.min(frames.size() - 1, scrubber.getValue() + delta));
        scrubber.setValue(i);
    }

    private void playFromHere() {
        if (frames.size() < 2) return;
        if (scrubber.getValue() >= frames.size() - 1) scrubber.setValue(0);
        timer.start();
        play.setText("❚❚ Pause");
    }

    private void pause() {
        timer.stop();
        play.setText("▶ Play");
    }

    /** One tick of playing: long traces (DDPM's 1000 steps) skip steps so a play takes about 12 seconds at most. */
    private void advance() {
        if (scrubber.getValue() >= frames.size() - 1) {
            pause();
            return;
        }
        move(Math.max(1, frames.size() / 100));
    }

    private void updateControls() {
        boolean any = frames.size() > 1 && !following;
        back.setEnabled(any);
        play.setEnabled(any);
        step.setEnabled(any);
        scrubber.setEnabled(!frames.isEmpty() && !following);
    }

    /** Stops playing, e.g. when the view closes. */
    void stop() {
        pause();
    }
}
