package io.genlab.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RunConfigTest {
    @Test
    void jsonRoundTrip(@TempDir Path dir) throws IOException {
        RunConfig c = RunConfig.defaults("pixel-gaussian", "fashion", 100, 0).withOptions(Map.of("lr", 0.01));
        RunFolder.create(dir.resolve("r"), c);
        assertEquals(c, RunFolder.open(dir.resolve("r")).config());
    }

    @Test
    void unknownKeysAndWrongTypesAreErrorsNamingTheFile(@TempDir Path dir) throws IOException {
        RunConfig c = RunConfig.defaults("pixel-gaussian", "fashion", 100, 0);
        Path run = dir.resolve("r");
        RunFolder.create(run, c);
        String json = Files.readString(run.resolve(RunFolder.CONFIG));

        Files.writeString(run.resolve(RunFolder.CONFIG), json.replaceFirst("\\{", "{ \"seeed\" : 3,"));
        IOException unknown = assertThrows(IOException.class, () -> RunFolder.open(run));
        assertTrue(unknown.getMessage().contains("seeed"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains(RunFolder.CONFIG), unknown.getMessage());

        Files.writeString(run.resolve(RunFolder.CONFIG), json.replace("\"batchSize\" : 64", "\"batchSize\" : \"many\""));
        IOException wrongType = assertThrows(IOException.class, () -> RunFolder.open(run));
        assertTrue(wrongType.getMessage().contains("invalid run config"), wrongType.getMessage());
    }

    @Test
    void aRunWithoutAnyLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunConfig.defaults("m", "d", 0, 0));
        assertTrue(e.getMessage().contains("step limit or a time limit"));
    }

    @Test
    void creatingARunTwiceInOneFolderIsRefused(@TempDir Path dir) throws IOException {
        RunConfig c = RunConfig.defaults("m", "d", 1, 0);
        RunFolder.create(dir, c);
        IOException e = assertThrows(IOException.class, () -> RunFolder.create(dir, c));
        assertTrue(e.getMessage().contains("already holds a run") && !e.getMessage().contains("genlab"), e.getMessage());
    }
}
