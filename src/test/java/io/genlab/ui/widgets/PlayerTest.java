package io.genlab.ui.widgets;

import org.junit.jupiter.api.Test;

import javax.swing.JComponent;
import javax.swing.KeyStroke;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlayerTest {

    @Test
    void aWholePlayTakesTheSpeedsSecondsWhateverTheFrameCount() {
        for (Player.Speed speed : Player.Speed.values()) {
            for (int frames : new int[]{41, 50, 101, 999, 1000, 10_000}) {
                int tick = Player.tickMillis(frames, speed);
                int stride = Player.framesPerTick(frames, speed);
                int ticks = (int) Math.ceil((frames - 1) / (double) stride);
                double seconds = ticks * tick / 1000.0;
                assertTrue(tick >= Player.TICK_MILLIS && tick <= Player.MAX_FRAME_MILLIS, speed + ", " + frames + " frames: " + tick + " ms");
                assertEquals(speed.seconds(), seconds, speed.seconds() * 0.02, speed + ", " + frames + " frames");
            }
        }
    }

    @Test
    void shortTracesShowEachFrameForAtMostAQuarterSecond() {
        assertEquals(Player.MAX_FRAME_MILLIS, Player.tickMillis(3, Player.Speed.NORMAL));
        assertEquals(Player.MAX_FRAME_MILLIS, Player.tickMillis(21, Player.Speed.SLOW));
        assertEquals(1, Player.framesPerTick(3, Player.Speed.NORMAL));
        assertEquals(1, Player.framesPerTick(50, Player.Speed.NORMAL), "50 DDIM steps: every one is shown");
    }

    @Test
    void playingVisitsTheFramesInOrderAndStopsOnTheLast() {
        List<Integer> shown = new ArrayList<>();
        onEdt(() -> {
            Player p = new Player(shown::add);
            p.setFrameCount(10);
            p.show(0);
            shown.clear();
            p.setPlaying(true);
            assertEquals(Player.PAUSE, p.playLabel());
            for (int i = 0; i < 20 && p.playing(); i++) p.tick();
            assertFalse(p.playing());
            assertEquals(Player.PLAY, p.playLabel());
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), shown);

            p.setPlaying(true);                             // Play on the last frame starts from the first
            assertEquals(0, p.position());
            p.stop();
        });
    }

    @Test
    void aLockedPlayerFollowsTheViewButTheUserCannotMoveIt() {
        onEdt(() -> {
            Player p = new Player(i -> { });
            p.setFrameCount(5);
            p.setLocked(true);
            p.show(4);
            assertEquals(4, p.position(), "the view moves it");
            p.setPlaying(true);
            assertFalse(p.playing());
            assertFalse(p.slider().isEnabled());
            press(p, KeyEvent.VK_LEFT);
            assertEquals(4, p.position(), "keys do nothing while locked");
            p.setLocked(false);
            assertTrue(p.slider().isEnabled());
        });
    }

    @Test
    void keysStepGoToTheEndsAndPlay() {
        onEdt(() -> {
            Player p = new Player(i -> { });
            p.setFrameCount(30);
            p.show(10);
            press(p, KeyEvent.VK_RIGHT);
            assertEquals(11, p.position());
            press(p, KeyEvent.VK_LEFT);
            press(p, KeyEvent.VK_LEFT);
            assertEquals(9, p.position());
            press(p, KeyEvent.VK_END);
            assertEquals(29, p.position());
            press(p, KeyEvent.VK_HOME);
            assertEquals(0, p.position());
            press(p, KeyEvent.VK_SPACE);
            assertTrue(p.playing());
            press(p, KeyEvent.VK_SPACE);
            assertFalse(p.playing());
        });
    }

    @Test
    void oneFrameCannotBePlayedAndFewerFramesKeepThePositionInRange() {
        onEdt(() -> {
            Player p = new Player(i -> { });
            p.setFrameCount(1);
            p.setPlaying(true);
            assertFalse(p.playing());
            assertFalse(p.slider().isEnabled());
            p.setFrameCount(8);
            p.show(7);
            p.setFrameCount(4);
            assertEquals(3, p.position());
            p.show(-5);
            assertEquals(0, p.position());
        });
    }

    /** What Swing does when the key is pressed while the player shows. */
    private static void press(Player p, int key) {
        KeyStroke stroke = KeyStroke.getKeyStroke(key, 0);
        Object name = p.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(stroke);
        if (name == null) name = p.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).get(stroke);
        p.getActionMap().get(name).actionPerformed(new ActionEvent(p, ActionEvent.ACTION_PERFORMED, ""));
    }
}
