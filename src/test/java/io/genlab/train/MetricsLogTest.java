package io.genlab.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class MetricsLogTest {

    @Test
    void rowsWrittenReadBackWithEveryNamedLoss(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("metrics.csv");
        try (MetricsLog log = MetricsLog.openAfter(file, 0)) {
            for (int step = 1; step <= 3; step++) {
                Map<String, Double> losses = new LinkedHashMap<>();
                losses.put("d", 1.0 / step);
                losses.put("g", 2.0 * step);
                log.append(step, step * 0.5, 1e-3, 100, losses);
            }
        }
        List<MetricsLog.Row> rows = MetricsLog.read(file);
        assertEquals(3, rows.size());
        assertEquals(3, rows.get(2).step());
        assertEquals(1.5, rows.get(2).elapsedSeconds(), 1e-9);
        assertEquals(1e-3, rows.get(0).learningRate(), 1e-12);
        assertEquals(List.of("d", "g"), List.copyOf(rows.get(0).losses().keySet()));
        assertEquals(0.5, rows.get(1).losses().get("d"), 1e-6);
        assertEquals(6.0, rows.get(2).losses().get("g"), 1e-6);
    }

    @Test
    void aMissingFileHasNoRowsAndAForeignOneIsAnError(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), MetricsLog.read(dir.resolve("none.csv")));
        Path foreign = dir.resolve("foreign.csv");
        Files.writeString(foreign, "a,b\n1,2\n");
        assertTrue(assertThrows(IOException.class, () -> MetricsLog.read(foreign)).getMessage().contains("not a GenLab metrics file"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "step,elapsed_s,lr,examples_per_s,mse\n1,0.1,0.001,10,0.5\n2,0.2,0.001,10,oops\n");
        IOException e = assertThrows(IOException.class, () -> MetricsLog.read(bad));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}
