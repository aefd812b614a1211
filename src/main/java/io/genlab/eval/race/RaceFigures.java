package io.genlab.eval.race;

import io.genlab.viz.RacePictures;
import io.genlab.viz.Theme;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A recorded race as pictures, the same from the Race view's export and from {@code genlab race}:
 * the finished pictures side by side, each lane titled with its model and family and captioned
 * with its time and network evaluations ("1.07 s · 20 network evaluations"); and the race on its
 * common clock as GIF frames at a replay speed. It turns a recording into lanes for
 * {@link RacePictures}; it runs no model.
 */
public final class RaceFigures {
    /** Shortest time between two frames of the GIF. */
    public static final int MIN_FRAME_MILLIS = 50;
    /** Most frames of the GIF; a longer race gets frames further apart, still at the replay speed. */
    public static final int MAX_FRAMES = 300;
    /** How long the GIF holds the finished race before it starts again. */
    public static final int HOLD_MILLIS = 2000;

    private RaceFigures() {}

    /** The finished pictures side by side under the race's title; a lane that did not run says why. */
    public static BufferedImage finished(RaceRecording race, Theme theme) {
        return RacePictures.figure(race.title(), lanes(race, Long.MAX_VALUE), theme);
    }

    /** The lanes at {@code nanos} on the race clock, as the figure draws them. */
    public static List<RacePictures.Lane> lanes(RaceRecording race, long nanos) {
        List<RacePictures.Lane> out = new ArrayList<>();
        for (LaneRecording lane : race.lanes()) {
            LaneRecording.Moment shown = lane.problem() == null ? lane.at(nanos) : null;
            String caption = lane.problem() != null ? lane.problem()
                    : lane.finishedBy(nanos) ? RaceTexts.finished(lane) : RaceTexts.running(nanos, shown);
            out.add(new RacePictures.Lane(lane.model(), lane.family().isEmpty() ? "" : RaceTexts.about(lane.family(), lane.method()),
                    shown == null ? List.of() : shown.images(), caption));
        }
        return out;
    }

    /**
     * Milliseconds between two GIF frames for a race of {@code endNanos} replayed at {@code speed}: at
     * least {@link #MIN_FRAME_MILLIS}, more when the race would need over {@link #MAX_FRAMES} frames,
     * in whole hundredths of a second (what a GIF stores).
     */
    public static int frameMillis(long endNanos, double speed) {
        double replayMillis = endNanos / 1e6 / speed;
        double millis = Math.max(MIN_FRAME_MILLIS, replayMillis / (MAX_FRAMES - 1));
        return (int) Math.ceil(millis / 10) * 10;
    }

    /** The frames: the race clock every {@code delay} ms of replay from 0 to the end, then the end held. */
    public static List<BufferedImage> animation(RaceRecording race, double speed, int delay, Theme theme) {
        long end = race.clock().endNanos();
        long step = Math.max(1, (long) (delay * 1e6 * speed));
        List<List<RacePictures.Lane>> frames = new ArrayList<>();
        for (long t = 0; t < end; t += step) frames.add(lanes(race, t));
        frames.add(lanes(race, end));
        List<BufferedImage> out = new ArrayList<>(RacePictures.animation(race.title(), frames, theme));
        out.addAll(Collections.nCopies(Math.max(1, HOLD_MILLIS / delay), out.get(out.size() - 1)));
        return out;
    }
}
