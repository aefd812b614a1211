package io.genlab.diffusion;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** unet-s as a model: training, overfitting, checkpoints, sampling settings. Small 8x8 images keep it fast. */
public class DiffusionModelTest {
    private static final DataShape SHAPE = DataShape.images(1, 8, 8, List.of("dark", "light"));

    private static GenerativeModel model(Map<String, Object> options) {
        return ModelRegistry.discover().get("unet-s").create(SHAPE, options, 3);
    }

    /** Eight 8x8 images: class 0 a dark square on light, class 1 the reverse, with a little jitter. */
    public static Batch eightImages() {
        Random r = new Random(11);
        float[] x = new float[8 * 64];
        int[] labels = new int[8];
        for (int i = 0; i < 8; i++) {
            labels[i] = i % 2;
            for (int p = 0; p < 64; p++) {
                boolean inside = p / 8 >= 2 && p / 8 < 6 && p % 8 >= 2 && p % 8 < 6;
                float v = inside == (labels[i] == 0) ? -0.8f : 0.8f;
                x[i * 64 + p] = v + 0.1f * (float) r.nextGaussian();
            }
        }
        return new Batch(x, new long[]{8, 1, 8, 8}, labels, new int[]{0, 1, 2, 3, 4, 5, 6, 7});
    }

    @Test
    void hasTheReferenceParameterCount() {
        GenerativeModel fashion = ModelRegistry.discover().get("unet-s")
                .create(DataShape.images(1, 28, 28, java.util.Collections.nCopies(10, "c")), Map.of(), 0);
        assertEquals(924_001, fashion.info().parameters());
    }

    @Test
    void overfitsEightImages() {
        GenerativeModel m = model(Map.of("lr", 2e-3, "timesteps", 100));
        Batch batch = eightImages();
        double first = 0, last = 0;
        for (int step = 0; step < 160; step++) {
            double mse = m.trainStep(batch, step).get("mse");
            if (step < 10) first += mse / 10;
            if (step >= 150) last += mse / 10;
        }
        assertTrue(first > 0.5, "an untrained denoiser's noise prediction error is near 1, got " + first);
        assertTrue(last < 0.3 && last < first / 3, "mean MSE of the last 10 steps on 8 images: " + last + " (first 10: " + first + ")");
    }

    @Test
    void restoredCheckpointStateGivesIdenticalSamples() {
        GenerativeModel a = model(Map.of("timesteps", 50));
        for (int i = 0; i < 3; i++) a.trainStep(eightImages(), i);
        GenerativeModel b = model(Map.of("timesteps", 50));
        b.restore(a.state());
        GenerationRequest req = GenerationRequest.cyclingClasses(4, 2, 5).withOptions(Map.of("steps", "10", "guidance", "2"));
        assertArrayEquals(a.generate(req, TraceSink.NONE).data(), b.generate(req, TraceSink.NONE).data());
        GenerationRequest raw = req.withOptions(Map.of("steps", "10", "weights", "raw"));
        assertArrayEquals(a.generate(raw, TraceSink.NONE).data(), b.generate(raw, TraceSink.NONE).data());
        assertEquals(a.trainStep(eightImages(), 3), b.trainStep(eightImages(), 3), "optimiser and EMA state restored");
    }

    @Test
    void samplingStateIsTheEmaWeightsAndSamplesIdentically() {
        GenerativeModel a = model(Map.of("timesteps", 50));
        for (int i = 0; i < 3; i++) a.trainStep(eightImages(), i);
        GenerativeModel b = model(Map.of("timesteps", 50));
        b.restoreSampling(a.samplingState());
        assertTrue(a.samplingState().keySet().stream().allMatch(k -> k.startsWith("ema/")));
        GenerationRequest req = GenerationRequest.cyclingClasses(4, 2, 5).withOptions(Map.of("steps", "10", "guidance", "2"));
        assertArrayEquals(a.generate(req, TraceSink.NONE).data(), b.generate(req, TraceSink.NONE).data());
        GenerationRequest raw = req.withOptions(Map.of("steps", "10", "guidance", "2", "weights", "raw"));
        assertArrayEquals(b.generate(req, TraceSink.NONE).data(), b.generate(raw, TraceSink.NONE).data(),
                "a shipped model's raw weights are its EMA weights");
        assertThrows(IllegalArgumentException.class, () -> b.restoreSampling(a.state()));
    }

    @Test
    void ddimWithEtaZeroIsDeterministicAndEveryStepIsTraced() {
        GenerativeModel m = model(Map.of("timesteps", 50));
        GenerationRequest req = GenerationRequest.cyclingClasses(2, 2, 9).withOptions(Map.of("sampler", "ddim", "steps", "7", "eta", "0"));
        List<TraceFrame> frames = new ArrayList<>();
        Tensor first = m.generate(req, frames::add);
        assertArrayEquals(first.data(), m.generate(req, TraceSink.NONE).data());
        assertEquals(7, frames.size());
        assertEquals(List.of("x_t", "eps", "x0"), List.copyOf(frames.get(0).tensors().keySet()));
        assertArrayEquals(new int[]{2, 1, 8, 8}, frames.get(6).tensors().get("x0").shape());
        assertEquals("t=49", frames.get(0).caption());
    }

    @Test
    void guidanceScaleOneIsTheConditionalModel() {
        DiffusionModel m = (DiffusionModel) model(Map.of("timesteps", 50));
        GenerationRequest guided = GenerationRequest.cyclingClasses(2, 2, 4).withOptions(Map.of("steps", "5", "guidance", "1", "weights", "raw"));
        Tensor viaModel = m.generate(guided, TraceSink.NONE);
        SamplerSettings settings = SamplerSettings.parse(Map.of("steps", "5"), m.schedule());
        Tensor direct = new ReverseProcess(m.schedule(), settings, 2, 1f).run(m::predict,
                ReverseProcess.startNoise(new int[]{2, 1, 8, 8}, 4), new int[]{0, 1}, 4, TraceSink.NONE);
        assertArrayEquals(direct.data(), viaModel.data());
    }

    @Test
    void badSamplingArgumentsAreClearErrors() {
        GenerativeModel m = model(Map.of("timesteps", 50));
        GenerationRequest base = GenerationRequest.cyclingClasses(1, 2, 1);
        assertMessage(m, base.withOptions(Map.of("steps", "51")), "1..50");
        assertMessage(m, base.withOptions(Map.of("eta", "1.5")), "eta");
        assertMessage(m, base.withOptions(Map.of("temperature", "2")), "temperature");
        assertMessage(m, GenerationRequest.ofClass(1, 2, 1), "class 2 does not exist");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model(Map.of("schedule", "quadratic")));
        assertTrue(e.getMessage().contains("schedule"), e.getMessage());
    }

    private static void assertMessage(GenerativeModel m, GenerationRequest r, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.generate(r, TraceSink.NONE));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void probeGivesTheFeatureMapsOfEveryBlock() {
        GenerativeModel m = model(Map.of("timesteps", 50));
        Batch b = eightImages();
        Map<String, Tensor> features = m.probe(new Tensor(b.x(), new int[]{8, 1, 8, 8}), b.labels());
        assertEquals("x_t", features.keySet().iterator().next());
        assertArrayEquals(new int[]{8, 32, 8, 8}, features.get("enc1.0/out").shape());
        assertArrayEquals(new int[]{8, 64, 2, 2}, features.get("mid.attn/out").shape());
        assertArrayEquals(new int[]{8, 32, 8, 8}, features.get("dec1.1/out").shape());
    }

    @Test
    void samplingAndProbingThreadsLeaveNoCachedArraysBehind() throws InterruptedException {
        GenerativeModel m = model(Map.of("timesteps", 50));
        Batch b = eightImages();
        GenerationRequest req = GenerationRequest.cyclingClasses(2, 2, 9).withOptions(Map.of("steps", "3"));
        Thread sampler = new Thread(() -> m.generate(req, TraceSink.NONE));
        Thread prober = new Thread(() -> m.probe(new Tensor(b.x(), new int[]{8, 1, 8, 8}), b.labels()));
        for (Thread t : List.of(sampler, prober)) {
            t.start();
            t.join();
            assertFalse(((io.genlab.nn.GraphModel) m).graph().getSessions().containsKey(t.getId()), "the session of thread " + t.getId());
        }
    }
}
