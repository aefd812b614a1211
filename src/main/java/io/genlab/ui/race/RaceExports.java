package io.genlab.ui.race;

import io.genlab.eval.race.RaceFigures;
import io.genlab.eval.race.RaceRecording;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.Export;
import io.genlab.viz.Theme;

import java.util.List;

/**
 * What the Race view can save: the finished pictures side by side with each lane's time and network
 * evaluations (a PNG), and the race replayed on its common clock (a GIF at the replay speed, every
 * frame labelled with the race clock). Both are drawn by {@link RaceFigures}, as {@code genlab race}
 * draws them, from the recording when they are saved.
 */
final class RaceExports {
    private RaceExports() {}

    static List<Export> of(RaceRecording race, double speed) {
        if (race == null || !race.anyFinished()) return List.of();
        Theme theme = PresenterMode.figureTheme();
        int delay = RaceFigures.frameMillis(race.clock().endNanos(), speed);
        return List.of(
                new Export.Picture("The finished pictures side by side", "race-finished", () -> RaceFigures.finished(race, theme)),
                new Export.Animation("The race on one clock", "race", () -> RaceFigures.animation(race, speed, delay, theme), delay));
    }
}
