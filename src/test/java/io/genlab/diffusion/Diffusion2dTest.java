package io.genlab.diffusion;

import io.genlab.data.Datasets;
import io.genlab.data.PointSet;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceFrame;
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

    private static double meanRadius(Tensor points) {
        double sum = 0;
        int n = points.shape()[0];
        for (int i = 0; i < n; i++) sum += Math.hypot(points.data()[2 * i], points.data()[2 * i + 1]);
        return sum / n;
    }
}
