package io.genlab.transformer;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.diffusion.AttentionRecorder;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.diffusion.DiffusionModelTest;
import io.genlab.diffusion.ReverseProcess;
import io.genlab.diffusion.SamplerSettings;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceFrame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** dit-s as a diffusion model: training, overfitting, checkpoints, attention in the trace. Small 8x8 images (4 tokens) keep it fast. */
class DiTSModelTest {
    private static final DataShape SHAPE = DataShape.images(1, 8, 8, List.of("dark", "light"));

    private static GenerativeModel model(String name, Map<String, Object> options) {
        return ModelRegistry.discover().get(name).create(SHAPE, options, 3);
    }

    @Test
    void isRegisteredAsTheTransformerFamilyWithTheReferenceParameterCount() {
        GenerativeModel fashion = ModelRegistry.discover().get("dit-s")
                .create(DataShape.images(1, 28, 28, java.util.Collections.nCopies(10, "c")), Map.of(), 0);
        assertEquals(1_844_496, fashion.info().parameters());
        assertEquals("transformer", fashion.info().family());
        assertFalse(ModelRegistry.discover().get("dit-s").supports(DataShape.images(1, 30, 30, List.of("a"))), "30 does not cut into 4x4 patches");
    }

    @Test
    void overfitsEightImages() {
        GenerativeModel m = model("dit-s", Map.of("lr", 1e-3, "timesteps", 100));
        Batch batch = DiffusionModelTest.eightImages();
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
        GenerativeModel a = model("dit-s", Map.of("timesteps", 50));
        for (int i = 0; i < 3; i++) a.trainStep(DiffusionModelTest.eightImages(), i);
        GenerativeModel b = model("dit-s", Map.of("timesteps", 50));
        b.restore(a.state());
        GenerationRequest req = GenerationRequest.cyclingClasses(4, 2, 5).withOptions(Map.of("steps", "5", "guidance", "2"));
        assertArrayEquals(a.generate(req, f -> { }).data(), b.generate(req, f -> { }).data());
        assertEquals(a.trainStep(DiffusionModelTest.eightImages(), 3), b.trainStep(DiffusionModelTest.eightImages(), 3));
    }

    @Test
    void guidanceScaleOneIsTheConditionalModel() {
        DiffusionModel m = (DiffusionModel) model("dit-s", Map.of("timesteps", 50));
        for (int i = 0; i < 2; i++) m.trainStep(DiffusionModelTest.eightImages(), i);   // off adaLN-Zero's identity start
        GenerationRequest guided = GenerationRequest.cyclingClasses(2, 2, 4).withOptions(Map.of("steps", "5", "guidance", "1", "weights", "raw"));
        Tensor viaModel = m.generate(guided, f -> { });
        SamplerSettings settings = SamplerSettings.parse(Map.of("steps", "5"), m.schedule());
        Tensor direct = new ReverseProcess(m.schedule(), settings, 2, 1f).run(m::predict,
                ReverseProcess.startNoise(new int[]{2, 1, 8, 8}, 4), new int[]{0, 1}, 4, f -> { });
        assertArrayEquals(direct.data(), viaModel.data());
    }

    private static List<TraceFrame> trace(GenerativeModel m, Map<String, String> options) {
        List<TraceFrame> frames = new ArrayList<>();
        m.generate(GenerationRequest.cyclingClasses(3, 2, 5).withOptions(options), frames::add);
        return frames;
    }

    @Test
    void theTraceCarriesEveryLayersAttentionAtTheChosenSteps() {
        GenerativeModel m = model("dit-s", Map.of("timesteps", 50));
        for (int i = 0; i < 3; i++) m.trainStep(DiffusionModelTest.eightImages(), i);
        List<TraceFrame> all = trace(m, Map.of("steps", "4", "guidance", "2", "attention", "all"));
        assertEquals(4, all.size());
        for (TraceFrame f : all) {
            for (int layer = 0; layer < DiTS.DEPTH; layer++) {
                Tensor w = f.tensors().get(AttentionRecorder.PREFIX + "blocks." + layer + ".attn");
                assertArrayEquals(new int[]{3, 4, 4, 4}, w.shape(), "3 samples (the conditional rows), 4 heads, 4x4 tokens");
                for (int row = 0; row < 3 * 4 * 4; row++) {
                    double sum = 0;
                    for (int k = 0; k < 4; k++) sum += w.data()[row * 4 + k];
                    assertEquals(1, sum, 1e-5);
                }
            }
            assertTrue(f.tensors().containsKey("x0"), "the usual frame is still there");
        }
        List<TraceFrame> two = trace(m, Map.of("steps", "5", "attention", "2"));
        assertEquals(List.of(true, false, false, false, true),
                two.stream().map(f -> f.tensors().containsKey(AttentionRecorder.PREFIX + "blocks.0.attn")).toList());
        assertArrayEquals(trace(m, Map.of("steps", "5")).get(4).tensors().get("x0").data(), two.get(4).tensors().get("x0").data(),
                "recording attention does not change the samples");
        assertEquals(List.of(), trace(m, Map.of("steps", "3")).stream().filter(f -> f.tensors().keySet().stream()
                .anyMatch(k -> k.startsWith(AttentionRecorder.PREFIX))).toList(), "no maps unless asked");
    }

    @Test
    void unetSTracesItsBottomAttentionAndBadValuesAreClearErrors() {
        GenerativeModel unet = model("unet-s", Map.of("timesteps", 50));
        TraceFrame f = trace(unet, Map.of("steps", "2", "attention", "1")).get(1);
        assertArrayEquals(new int[]{3, 4, 4, 4}, f.tensors().get(AttentionRecorder.PREFIX + "mid.attn").shape(), "8x8 -> 2x2 at the bottom");
        GenerativeModel dit = model("dit-s", Map.of("timesteps", 50));
        for (String bad : List.of("0", "some", "-2")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trace(dit, Map.of("steps", "2", "attention", bad)));
            assertTrue(e.getMessage().contains("attention must be \"all\" or a number"), e.getMessage());
        }
        GenerativeModel points = ModelRegistry.discover().get("diffusion-2d").create(DataShape.points(), Map.of(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> points.generate(GenerationRequest.cyclingClasses(3, 1, 5).withOptions(Map.of("attention", "all")), x -> { }));
        assertTrue(e.getMessage().contains("no attention layers"), e.getMessage());
    }

    @Test
    void ditSAddsSinCosPositionsToItsTokensAndUnetSNone() {
        DiffusionModel dit = (DiffusionModel) model("dit-s", Map.of("timesteps", 50));
        Tensor positions = dit.denoiser().tokenPositions().orElseThrow();
        assertArrayEquals(new int[]{4, DiTS.DIM}, positions.shape(), "2x2 tokens of 128 numbers");
        int k = DiTS.DIM / 4;
        assertEquals(0, positions.data()[0], 0, "token 0 (row 0): sin(0)");
        assertEquals(1, positions.data()[k], 0, "token 0 (row 0): cos(0)");
        assertEquals(Math.sin(1), positions.data()[3 * DiTS.DIM + 2 * k], 1e-6, "token 3 is in column 1: sin(1 * f_0), f_0 = 1");
        assertEquals(6, dit.denoiser().attentionNames().size());
        DiffusionModel unet = (DiffusionModel) model("unet-s", Map.of("timesteps", 50));
        assertTrue(unet.denoiser().tokenPositions().isEmpty(), "unet-s's attention gets no positions");
    }

    @Test
    void probeGivesEveryBlocksTokensAsMapsOverThePatchGrid() {
        GenerativeModel m = model("dit-s", Map.of("timesteps", 50));
        Batch b = DiffusionModelTest.eightImages();
        Map<String, Tensor> features = m.probe(new Tensor(b.x(), new int[]{8, 1, 8, 8}), b.labels());
        assertEquals(List.of("x_t", "blocks.0/maps", "blocks.1/maps", "blocks.2/maps", "blocks.3/maps", "blocks.4/maps", "blocks.5/maps"),
                List.copyOf(features.keySet()));
        assertArrayEquals(new int[]{8, 128, 2, 2}, features.get("blocks.5/maps").shape());
    }
}
