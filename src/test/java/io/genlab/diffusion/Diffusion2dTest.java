package io.genlab.diffusion;

import io.genlab.data.Datasets;
import io.genlab.data.PointSet;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import io.genlab.train.TrainingData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The 2D toy diffusion learns a ring of Gaussians: its samples leave the noise and land on the ring. */
class Diffusion2dTest {
    @Test
    void learnsTheRingAndTracesThePointCloud() {
        PointSet ring = Datasets.loadPoints("toy2d:ring", 2048, 1);
        TrainingData data = TrainingData.of(ring, 256, 1);
        GenerativeModel m = ModelRegistry.discover().get("diffusion-2d").create(DataShape.points(), Map.of("timesteps", 100), 1);
        for (int step = 0; step < 600; step++) m.trainStep(data.batchForStep(step), step);

        List<TraceFrame> trace = new ArrayList<>();
        Tensor samples = m.generate(GenerationRequest.cyclingClasses(500, 1, 3).withOptions(Map.of("steps", "50")), trace::add);

        assertEquals(50, trace.size());
        assertArrayEquals(new int[]{500, 2}, trace.get(0).tensors().get("x_t").shape());
        double startRadius = meanRadius(trace.get(0).tensors().get("x_t"));
        double endRadius = meanRadius(samples);
        assertTrue(startRadius > 1.1, "x_T is standard normal noise, mean radius about 1.25: " + startRadius);
        assertEquals(0.78, endRadius, 0.17, "the ring has radius 0.8; 600 steps pull the noise onto it, not yet into its 8 clusters");
        double onRing = 0;
        for (int i = 0; i < 500; i++) {
            double r = Math.hypot(samples.data()[2 * i], samples.data()[2 * i + 1]);
            if (Math.abs(r - 0.8) < 0.25) onRing++;
        }
        assertTrue(onRing / 500 > 0.6, "share of samples within 0.25 of the ring: " + onRing / 500);
    }

    @Test
    void samplesStayInTheTrainingDataRangeWhichCheckpointsKeep() {
        float[] xy = Datasets.loadPoints("toy2d:ring", 1024, 2).points();
        float limit = 0;
        for (int i = 0; i < xy.length; i++) {
            xy[i] *= 3;                                                          // points in any range: a ring of radius 2.4
            limit = Math.max(limit, Math.abs(xy[i]));
        }
        TrainingData data = TrainingData.of(new PointSet("ring x3", "test", xy), 256, 1);
        var provider = ModelRegistry.discover().get("diffusion-2d");
        Map<String, Object> cosine = Map.of("schedule", "cosine");
        GenerativeModel m = provider.create(DataShape.points(), cosine, 1);
        GenerationRequest ddim = GenerationRequest.cyclingClasses(200, 1, 5).withOptions(Map.of("steps", "20"));
        GenerationRequest unclipped = ddim.withOptions(Map.of("steps", "20", "clip-x0", "false"));
        assertArrayEquals(m.generate(unclipped, TraceSink.NONE).data(), m.generate(ddim, TraceSink.NONE).data(),
                "an untrained 2D model does not know its data's range, so it does not clip");

        for (int step = 0; step < 100; step++) m.trainStep(data.batchForStep(step), step);
        Map<String, Tensor> state = m.state();
        assertEquals(limit, state.get("data/limit").data()[0], "the largest |coordinate| of the 100 batches, all points");
        for (float v : m.generate(ddim, TraceSink.NONE).data()) assertTrue(Math.abs(v) <= limit, "DDIM's last x0 is clipped: " + v);

        GenerativeModel copy = provider.create(DataShape.points(), cosine, 9);
        copy.restore(state);
        assertArrayEquals(m.generate(ddim, TraceSink.NONE).data(), copy.generate(ddim, TraceSink.NONE).data());
        GenerativeModel shipped = provider.create(DataShape.points(), cosine, 9);
        shipped.restoreSampling(m.samplingState());
        assertArrayEquals(m.generate(ddim, TraceSink.NONE).data(), shipped.generate(ddim, TraceSink.NONE).data());

        Map<String, Tensor> older = new java.util.LinkedHashMap<>(state);                  // written before the limit was kept
        older.remove("data/limit");
        GenerativeModel old = provider.create(DataShape.points(), cosine, 9);
        old.restore(older);
        assertArrayEquals(m.generate(unclipped, TraceSink.NONE).data(), old.generate(ddim, TraceSink.NONE).data());

        Map<String, Tensor> damaged = new java.util.LinkedHashMap<>(state);
        damaged.put("data/limit", new Tensor(new float[]{Float.NaN}, new int[]{1}));
        GenerativeModel fresh = provider.create(DataShape.points(), cosine, 9);
        Map<String, Tensor> before = fresh.state();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fresh.restore(damaged));
        assertTrue(e.getMessage().contains("data/limit"), e.getMessage());
        assertArrayEquals(before.get("ema/updates").data(), fresh.state().get("ema/updates").data(), "nothing restored");
    }

    private static double meanRadius(Tensor points) {
        double sum = 0;
        int n = points.shape()[0];
        for (int i = 0; i < n; i++) sum += Math.hypot(points.data()[2 * i], points.data()[2 * i + 1]);
        return sum / n;
    }
}
