package io.genlab.ui.race;

import io.genlab.eval.race.LaneHead;
import io.genlab.eval.race.RaceFigures;
import io.genlab.eval.race.RaceRecording;
import io.genlab.eval.race.RaceSettings;
import io.genlab.eval.race.RaceTexts;
import io.genlab.eval.race.RecordedRaces;
import io.genlab.eval.race.ReplaySpeed;
import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.genlab.eval.race.RecordedRaces.MS;
import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/** The Race view without models: recorded races drawn, scrubbed, replayed and exported, and lesson links. */
class RaceViewTest {

    @Test
    void drawsARecordedRaceWithoutModelsAndScrubsItsClock(@TempDir Path home) {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            onEdt(() -> {
                RaceView view = new RaceView(f.context);
                List<LanePanel> shipped = view.board().lanes();
                assertEquals(LaneHead.SHIPPED.size(), shipped.size(), "a lane for every shipped model");
                assertEquals("unet-s-fashion", shipped.get(0).titleText());
                assertTrue(shipped.get(0).messageText().endsWith("run folder not found"), shipped.get(0).messageText());
                assertEquals(List.of(), view.exports(), "nothing raced yet");

                RaceRecording race = RecordedRaces.race();
                view.board().show(race);
                BufferedImage shot = PanelRendering.render((JComponent) view.component(), 1200, 700);
                List<LanePanel> lanes = view.board().lanes();
                LanePanel unet = lanes.get(0), dit = lanes.get(1), gan = lanes.get(2);
                assertEquals(race.title(), view.board().headline());
                assertEquals("unet-s", unet.titleText());
                assertEquals("diffusion", unet.familyText());
                assertEquals("5 denoising steps", unet.methodText());
                assertEquals("0.051 s", unet.timerText(), "the end of the race: every lane finished");
                assertEquals("10 network evaluations", unet.evaluationsText());
                assertEquals("5.1 ms per evaluation", unet.costText());
                assertEquals("GAN", gan.familyText());
                assertEquals("one generator pass", gan.methodText());
                assertEquals("0.002 s", gan.timerText());
                assertEquals("1 network evaluation", gan.evaluationsText());
                assertEquals("lessons/models/dit-s-fashion: run folder not found", dit.messageText());
                assertNull(unet.messageText());
                assertTrue(colours(shot, unet.pictures(), view.component()) > 10, "the pictures are drawn");
                assertSamePixels(race.lanes().get(0).finish().images(), unet.pictures().pictures());
                assertEquals("clock 0.051 s of 0.051 s", view.board().player().captionText());

                view.board().player().show(view.board().clock().frameAt(35 * MS));
                assertEquals("0.035 s", unet.timerText(), "scrubbed back: the lane's clock runs again");
                assertEquals("6 network evaluations", unet.evaluationsText(), "its third step, at 30 ms");
                assertEquals(" ", unet.costText());
                assertSamePixels(race.lanes().get(0).frames().get(2).images(), unet.pictures().pictures());
                assertEquals("0.002 s", gan.timerText(), "a finished lane keeps its time");
                assertSamePixels(race.lanes().get(2).finish().images(), gan.pictures().pictures());
                view.board().player().show(1);
                assertEquals("0.001 s", gan.timerText());
                assertEquals("0 network evaluations", gan.evaluationsText());
                assertTrue(gan.pictures().pictures().isEmpty(), "nothing before the GAN's pass");

                List<Export> exports = view.exports();
                assertEquals(List.of("The finished pictures side by side", "The race on one clock"), exports.stream().map(Export::name).toList());
                assertEquals(List.of("race-finished", "race"), exports.stream().map(Export::suggestedFile).toList());
                BufferedImage still = ((Export.Picture) exports.get(0)).render().get();
                assertTrue(still.getWidth() > 3 * 2 * 84 && still.getHeight() > 84, still.getWidth() + "x" + still.getHeight());
                Export.Animation gif = (Export.Animation) exports.get(1);
                assertEquals(50, gif.delayMillis(), "real time, 20 frames a second");
                List<BufferedImage> frames = gif.frames().get();
                assertEquals(3 + RaceFigures.HOLD_MILLIS / 50, frames.size(), "0, 50 ms and the end, then the end held");
                for (BufferedImage frame : frames) {
                    assertEquals(still.getWidth(), frame.getWidth(), "lanes do not jump");
                    assertEquals(still.getHeight(), frame.getHeight());
                }
                view.close();
            });
        }
    }

    @Test
    void aReplayRunsEveryLaneTogetherAtItsRecordedTimes(@TempDir Path home) {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            onEdt(() -> {
                RaceView view = new RaceView(f.context);
                RaceBoard board = view.board();
                board.show(RecordedRaces.race());
                LanePanel unet = board.lanes().get(0), gan = board.lanes().get(2);
                board.begin(1, 0);
                assertTrue(board.replaying());
                assertTrue(board.player().locked(), "no scrubbing while it replays");
                assertEquals(0, board.shownNanos());
                board.tick(3 * MS);
                assertEquals(3 * MS, board.shownNanos());
                assertEquals("0.002 s", gan.timerText(), "the GAN finished almost at once");
                assertEquals("0.003 s", unet.timerText());
                assertEquals("0 network evaluations", unet.evaluationsText());
                board.tick(20 * MS);
                assertEquals("4 network evaluations", unet.evaluationsText(), "denoising step by step");
                board.tick(60 * MS);
                assertFalse(board.replaying(), "over at the slowest lane's end");
                assertFalse(board.player().locked());
                assertEquals(board.clock().frames() - 1, board.player().position());
                assertEquals("0.051 s", unet.timerText());

                board.begin(0.1, 0);                                      // ten times slower
                board.tick(30 * MS);
                assertEquals(3 * MS, board.shownNanos());
                board.stop();
                assertFalse(board.player().locked());
                view.close();
            });
        }
    }

    @Test
    void lessonLinksSetTheRaceUpAndSayWhatIsWrong(@TempDir Path home) {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            onEdt(() -> {
                RaceView view = new RaceView(f.context);
                assertEquals(List.of("seed", "class", "steps", "guidance", "speed", "run"), List.copyOf(view.settings()));
                view.apply(Map.of("seed", "7", "steps", "10", "guidance", "2", "speed", "0.1", "class", "all"));
                RaceSettings s = view.form().settings();
                assertEquals(new RaceSettings(7, RaceSettings.EVERY_CLASS, 10, 2), s);
                assertEquals(ReplaySpeed.TENTH, view.form().speedChoice());
                assertEquals("10 denoising steps", RaceTexts.method("diffusion", null, s));

                assertEquals("speed must be 1, 0.5, 0.1 or 0.01, got \"2\"", bad(view, Map.of("speed", "2")));
                assertEquals("class must be all (no lane's model could be read), got \"Sneaker\"", bad(view, Map.of("class", "Sneaker")));
                assertEquals("steps must be a whole number from 1 to 1000, got \"0\"", bad(view, Map.of("steps", "0")));
                assertEquals("race takes no setting \"fast\"; it takes seed, class, steps, guidance, speed, run", bad(view, Map.of("fast", "1")));
                assertEquals(7, ((Number) view.form().seed.getValue()).intValue(), "a bad link changes nothing");

                view.apply(Map.of("run", "true"));                        // no lane can run here: each says why at once
                assertFalse(view.jobs().busy());
                RaceRecording race = view.board().recording();
                assertEquals(4, race.lanes().size());
                assertTrue(race.lanes().stream().allMatch(l -> l.problem().endsWith("run folder not found")));
                assertEquals("No lane could run.", view.form().status.getText());
                assertEquals(List.of(), view.exports());
                view.close();
            });
            assertEquals(List.of(), f.problems);
        }
    }

    private static String bad(RaceView view, Map<String, String> settings) {
        return assertThrows(IllegalArgumentException.class, () -> view.apply(settings)).getMessage();
    }

    private static int colours(BufferedImage image, Component part, Component root) {
        Rectangle b = PanelRendering.boundsIn(part, root);
        return PanelRendering.distinctColours(image, b.x, b.y, b.width, b.height);
    }

    private static void assertSamePixels(List<BufferedImage> expected, List<BufferedImage> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            BufferedImage e = expected.get(i), a = actual.get(i);
            assertArrayEquals(e.getRaster().getPixels(0, 0, e.getWidth(), e.getHeight(), (int[]) null),
                    a.getRaster().getPixels(0, 0, a.getWidth(), a.getHeight(), (int[]) null), "picture " + i);
        }
    }
}
