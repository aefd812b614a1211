package io.genlab.eval.race;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.*;

/** A lane warmed up, timed and recorded, with a scripted model that draws 2x2 pictures value by value. */
class LaneTimerTest {

    @Test
    void warmsUpOnOneFrameThenRecordsEveryFrameWithItsTimeAndEvaluations() {
        Filling model = new Filling();
        List<LaneRecording.Moment> live = new ArrayList<>();
        LaneRecording lane = LaneTimer.record(model, new RaceSettings(5, RaceSettings.EVERY_CLASS, 50, 3), live::add, () -> false);
        assertEquals(List.of(1, 4), model.framesPerCall, "the warm-up stops after its first frame; the timed run draws all four");
        assertEquals(List.of(5L, 5L), model.seeds, "both runs draw the race's seed");
        assertEquals(List.of(2, 2), model.pictures, "every class: one picture of each");
        assertEquals("filling", lane.model());
        assertEquals("autoregressive", lane.family());
        assertEquals("4 pixels one by one", lane.method());
        assertEquals(4, lane.evaluations());
        assertEquals(List.of(1, 2, 3, 4), lane.frames().stream().map(LaneRecording.Moment::evaluations).toList());
        assertEquals(lane.frames(), live, "every frame heard as it came");
        assertEquals(-0.5f, lane.frames().get(1).pictures().data()[1], "the canvas after the second value");
        assertEquals(1f, lane.finish().pictures().data()[0], "the returned pictures");
        long previous = 0;
        for (LaneRecording.Moment m : lane.frames()) {
            assertTrue(m.nanos() >= previous && m.nanos() <= lane.finish().nanos());
            previous = m.nanos();
        }
        assertNull(lane.problem());
        assertEquals(4, LaneTimer.warmedUp(model, new RaceSettings(5, 1, 50, 3)).evaluations());
    }

    @Test
    void stopsWithinAFrameOnceCancelled() {
        Filling model = new Filling();
        List<LaneRecording.Moment> live = new ArrayList<>();
        LaneTimer lane = LaneTimer.warmedUp(model, new RaceSettings(1, 0, 50, 3));
        assertThrows(CancellationException.class, () -> lane.record(live::add, () -> live.size() == 2));
        assertEquals(2, live.size());
        assertEquals(List.of(1, 3), model.framesPerCall, "the third frame came and was not kept");
        assertThrows(CancellationException.class, () -> LaneTimer.record(model, new RaceSettings(1, 0, 50, 3), m -> { }, () -> true),
                "cancelled during the warm-up: nothing is timed");
    }

    @Test
    void aMissingRunFolderIsAHeadWithItsProblem() {
        LaneHead head = LaneHead.read(Path.of("no-such-folder", "unet-s-fashion"));
        assertFalse(head.ready());
        assertEquals("unet-s-fashion", head.model());
        assertTrue(head.problem().endsWith("run folder not found"), head.problem());
        assertEquals(head.problem(), head.waiting(new RaceSettings(1, 0, 50, 3)).problem());
        assertEquals(List.of(), LaneHead.classNames(List.of(head)));
    }

    /** Fills a 1x2x2 canvas value by value, one network evaluation each, for two classes; counts the frames it reports. */
    private static final class Filling implements GenerativeModel {
        final List<Integer> framesPerCall = new ArrayList<>();
        final List<Long> seeds = new ArrayList<>();
        final List<Integer> pictures = new ArrayList<>();

        @Override
        public ModelInfo info() {
            return new ModelInfo("autoregressive", "filling", 0, DataShape.images(1, 2, 2, List.of("a", "b")), Map.of());
        }

        @Override
        public Tensor generate(GenerationRequest request, TraceSink sink) {
            int n = request.count();
            seeds.add(request.seed());
            pictures.add(n);
            framesPerCall.add(0);
            float[] canvas = new float[n * 4];
            Arrays.fill(canvas, -1f);
            for (int p = 0; p < 4; p++) {
                for (int i = 0; i < n; i++) canvas[i * 4 + p] = -0.5f;
                framesPerCall.set(framesPerCall.size() - 1, p + 1);
                sink.accept(new TraceFrame(p, 4, "pixel " + p, Map.of("x", new Tensor(canvas.clone(), new int[]{n, 1, 2, 2})), Map.of()));
            }
            float[] done = new float[n * 4];
            Arrays.fill(done, 1f);
            return new Tensor(done, new int[]{n, 1, 2, 2});
        }

        @Override
        public double networkEvaluations(GenerationRequest request) { return 4; }

        @Override public Map<String, Double> trainStep(Batch batch, long stepSeed) { throw new UnsupportedOperationException(); }
        @Override public double learningRate() { return 0; }
        @Override public Map<String, Tensor> probe(Tensor inputs, int[] labels) { throw new UnsupportedOperationException(); }
        @Override public Map<String, Tensor> state() { return Map.of(); }
        @Override public void restore(Map<String, Tensor> state) { }
    }
}
