package io.genlab.eval.race;

import java.util.List;

/**
 * A recorded race: every lane as it ran alone, to be replayed together on one clock. It holds no
 * model.
 *
 * @param title what was drawn and how, e.g. "Every class, seed 1 · diffusion: DDIM, 50 steps, guidance 3"
 */
public record RaceRecording(String title, List<LaneRecording> lanes) {
    public RaceRecording {
        lanes = List.copyOf(lanes);
    }

    /** The common clock, from the start to the end of the slowest lane. */
    public RaceClock clock() {
        long end = 0;
        for (LaneRecording lane : lanes) end = Math.max(end, lane.endNanos());
        return new RaceClock(end);
    }

    /** Whether any lane finished, so that there are pictures to export. */
    public boolean anyFinished() {
        return lanes.stream().anyMatch(LaneRecording::finished);
    }
}
