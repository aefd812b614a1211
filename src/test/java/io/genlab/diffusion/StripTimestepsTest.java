package io.genlab.diffusion;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which timesteps the forward strip shows: the defaults per T and the parsing of typed lists. */
class StripTimestepsTest {
    @Test
    void defaultsForAThousandStepsAreTheUsualOnes() {
        assertArrayEquals(new int[]{0, 50, 100, 250, 500, 750, 999}, StripTimesteps.defaults(1000));
    }

    @Test
    void defaultsScaleWithTAndDropRepeats() {
        assertArrayEquals(new int[]{0, 5, 10, 25, 50, 75, 99}, StripTimesteps.defaults(100));
        assertArrayEquals(new int[]{0, 1, 2, 3}, StripTimesteps.defaults(4));
        assertArrayEquals(new int[]{0}, StripTimesteps.defaults(1));
    }

    @Test
    void parsesCommasAndSpacesSortedWithoutRepeats() {
        assertArrayEquals(new int[]{0, 10, 250, 999}, StripTimesteps.parse(" 250, 0 10;999  10 ", 1000));
        assertEquals("0, 10, 250", StripTimesteps.format(new int[]{0, 10, 250}));
        assertArrayEquals(new int[]{0, 10, 250}, StripTimesteps.parse(StripTimesteps.format(new int[]{0, 10, 250}), 1000));
    }

    @Test
    void rejectsWhatIsNotATimestepOfThisSchedule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StripTimesteps.parse("0, 1000", 1000));
        assertTrue(e.getMessage().contains("0..999"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StripTimesteps.parse("0, ten", 1000));
        assertThrows(IllegalArgumentException.class, () -> StripTimesteps.parse("-1", 1000));
        assertThrows(IllegalArgumentException.class, () -> StripTimesteps.parse("  ", 1000));
        assertThrows(IllegalArgumentException.class, () -> StripTimesteps.parse("0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16", 1000));
    }

    @Test
    void evenlySpacedFramesRunFromFirstToLastStep() {
        assertArrayEquals(new int[]{0, 333, 666, 999}, StripTimesteps.evenly(1000, 4));
        assertArrayEquals(new int[]{0, 1, 2}, StripTimesteps.evenly(3, 40));
        assertArrayEquals(new int[]{0}, StripTimesteps.evenly(1000, 1));
    }
}
