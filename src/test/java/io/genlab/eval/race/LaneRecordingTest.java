package io.genlab.eval.race;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.genlab.eval.race.RecordedRaces.MS;
import static org.junit.jupiter.api.Assertions.*;

/** Recorded lanes and the common clock, without models. */
class LaneRecordingTest {

    @Test
    void aLaneShowsItsLatestFrameAtOrBeforeATimeAndKeepsItsFinishedPictures() {
        LaneRecording lane = RecordedRaces.diffusion(2, 5);
        assertNull(lane.at(0), "nothing before the first step");
        assertNull(lane.at(10 * MS - 1));
        assertSame(lane.frames().get(0), lane.at(10 * MS));
        assertSame(lane.frames().get(2), lane.at(35 * MS));
        assertSame(lane.frames().get(4), lane.at(51 * MS - 1));
        assertSame(lane.finish(), lane.at(51 * MS), "the returned pictures from the lane's end on");
        assertSame(lane.finish(), lane.at(Long.MAX_VALUE));
        assertFalse(lane.finishedBy(51 * MS - 1));
        assertTrue(lane.finishedBy(51 * MS));
        assertEquals(51 * MS, lane.endNanos());
        assertEquals(2, lane.pictures());

        LaneRecording missing = RecordedRaces.missing();
        assertNull(missing.at(Long.MAX_VALUE));
        assertEquals(0, missing.endNanos());
        assertFalse(missing.finished());
        List<LaneRecording.Moment> backwards = List.of(lane.frames().get(1), lane.frames().get(0));
        assertThrows(IllegalArgumentException.class, () -> new LaneRecording("m", "gan", "", 1, backwards, null, null));
    }

    @Test
    void theCommonClockTurnsTimesIntoPlayerFramesAndBack() {
        RaceClock clock = RecordedRaces.race().clock();
        assertEquals(51 * MS, clock.endNanos(), "the slowest lane's end");
        assertEquals(52, clock.frames(), "one frame a millisecond");
        assertEquals(0, clock.timeOf(0));
        assertEquals(51 * MS, clock.timeOf(51));
        assertEquals(9, clock.frameAt(10 * MS - 1));
        assertEquals(10, clock.frameAt(10 * MS));
        for (int k = 0; k < clock.frames(); k++) assertEquals(k, clock.frameAt(clock.timeOf(k)));

        RaceClock long_ = new RaceClock(60_000 * MS + 7);
        assertEquals(RaceClock.MAX_FRAMES, long_.frames(), "a long race gets frames further apart");
        for (long t = 0; t < long_.endNanos(); t += 987_654_321) {
            int k = long_.frameAt(t);
            assertTrue(long_.timeOf(k) <= t && long_.timeOf(k + 1) > t, "the last frame at or before " + t);
        }
        assertEquals(long_.frames() - 1, long_.frameAt(long_.endNanos()));
        assertEquals(1, new RaceClock(0).frames(), "nothing happened");
        assertEquals(0, new RaceClock(0).frameAt(5));
    }
}
