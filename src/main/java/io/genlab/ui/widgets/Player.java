package io.genlab.ui.widgets;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.KeyStroke;
import javax.swing.Timer;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.function.IntConsumer;

/**
 * The workbench's one frame player: a slider over frames 0 … n-1 and under it back, play/pause and
 * step buttons, the playing speed, and a caption saying which frame is shown. The keys Left and Right
 * move one frame, Home and End go to the ends, and Space plays or pauses while the slider has the
 * focus. Views give it a frame count and draw the frame it names; it draws nothing itself. Use it
 * on the event dispatch thread.
 *
 * <p>Every view plays at the same pace: a whole play takes the {@link Speed}'s seconds whatever the
 * number of frames. Each frame shows for at most {@link #MAX_FRAME_MILLIS}; long traces skip frames
 * evenly so that no tick is shorter than {@link #TICK_MILLIS}. Playing stops on the last frame;
 * Play on the last frame starts again from the first.
 */
public final class Player extends JPanel {
    public static final String PLAY = "▶ Play", PAUSE = "❚❚ Pause";
    /** The shortest time between two frames while playing. */
    static final int TICK_MILLIS = 40;
    /** The longest time one frame shows while playing (short traces). */
    static final int MAX_FRAME_MILLIS = 250;

    /** How long a whole play takes. */
    public enum Speed {
        SLOW("½×", 10), NORMAL("1×", 5), FAST("2×", 2.5);

        private final String label;
        private final double seconds;

        Speed(String label, double seconds) {
            this.label = label;
            this.seconds = seconds;
        }

        /** Seconds from the first frame to the last. */
        public double seconds() { return seconds; }

        @Override
        public String toString() { return label; }
    }

    private final JSlider slider = new JSlider(0, 0, 0);
    private final JButton back = new JButton("◀ Back");
    private final JButton play = new JButton(PLAY);
    private final JButton step = new JButton("Step ▶");
    private final JComboBox<Speed> speed = new JComboBox<>(Speed.values());
    private final JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    private final JLabel caption = new JLabel(" ");
    private final Timer timer = new Timer(TICK_MILLIS, e -> tick());
    private boolean locked;

    /** @param onShow told the frame to show each time it changes: a move of the slider, a button, a key or a tick */
    public Player(IntConsumer onShow) {
        super(new BorderLayout(0, 2));
        speed.setSelectedItem(Speed.NORMAL);
        speed.setToolTipText("Playing speed");
        speed.addActionListener(e -> retime());
        buttons.add(back);
        buttons.add(play);
        buttons.add(step);
        buttons.add(speed);
        JPanel row = new JPanel(new BorderLayout(8, 0));
        row.add(buttons, BorderLayout.WEST);
        row.add(caption, BorderLayout.CENTER);
        add(slider, BorderLayout.NORTH);
        add(row, BorderLayout.SOUTH);
        setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        slider.addChangeListener(e -> onShow.accept(slider.getValue()));
        back.addActionListener(e -> { pause(); move(-1); });
        step.addActionListener(e -> { pause(); move(1); });
        play.addActionListener(e -> setPlaying(!playing()));
        bindKeys();
        updateControls();
    }

    private void bindKeys() {
        key(KeyEvent.VK_LEFT, "player-back", () -> { pause(); move(-1); }, WHEN_IN_FOCUSED_WINDOW);
        key(KeyEvent.VK_RIGHT, "player-step", () -> { pause(); move(1); }, WHEN_IN_FOCUSED_WINDOW);
        key(KeyEvent.VK_HOME, "player-first", () -> { pause(); show(0); }, WHEN_IN_FOCUSED_WINDOW);
        key(KeyEvent.VK_END, "player-last", () -> { pause(); show(frameCount() - 1); }, WHEN_IN_FOCUSED_WINDOW);
        key(KeyEvent.VK_SPACE, "player-play", () -> setPlaying(!playing()), WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
    }

    /**
     * A key acts only while the player is unlocked. Swing gives window-wide keys only to a showing
     * player, and a focused text field or list keeps its own arrows.
     */
    private void key(int code, String name, Runnable action, int condition) {
        getInputMap(condition).put(KeyStroke.getKeyStroke(code, 0), name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (!locked) action.run();
            }
        });
    }

    /**
     * Sets how many frames there are; the shown frame stays where it was if it still exists, else
     * moves to the last one. Playing stops when fewer than two frames are left.
     */
    public void setFrameCount(int frames) {
        slider.setMaximum(Math.max(0, frames - 1));
        if (frames < 2) pause();
        retime();
        updateControls();
    }

    public int frameCount() { return slider.getMaximum() + 1; }

    /** The frame shown. */
    public int position() { return slider.getValue(); }

    /** Shows frame {@code index}, clamped to the frames there are. */
    public void show(int index) {
        slider.setValue(Math.max(0, Math.min(slider.getMaximum(), index)));
    }

    /** The text beside the buttons, e.g. "step 3 of 50, t=940". */
    public void setCaption(String text) {
        caption.setText(text == null || text.isEmpty() ? " " : text);
        caption.setToolTipText(text == null || text.isBlank() ? null : text);      // the whole text where it is cut off
    }

    public String captionText() { return caption.getText(); }

    /** The caption's label, for a view that styles it (e.g. as a heading). */
    public JLabel caption() { return caption; }

    /** The slider, for a view that draws ticks or labels on it. */
    public JSlider slider() { return slider; }

    public boolean playing() { return timer.isRunning(); }

    /** Starts or stops playing, as the Play button does; starting needs two frames and an unlocked player. */
    public void setPlaying(boolean on) {
        if (on == playing()) return;
        if (!on) {
            pause();
            return;
        }
        if (locked || frameCount() < 2) return;
        if (position() >= frameCount() - 1) show(0);
        retime();
        timer.start();
        play.setText(PAUSE);
    }

    /** The Play button's text: {@link #PLAY} or {@link #PAUSE}. */
    public String playLabel() { return play.getText(); }

    public Speed speed() { return (Speed) speed.getSelectedItem(); }

    public void setSpeed(Speed value) { speed.setSelectedItem(value); }

    /**
     * While locked (frames arriving live, nothing recorded yet) the controls are off and the view
     * moves the slider itself; unlocked, the user scrubs and plays.
     */
    public void setLocked(boolean value) {
        locked = value;
        if (locked) pause();
        updateControls();
    }

    public boolean locked() { return locked; }

    /** Stops playing, e.g. when the view closes. */
    public void stop() {
        pause();
    }

    /** Frames one tick moves on: the fewest that keep the ticks at least {@link #TICK_MILLIS} apart. */
    static int framesPerTick(int frames, Speed speed) {
        return Math.max(1, (int) Math.ceil((frames - 1) * (double) TICK_MILLIS / (speed.seconds() * 1000)));
    }

    /** Milliseconds between two ticks, so that a play of {@code frames} frames takes the speed's seconds. */
    static int tickMillis(int frames, Speed speed) {
        int ticks = (int) Math.ceil(Math.max(1, frames - 1) / (double) framesPerTick(frames, speed));
        double millis = speed.seconds() * 1000 / ticks;
        return (int) Math.round(Math.max(TICK_MILLIS, Math.min(MAX_FRAME_MILLIS, millis)));
    }

    /** One tick of playing; package-private so tests can play without a timer. */
    void tick() {
        int last = frameCount() - 1;
        show(Math.min(last, position() + framesPerTick(frameCount(), speed())));
        if (position() >= last) pause();
    }

    private void retime() {
        timer.setDelay(tickMillis(frameCount(), speed()));
    }

    private void move(int delta) {
        show(position() + delta);
    }

    private void pause() {
        timer.stop();
        play.setText(PLAY);
    }

    private void updateControls() {
        boolean scrubbable = !locked && frameCount() > 1;
        back.setEnabled(scrubbable);
        play.setEnabled(scrubbable);
        step.setEnabled(scrubbable);
        slider.setEnabled(scrubbable);
    }
}
