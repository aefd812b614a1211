package io.genlab.eval.compare;

import com.fasterxml.jackson.core.type.TypeReference;
import io.genlab.train.AtomicFiles;
import io.genlab.train.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A finished cell: its model, its training seed, the run it scored, and one score per sampling
 * setting and checkpoint. Written as {@code result.json}, last, so a cell with one is done.
 *
 * @param number   the cell's position in the experiment, from 1
 * @param label    the model's label in the spec
 * @param seed     the training seed (0 for an existing run)
 * @param run      the run scored (a path relative to the experiment folder when it was trained here)
 * @param entries  the scores
 */
public record CellResult(int number, String label, long seed, String run, List<Entry> entries) {
    public static final String FILE = "result.json";

    /**
     * @param sampling the sampling setting's label
     * @param step     the checkpoint scored
     * @param folder   where its eval.json and pictures are, relative to the experiment folder
     * @param report   {@link io.genlab.eval.EvalReport#toMap()}
     */
    public record Entry(String sampling, long step, String folder, Map<String, Object> report) {}

    void write(Path cellDir) throws IOException {
        AtomicFiles.writeString(cellDir.resolve(FILE), Json.MAPPER.writeValueAsString(this) + "\n");
    }

    /** The cell's result, or null if the cell has not finished. */
    static CellResult read(Path cellDir) throws IOException {
        Path f = cellDir.resolve(FILE);
        if (!Files.isRegularFile(f)) return null;
        try {
            return Json.MAPPER.readValue(f.toFile(), new TypeReference<CellResult>() { });
        } catch (IOException e) {
            throw new IOException(f + " is damaged (" + e.getMessage() + "); delete it and run the cell again", e);
        }
    }
}
