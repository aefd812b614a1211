package io.genlab.ui.race;

import io.genlab.eval.race.RaceClock;
import io.genlab.eval.race.RaceRecording;
import io.genlab.eval.race.RaceTexts;
import io.genlab.eval.race.LaneRecording;
import io.genlab.ui.widgets.Player;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;

import static io.genlab.ui.widgets.Styles.styled;

/**
 * The lanes side by side on one clock: live while a race is recorded, lane after lane; then the
 * recording replayed, every lane at once at its recorded speed (or slower), and scrubbed with the
 * player. Use it on the event dispatch thread.
 */
final class RaceBoard {
    /** Time between two frames of a replay. */
    static final int TICK_MILLIS = 15;
    private final JLabel headline = styled(new JLabel(" "), "h4");
    private final JPanel row = new JPanel(new GridLayout(1, 0, 12, 0));
    private final List<LanePanel> lanes = new ArrayList<>();
    private final Player player = new Player(this::showFrame);
    private final Timer timer = new Timer(TICK_MILLIS, e -> tick(System.nanoTime()));
    private final JPanel panel = new JPanel(new BorderLayout(0, 8));
    private RaceRecording recording;                    // the race to replay; null before one and while one is recorded
    private RaceClock clock = new RaceClock(0);
    private long replayStart;
    private double speed = 1;
    private boolean replaying;
    private int cells = 1;                              // pictures a lane will draw

    RaceBoard() {
        panel.add(headline, BorderLayout.NORTH);
        panel.add(row, BorderLayout.CENTER);
        panel.add(player, BorderLayout.SOUTH);
        panel.setBorder(BorderFactory.createEmptyBorder(4, 4, 0, 0));
        player.setLocked(true);
    }

    JComponent panel() { return panel; }

    /**
     * The lanes before a race: each with {@code cells} empty cells and a note under them (its problem
     * instead if it has one).
     */
    void showLanes(List<LaneRecording> waiting, int cells, String note, String title) {
        stop();
        recording = null;
        this.cells = cells;
        setLanes(waiting.size());
        for (int i = 0; i < waiting.size(); i++) showWaiting(i, waiting.get(i), note);
        headline.setText(title);
        player.setFrameCount(1);
        player.setLocked(true);
        player.setCaption(" ");
    }

    /** A race starts being recorded: every lane waits for its turn, the player has nothing to scrub. */
    void startRecording(List<LaneRecording> waiting, int cells, String title) {
        showLanes(waiting, cells, "waiting for its turn", "Each lane alone: " + title);
        player.setCaption("the replay follows");
    }

    /** Lane {@code index} at {@code nanos} on its own clock (live while recording, or finished). */
    void showLane(int index, LaneRecording lane, long nanos) {
        lanes.get(index).show(lane, nanos);
    }

    /** Lane {@code index} before its first picture, with a note such as "loading". */
    void showWaiting(int index, LaneRecording lane, String note) {
        lanes.get(index).showEmpty(lane, cells, note);
    }

    /** A recorded race, shown at its end and scrubbable on its common clock. */
    void show(RaceRecording race) {
        stop();
        recording = race;
        clock = race.clock();
        setLanes(race.lanes().size());
        headline.setText(race.title());
        player.setFrameCount(clock.frames());
        player.setLocked(false);
        player.show(clock.frames() - 1);
        showFrame(player.position());
    }

    /** Replays the recorded race from the start, {@code speed} race seconds a second (1: real time). */
    void replay(double newSpeed) {
        if (recording == null) return;
        begin(newSpeed, System.nanoTime());
        timer.start();
    }

    /** Starts a replay at wall-clock time {@code start} (System.nanoTime) without the timer; {@link #tick} moves it on. */
    void begin(double newSpeed, long start) {
        speed = newSpeed;
        replayStart = start;
        replaying = true;
        player.setLocked(true);
        player.show(0);
        showFrame(0);
    }

    boolean replaying() { return replaying; }

    /** Stops a replay where it is; the player scrubs from there. */
    void stop() {
        timer.stop();
        if (!replaying) return;
        replaying = false;
        player.setLocked(false);
    }

    /** One tick of a replay at wall-clock time {@code now} (System.nanoTime); package-private so tests can replay without a timer. */
    void tick(long now) {
        if (!replaying) return;
        long nanos = (long) ((now - replayStart) * speed);
        player.show(clock.frameAt(nanos));
        if (nanos >= clock.endNanos()) stop();
    }

    /** Shows every lane at frame {@code frame} of the common clock. */
    private void showFrame(int frame) {
        if (recording == null) return;
        long nanos = clock.timeOf(frame);
        for (int i = 0; i < lanes.size(); i++) lanes.get(i).show(recording.lanes().get(i), nanos);
        player.setCaption("clock " + RaceTexts.seconds(nanos) + " of " + RaceTexts.seconds(clock.endNanos()));
    }

    private void setLanes(int count) {
        if (lanes.size() == count) return;
        row.removeAll();
        lanes.clear();
        for (int i = 0; i < count; i++) {
            LanePanel lane = new LanePanel();
            lanes.add(lane);
            row.add(lane);
        }
        row.revalidate();
        row.repaint();
    }

    RaceRecording recording() { return recording; }

    /** The time on the common clock shown now. */
    long shownNanos() { return clock.timeOf(player.position()); }

    RaceClock clock() { return clock; }

    Player player() { return player; }

    List<LanePanel> lanes() { return List.copyOf(lanes); }

    String headline() { return headline.getText(); }
}
