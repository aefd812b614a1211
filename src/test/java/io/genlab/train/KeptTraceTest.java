package io.genlab.train;

import io.genlab.data.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Which frames of a long generation the workbench keeps. */
class KeptTraceTest {

    private static TraceFrame frame(int index, int total) {
        return new TraceFrame(index, total, "t=" + (total - 1 - index), Map.of("x_t", new Tensor(new float[1], new int[]{1})), Map.of());
    }

    private static List<Integer> indices(KeptTrace trace) {
        return trace.frames().stream().map(TraceFrame::index).toList();
    }

    @Test
    void keepsTwoHundredEvenlySpacedFramesOfAThousandWithTheFirstAndTheLast() {
        KeptTrace trace = new KeptTrace();
        for (int i = 0; i < 1000; i++) trace.accept(frame(i, 1000));
        List<Integer> kept = indices(trace);
        assertEquals(200, kept.size());
        assertEquals(0, kept.get(0));
        assertEquals(999, kept.get(199));
        assertEquals(1000, trace.received());
        for (int i = 1; i < kept.size(); i++) {
            int gap = kept.get(i) - kept.get(i - 1);
            assertTrue(gap == 5 || gap == 6, "even spacing, got a gap of " + gap + " at " + i);
        }
        for (int i = 0; i < 1000; i++) assertEquals(kept.contains(i), KeptTrace.isKept(i, 1000, 200), "frame " + i);
    }

    @Test
    void keepsEveryFrameOfAShortTrace() {
        KeptTrace trace = new KeptTrace(200);
        for (int i = 0; i < 50; i++) trace.accept(frame(i, 50));
        assertEquals(50, trace.frames().size());
        KeptTrace exact = new KeptTrace(3);
        for (int i = 0; i < 3; i++) exact.accept(frame(i, 3));
        assertEquals(List.of(0, 1, 2), indices(exact));
    }

    @Test
    void aStoppedTraceEndsWithTheNewestFrame() {
        KeptTrace trace = new KeptTrace(10);
        for (int i = 0; i <= 57; i++) trace.accept(frame(i, 1000));     // cancelled after 58 of 1000 steps
        List<Integer> kept = indices(trace);
        assertEquals(List.of(0, 57), kept, "frame 111 is the next evenly spaced one; 57 is where it stopped");
        assertEquals(57, trace.last().index());
        trace.accept(frame(58, 1000));
        assertEquals(List.of(0, 58), indices(trace), "only the newest frame is held beyond the kept ones");
    }

    @Test
    void needsRoomForTheFirstAndTheLast() {
        assertThrows(IllegalArgumentException.class, () -> new KeptTrace(1));
        assertNull(new KeptTrace().last());
        assertEquals(List.of(), new KeptTrace().frames());
    }
}
