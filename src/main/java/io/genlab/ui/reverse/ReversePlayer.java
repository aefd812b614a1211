package io.genlab.ui.reverse;

import io.genlab.train.KeptTrace;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.Player;
import io.genlab.viz.ReversePictures;
import io.genlab.viz.Theme;

import javax.swing.JPanel;
import javax.swing.JSlider;

import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The step-by-step part of the Reverse process view: one step of a trace as x_t, predicted noise and
 * predicted x0 side by side, under the workbench's {@link Player}. While a generation runs it
 * follows the newest step, so x_t forms before the students' eyes. Of a long generation it keeps
 * about {@link KeptTrace#DEFAULT_LIMIT} evenly spaced steps (the player moves over those), and
 * always says which step of the generation is shown.
 */
final class ReversePlayer extends JPanel {
    private final PicturePanel picture;
    private final Player player = new Player(this::showFrame);
    private final List<TraceFrame> frames = new ArrayList<>();
    private KeptTrace live = new KeptTrace();
    private String title = "";
    private int samples = 1;

    ReversePlayer(String message) {
        super(new BorderLayout(8, 8));
        picture = new PicturePanel(message);
        add(picture, BorderLayout.CENTER);
        add(player, BorderLayout.SOUTH);
    }

    /** Forgets the trace and shows a message instead. */
    void clear(String message) {
        player.setLocked(false);
        frames.clear();
        live = new KeptTrace();
        player.setFrameCount(0);
        picture.setMessage(message);
        player.setCaption(" ");
    }

    /** A new generation starts: frames will follow with {@link #append}. */
    void start(String newTitle, int sampleCount, String message) {
        clear(message);
        title = newTitle;
        samples = sampleCount;
        player.setLocked(true);
    }

    /** Frames of the running generation, in order: the kept ones stay, the player grows and the newest frame is shown. */
    void append(List<TraceFrame> batch) {
        batch.forEach(live::accept);
        frames.clear();
        frames.addAll(live.frames());
        player.setFrameCount(frames.size());
        if (player.locked() && !frames.isEmpty()) player.show(frames.size() - 1);
        showFrame(player.position());
    }

    /** The generation finished (or stopped): the complete trace; stays on the last frame. */
    void finish(List<TraceFrame> all) {
        live = new KeptTrace();
        frames.clear();
        frames.addAll(all);
        player.setFrameCount(frames.size());
        player.setLocked(false);
        if (!frames.isEmpty()) {
            player.show(frames.size() - 1);
            showFrame(frames.size() - 1);
        }
    }

    /** The generation stopped early: keep what came so far. */
    void stopFollowing() {
        player.setLocked(false);
    }

    /** The kept frames (all of a short generation; about {@link KeptTrace#DEFAULT_LIMIT} of a long one). */
    List<TraceFrame> frames() { return List.copyOf(frames); }

    /** How many steps of the generation have been shown so far: the newest frame's step number, or 0. */
    int stepsDone() {
        return frames.isEmpty() ? 0 : frames.get(frames.size() - 1).index() + 1;
    }

    String title() { return title; }

    int samples() { return samples; }

    Player player() { return player; }

    /** The player's slider over the kept steps. */
    JSlider scrubber() { return player.slider(); }

    /** The line under the picture saying which step of the generation is shown. */
    String positionText() { return player.captionText(); }

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
        showFrame(player.position());
    }

    private void showFrame(int index) {
        if (index < 0 || index >= frames.size()) return;
        TraceFrame f = frames.get(index);
        picture.setPicture(render(f));
        player.setCaption(String.format("step %d of %d, %s", f.index() + 1, f.total(), f.caption()));
    }

    /** Stops playing, e.g. when the view closes. */
    void stop() {
        player.stop();
    }
}
