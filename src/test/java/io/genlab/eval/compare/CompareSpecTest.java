package io.genlab.eval.compare;

import io.genlab.train.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CompareSpecTest {

    private static String error(String json) throws IOException {
        return assertThrows(IllegalArgumentException.class, () -> CompareSpec.parse(Json.MAPPER.readTree(json))).getMessage();
    }

    @Test
    void errorsNameTheField() throws IOException {
        String ok = "\"name\": \"x\", \"dataset\": \"fashion\"";
        assertEquals("name: required", error("{\"dataset\": \"fashion\", \"models\": []}"));
        assertTrue(error("{" + ok + ", \"models\": [], \"colour\": 1}").startsWith("colour: unknown field"));
        assertEquals("models: name at least one model", error("{" + ok + ", \"models\": []}"));
        assertTrue(error("{" + ok + ", \"models\": [{\"label\": \"a\", \"model\": \"unet-s\"}]}")
                .startsWith("models[0].steps / models[0].minutes: give a training budget"));
        assertTrue(error("{" + ok + ", \"models\": [{\"label\": \"a\", \"model\": \"unet-s\", \"steps\": 10, \"batch\": 0}]}")
                .startsWith("models[0].batch: a whole number from 1"));
        assertTrue(error("{" + ok + ", \"models\": [{\"label\": \"a\", \"run\": \"r\", \"steps\": 10}]}")
                .startsWith("models[0].steps: only for a model to train"));
        assertTrue(error("{" + ok + ", \"models\": [{\"label\": \"a\", \"run\": \"r\", \"model\": \"unet-s\"}]}")
                .contains("give exactly one"));
        assertTrue(error("{" + ok + ", \"models\": [{\"label\": \"a\", \"run\": \"r\"}, {\"label\": \"a\", \"run\": \"s\"}]}")
                .startsWith("models[1].label: \"a\" is used twice"));
        assertTrue(error("{" + ok + ", \"models\": [{\"label\": \"a\", \"model\": \"unet-s\", \"steps\": 10, \"checkpoints\": [5, 3]}]}")
                .startsWith("models[0].checkpoints[1]"));
        assertTrue(error("{" + ok + ", \"models\": [{\"label\": \"a\", \"run\": \"r\"}], \"sampling\": [{\"steps\": 5}]}")
                .startsWith("sampling[0].label: required"));
        assertTrue(error("{\"name\": \"x\", \"dataset\": \"mnist\", \"models\": [{\"label\": \"a\", \"run\": \"r\"}]}")
                .startsWith("dataset: unknown dataset"));
        assertTrue(error("{\"name\": \"a b\", \"dataset\": \"fashion\", \"models\": [{\"label\": \"a\", \"run\": \"r\"}]}").startsWith("name:"));
    }

    @Test
    void cellsAreEveryModelWithEverySeedAndAnExistingRunOnce() throws IOException {
        CompareSpec spec = CompareSpec.parse(Json.MAPPER.readTree("""
                {"name": "x", "dataset": "fashion", "seeds": [1, 2],
                 "models": [{"label": "Shipped One", "run": "r"}, {"label": "small", "model": "unet-s", "steps": 5, "options": {"width": 16}}],
                 "sampling": [{"label": "DDIM 5", "sampler": "ddim", "steps": 5}]}"""));
        List<CompareSpec.Cell> cells = spec.cells();
        assertEquals(List.of("01-shipped-one", "02-small-seed1", "03-small-seed2"), cells.stream().map(CompareSpec.Cell::folder).toList());
        assertEquals(16, cells.get(1).model().options().get("width"));
        assertEquals("5", spec.sampling().get(0).options().get("steps"));
        assertEquals(500, spec.samples());
        assertTrue(spec.coverage());
    }

    @Test
    void theShippedSpecsAreValid() throws IOException {
        int n = 0;
        try (DirectoryStream<Path> specs = Files.newDirectoryStream(Path.of("bench", "specs"), "*.json")) {
            for (Path p : specs) {
                CompareSpec spec = CompareSpec.read(p);
                assertFalse(spec.cells().isEmpty(), p.toString());
                assertNotNull(spec.about(), p + " says what it compares");
                n++;
            }
        }
        assertTrue(n >= 9, "sampler sweep, schedules, model size, data amount, training time, GAN losses, U-Net against transformer, "
                + "four families, quick: " + n);
    }
}
