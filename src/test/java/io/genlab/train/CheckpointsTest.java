package io.genlab.train;

import io.genlab.data.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class CheckpointsTest {
    private static final DataShape SHAPE = DataShape.images(1, 4, 4, List.of("a", "b"));

    private static CheckpointManifest manifest(long step) {
        return new CheckpointManifest(CheckpointManifest.FORMAT, "test", "test", "scripted", 4, SHAPE, step, 99, 1.5,
                Map.of("loss", 0.25), TestData.config(10, 0, 0), "2026-01-01T00:00:00Z");
    }

    private static Map<String, Tensor> state(float v) {
        Map<String, Tensor> s = new LinkedHashMap<>();
        s.put("w", new Tensor(new float[]{v, v + 1, v + 2, v + 3}, new int[]{2, 2}));
        s.put("t", new Tensor(new float[]{7}, new int[]{1}));
        return s;
    }

    @Test
    void roundTripKeepsManifestAndState(@TempDir Path dir) throws IOException {
        Path written = Checkpoints.write(dir, manifest(5), state(1f));
        Checkpoints.Loaded back = Checkpoints.read(written);
        assertEquals(manifest(5), back.manifest());
        assertArrayEquals(state(1f).get("w").data(), back.state().get("w").data());
        assertArrayEquals(new int[]{2, 2}, back.state().get("w").shape());
        assertEquals(List.of("w", "t"), List.copyOf(back.state().keySet()));
    }

    @Test
    void aFailedWriteLeavesThePreviousCheckpointIntactAndNoTemporaryFolder(@TempDir Path dir) throws IOException {
        Checkpoints.write(dir, manifest(5), state(1f));
        Map<String, Tensor> poisoned = new LinkedHashMap<>(state(2f)) {
            @Override
            public java.util.Set<Map.Entry<String, Tensor>> entrySet() {
                throw new IllegalStateException("disk vanished mid-write");
            }
        };
        assertThrows(IllegalStateException.class, () -> Checkpoints.write(dir, manifest(10), poisoned));

        assertEquals(List.of(5L), Checkpoints.list(dir).stream().map(Checkpoints::stepOf).toList());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("step-00000005"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertArrayEquals(state(1f).get("w").data(), Checkpoints.read(Checkpoints.latest(dir).orElseThrow()).state().get("w").data());
    }

    @Test
    void leftoversOfAnInterruptedWriteAreIgnored(@TempDir Path dir) throws IOException {
        Checkpoints.write(dir, manifest(5), state(1f));
        Path crashed = Files.createDirectories(dir.resolve(".writing-123"));
        Files.write(crashed.resolve(Checkpoints.STATE), new byte[]{1, 2, 3});
        Path half = Files.createDirectories(dir.resolve("step-00000010"));
        Files.write(half.resolve(Checkpoints.STATE), new byte[]{1, 2, 3});     // no manifest: incomplete

        assertEquals(dir.resolve("step-00000005"), Checkpoints.latest(dir).orElseThrow());
    }

    @Test
    void aDamagedStateFileIsReportedNamingTheFile(@TempDir Path dir) throws IOException {
        Path written = Checkpoints.write(dir, manifest(5), state(1f));
        Path file = written.resolve(Checkpoints.STATE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        IOException e = assertThrows(IOException.class, () -> Checkpoints.read(written));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aForeignManifestIsReported(@TempDir Path dir) throws IOException {
        Path written = Checkpoints.write(dir, manifest(5), state(1f));
        Files.writeString(written.resolve(Checkpoints.MANIFEST), "{\"format\": 1, \"surprise\": true}");
        IOException e = assertThrows(IOException.class, () -> Checkpoints.read(written));
        assertTrue(e.getMessage().contains("manifest"), e.getMessage());
    }
}
