package io.genlab.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class RunFolderTest {
    private static RunFolder trained(Path dir) throws IOException {
        RunFolder run = RunFolder.create(dir, TestData.config(4, 2, 2));
        new Trainer(new ScriptedModel(DataShape.images(1, 4, 4, List.of("a", "b")), 0),
                TrainingData.of(TestData.tiny(8, 1), 4, 1), run, new TrainingControl(), 0, 0, null).run();
        return run;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anInterruptedCopyLeavesNothingBehind(@TempDir Path dir) throws IOException {
        RunFolder run = trained(dir.resolve("run"));
        Thread.currentThread().interrupt();                   // as ModelWorker.close() (shutdownNow) does mid-copy
        try {
            assertThrows(InterruptedIOException.class, () -> run.copyTo(dir.resolve("copy")));
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of("run"), names(dir), "no copy and no half-copied folder");

        RunFolder copy = run.copyTo(dir.resolve("copy"));
        assertEquals(List.of("copy", "run"), names(dir));
        assertEquals(names(run.checkpointsDir()), names(copy.checkpointsDir()));
        assertEquals(Files.readAllLines(run.metricsFile()), Files.readAllLines(copy.metricsFile()));
    }

    @Test
    void aCopyIntoAnEmptyFolderReplacesItAndALeftOverTemporaryFolderIsCleared(@TempDir Path dir) throws IOException {
        RunFolder run = trained(dir.resolve("run"));
        Files.createDirectories(dir.resolve("copy"));
        Files.createDirectories(dir.resolve(".copy.copying/checkpoints"));
        Files.writeString(dir.resolve(".copy.copying/config.json"), "{half");
        RunFolder copy = run.copyTo(dir.resolve("copy"));
        assertEquals(run.config(), copy.config());
        assertEquals(List.of("copy", "run"), names(dir));
    }
}
