package io.genlab.eval.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.genlab.train.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A finished experiment as the workbench reads it back from its folder ({@code results.json}
 * and the PNGs beside it): one row per model, seed, sampling setting and checkpoint, and the
 * charts that were drawn. Read as data only.
 *
 * @param dir     the experiment folder
 * @param name    the spec's name
 * @param about   its paragraph, or null
 * @param rows    the scores
 * @param missing cells that had not finished when the report was built
 * @param charts  the chart PNGs present, in report order
 */
public record ExperimentResults(Path dir, String name, String about, List<Row> rows, List<Integer> missing, List<Path> charts) {
    /** The charts a report may have, in the order it shows them. */
    static final List<String> CHART_FILES = List.of("quality-vs-steps.png", "quality-vs-time.png", "loss.png", "cost.png");

    /**
     * @param model    the model's label
     * @param seed     its training seed (0 for an existing run)
     * @param sampling the sampling setting's label
     * @param step     the checkpoint scored
     * @param report   the scores, as {@code eval.json} holds them
     * @param folder   the folder of its eval.json and pictures
     */
    public record Row(String model, long seed, String sampling, long step, Map<String, Object> report, Path folder) {
        /** E.g. "unet-s, DDIM 50 @1789" or "linear s2, DDIM 50 @4000". */
        public String name() {
            return model + (seed != 0 ? " s" + seed : "") + ", " + sampling + " @" + step;
        }

        /** A number of the report (top level, or in its "cost" part), or null. */
        public Double number(String key) {
            Object v = report.get(key);
            if (v == null && report.get("cost") instanceof Map<?, ?> cost) v = cost.get(key);
            return v instanceof Number n ? n.doubleValue() : null;
        }
    }

    /**
     * @throws IOException naming the folder if it holds no report ({@code genlab compare --merge} writes one)
     */
    public static ExperimentResults read(Path dir) throws IOException {
        Path file = dir.resolve("results.json");
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no experiment report here; run 'genlab compare --spec FILE --out " + dir
                    + "' (or --merge) first");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IOException(file + " is not a report: " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode cell : root.path("cells")) {
            for (JsonNode e : cell.path("entries")) {
                Path folder = dir.resolve(e.path("folder").asText()).normalize();
                if (!folder.startsWith(dir.normalize())) throw new IOException(file + " names a folder outside the experiment: " + folder);
                @SuppressWarnings("unchecked")
                Map<String, Object> report = Json.MAPPER.convertValue(e.path("report"), Map.class);
                rows.add(new Row(cell.path("label").asText(), cell.path("seed").asLong(), e.path("sampling").asText(), e.path("step").asLong(),
                        report, folder));
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (JsonNode m : root.path("missing_cells")) missing.add(m.asInt());
        List<Path> charts = new ArrayList<>();
        for (String c : CHART_FILES) if (Files.isRegularFile(dir.resolve(c))) charts.add(dir.resolve(c));
        String about = root.path("about").isTextual() ? root.path("about").asText() : null;
        return new ExperimentResults(dir, root.path("name").asText(dir.getFileName().toString()), about, rows, missing, charts);
    }
}
