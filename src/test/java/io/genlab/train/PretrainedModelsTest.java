package io.genlab.train;

import io.genlab.data.Tensor;
import io.genlab.diffusion.DiffusionModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every model shipped in lessons/models loads from its folder and samples. */
class PretrainedModelsTest {
    private static final Path MODELS = Path.of("lessons", "models");

    private static List<Path> shippedRuns() throws IOException {
        try (Stream<Path> s = Files.list(MODELS)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(RunFolder.CONFIG))).sorted().toList();
        }
    }

    @Test
    void theWorkbenchsDefaultModelShips() throws IOException {
        assertTrue(shippedRuns().contains(MODELS.resolve("unet-s-fashion")), "shipped: " + shippedRuns());
    }

    @Test
    void everyShippedModelLoadsAndSamples() throws IOException {
        ModelRegistry registry = ModelRegistry.discover();
        for (Path run : shippedRuns()) {
            RunFolder folder = RunFolder.open(run);
            Path checkpoint = folder.latestCheckpoint().orElseThrow(() -> new AssertionError(run + " has no checkpoint"));
            GenerativeModel model = registry.load(Checkpoints.read(checkpoint));
            GenerationRequest request = GenerationRequest.cyclingClasses(2, Math.max(1, model.info().shape().numClasses()), 1);
            if (model instanceof DiffusionModel d && d.tokenizer().isPresent()) {          // a prompt per sample, label k drawing prompt k
                request = GenerationRequest.cyclingClasses(2, 2, 1)
                        .withOptions(Map.of("steps", "5", DiffusionModel.PROMPT, "a large red circle at the left | a small blue square"));
            } else if (model.info().family().equals("diffusion")) {
                request = request.withOptions(Map.of("steps", "5"));                          // a short run will do
            }
            Tensor samples = model.generate(request, TraceSink.NONE);
            assertEquals(2, samples.shape()[0], run.toString());
            for (float v : samples.data()) assertTrue(Float.isFinite(v), run + " sampled a non-finite value");
        }
    }
}
