package io.genlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BatchScheduleTest {
    @Test
    void sameSeedSameBatches() {
        BatchSchedule a = new BatchSchedule(1000, 32, 7, true);
        BatchSchedule b = new BatchSchedule(1000, 32, 7, true);
        for (long s = 0; s < 100; s++) assertArrayEquals(a.indicesForStep(s), b.indicesForStep(s));
    }

    @Test
    void differentSeedDifferentBatches() {
        BatchSchedule a = new BatchSchedule(1000, 32, 7, true);
        BatchSchedule b = new BatchSchedule(1000, 32, 8, true);
        assertFalse(Arrays.equals(a.indicesForStep(0), b.indicesForStep(0)));
    }

    @Test
    void resumingMidEpochGivesTheSameIndices() {
        BatchSchedule run = new BatchSchedule(500, 16, 3, true);
        int[][] uninterrupted = new int[70][];
        for (int s = 0; s < 70; s++) uninterrupted[s] = run.indicesForStep(s);
        BatchSchedule resumed = new BatchSchedule(500, 16, 3, true);   // a fresh process, resumed at step 45
        for (int s = 45; s < 70; s++) assertArrayEquals(uninterrupted[s], resumed.indicesForStep(s));
        assertArrayEquals(uninterrupted[10], resumed.indicesForStep(10));   // going back works too
    }

    @Test
    void anEpochVisitsEachIndexAtMostOnce() {
        BatchSchedule s = new BatchSchedule(100, 10, 1, true);
        boolean[] seen = new boolean[100];
        for (int step = 0; step < s.batchesPerEpoch(); step++) {
            for (int i : s.indicesForStep(step)) {
                assertFalse(seen[i]);
                seen[i] = true;
            }
        }
        assertFalse(Arrays.equals(s.indicesForStep(0), s.indicesForStep(10)));  // epoch 2 is reshuffled
    }

    @Test
    void unshuffledIsInOrder() {
        BatchSchedule s = new BatchSchedule(10, 4, 1, false);
        assertArrayEquals(new int[]{4, 5, 6, 7}, s.indicesForStep(1));
        assertEquals(2, s.batchesPerEpoch());
        assertArrayEquals(new int[]{0, 1, 2, 3}, s.indicesForStep(2));
    }
}
