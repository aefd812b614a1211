package io.genlab.eval.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.genlab.data.DatasetSpec;
import io.genlab.train.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An experiment: which models to compare on which data, how long to train them, with which
 * seeds, and which sampling settings to score each with. Read from a JSON file; every field is
 * checked, and an error names the field ({@code models[1].steps: ...}) and what it takes.
 *
 * <pre>
 * {
 *   "name": "linear-vs-cosine",                 required: names the report
 *   "about": "one paragraph for the report",    optional
 *   "dataset": "fashion",                       required: what trained models learn and are scored against
 *   "judge": "lessons/models/judge-fashion",    optional: default lessons/models/judge-DATASET
 *   "samples": 500, "seed": 1,                  optional: samples per score (default 500), their seed (default 1)
 *   "coverage": true,                           optional: also draw unconditional samples for class coverage (default true)
 *   "likelihood_images": 0,                     optional: test images that bits per dimension average over (default 0: all)
 *   "seeds": [1, 2, 3],                         optional: training seeds, one cell per model and seed (default [1])
 *   "models": [                                 required: one or more
 *     {"label": "shipped", "run": "lessons/models/unet-s-fashion"},            an existing run, scored as it is
 *     {"label": "cosine", "model": "unet-s", "options": {"schedule": "cosine"},
 *      "steps": 3000, "minutes": 30, "batch": 64, "lr": 5e-4, "limit": 1000,   a run to train: steps and/or minutes
 *      "checkpoints": [1000, 2000, 3000],                                    optional: also score these earlier checkpoints
 *      "sampling": [{"label": "default"}]}                                   optional: this model's own settings instead of the list below
 *   ],
 *   "sampling": [                               optional: default one setting, the model's own
 *     {"label": "DDIM 50", "sampler": "ddim", "steps": 50, "guidance": 3}   any sampling settings of the models
 *   ]
 * }
 * </pre>
 * Paths are relative to the GenLab folder.
 */
public record CompareSpec(String name, String about, String dataset, String judge, int samples, long seed, boolean coverage,
                          int likelihoodImages, List<Long> seeds, List<ModelSpec> models, List<SamplingSpec> sampling) {

    /**
     * One model of the experiment: an existing run ({@code run} set), or one to train.
     *
     * @param checkpoints earlier steps to score as well (training time as a quality factor); empty for the last only
     * @param sampling    this model's own sampling settings (a baseline without a sampler), or null for the spec's
     */
    public record ModelSpec(String label, String run, String model, Map<String, Object> options, long steps, double minutes,
                            int batch, Double lr, int limit, List<Long> checkpoints, List<SamplingSpec> sampling) {
        public boolean trains() { return run == null; }
    }

    /** One sampling setting: its label and the options the models take. */
    public record SamplingSpec(String label, Map<String, String> options) {}

    private static final Set<String> TOP = Set.of("name", "about", "dataset", "judge", "samples", "seed", "coverage", "likelihood_images", "seeds",
            "models", "sampling");
    private static final Set<String> MODEL = Set.of("label", "run", "model", "options", "steps", "minutes", "batch", "lr", "limit", "checkpoints",
            "sampling");

    /** Reads and checks a spec file. */
    public static CompareSpec read(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Checks a spec; the error names the first wrong field. */
    public static CompareSpec parse(JsonNode root) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException("a spec is a JSON object");
        unknown(root, TOP, "");
        String name = text(root, "name", "", true);
        if (!name.matches("[A-Za-z0-9._-]+")) throw new IllegalArgumentException("name: letters, digits, '.', '_' and '-' only, got \"" + name + "\"");
        String dataset = text(root, "dataset", "", true);
        try {
            DatasetSpec.parse(dataset);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("dataset: " + e.getMessage());
        }
        int samples = (int) whole(root, "samples", "", 500, 10, 100_000);
        long seed = whole(root, "seed", "", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        boolean coverage = !root.has("coverage") || bool(root.get("coverage"), "coverage");
        int likelihoodImages = (int) whole(root, "likelihood_images", "", 0, 0, Integer.MAX_VALUE);
        List<Long> seeds = new ArrayList<>();
        if (root.has("seeds")) {
            JsonNode s = array(root.get("seeds"), "seeds");
            for (int i = 0; i < s.size(); i++) {
                if (!s.get(i).canConvertToLong() || !s.get(i).isIntegralNumber()) throw new IllegalArgumentException("seeds[" + i + "]: a whole number");
                seeds.add(s.get(i).asLong());
            }
            if (seeds.isEmpty()) throw new IllegalArgumentException("seeds: give at least one, or leave it out for [1]");
        } else {
            seeds.add(1L);
        }
        JsonNode models = array(root.get("models"), "models");
        if (models.isEmpty()) throw new IllegalArgumentException("models: name at least one model");
        List<ModelSpec> modelSpecs = new ArrayList<>();
        Set<String> labels = new TreeSet<>();
        for (int i = 0; i < models.size(); i++) {
            ModelSpec m = model(models.get(i), "models[" + i + "].");
            if (!labels.add(m.label())) throw new IllegalArgumentException("models[" + i + "].label: \"" + m.label() + "\" is used twice");
            modelSpecs.add(m);
        }
        List<SamplingSpec> sampling = root.has("sampling") ? samplingList(root.get("sampling"), "sampling")
                : List.of(new SamplingSpec("default", Map.of()));
        return new CompareSpec(name, text(root, "about", "", false), dataset, text(root, "judge", "", false), samples, seed, coverage,
                likelihoodImages, List.copyOf(seeds), List.copyOf(modelSpecs), List.copyOf(sampling));
    }

    private static ModelSpec model(JsonNode m, String at) {
        if (m == null || !m.isObject()) throw new IllegalArgumentException(at.substring(0, at.length() - 1) + ": a JSON object");
        unknown(m, MODEL, at);
        String label = text(m, "label", at, true);
        String run = text(m, "run", at, false);
        String model = text(m, "model", at, false);
        if ((run == null) == (model == null)) {
            throw new IllegalArgumentException(at + "run / " + at + "model: give exactly one: \"run\" to score an existing run, "
                    + "\"model\" to train one");
        }
        if (run != null) {
            for (String k : List.of("options", "steps", "minutes", "batch", "lr", "limit", "checkpoints")) {
                if (m.has(k)) throw new IllegalArgumentException(at + k + ": only for a model to train; \"" + run + "\" is scored as it is");
            }
            return new ModelSpec(label, run, null, Map.of(), 0, 0, 0, null, 0, List.of(),
                    m.has("sampling") ? samplingList(m.get("sampling"), at + "sampling") : null);
        }
        Map<String, Object> options = new LinkedHashMap<>();
        if (m.has("options")) {
            JsonNode o = m.get("options");
            if (!o.isObject()) throw new IllegalArgumentException(at + "options: a JSON object of model options, e.g. {\"schedule\": \"cosine\"}");
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!e.getValue().isValueNode()) throw new IllegalArgumentException(at + "options." + e.getKey() + ": a number, text or true/false");
                options.put(e.getKey(), e.getValue().isNumber() ? e.getValue().numberValue() : e.getValue().asText());
            }
        }
        long steps = whole(m, "steps", at, 0, 0, Long.MAX_VALUE);
        double minutes = m.has("minutes") ? number(m.get("minutes"), at + "minutes") : 0;
        if (minutes < 0) throw new IllegalArgumentException(at + "minutes: 0 or more, got " + minutes);
        if (steps == 0 && minutes == 0) throw new IllegalArgumentException(at + "steps / " + at + "minutes: give a training budget (or both)");
        int batch = (int) whole(m, "batch", at, 64, 1, 4096);
        Double lr = m.has("lr") ? number(m.get("lr"), at + "lr") : null;
        if (lr != null && !(lr > 0)) throw new IllegalArgumentException(at + "lr: above 0, got " + lr);
        int limit = (int) whole(m, "limit", at, 0, 0, Integer.MAX_VALUE);
        List<Long> checkpoints = new ArrayList<>();
        if (m.has("checkpoints")) {
            JsonNode c = array(m.get("checkpoints"), at + "checkpoints");
            long last = 0;
            for (int i = 0; i < c.size(); i++) {
                if (!c.get(i).isIntegralNumber() || c.get(i).asLong() <= last) {
                    throw new IllegalArgumentException(at + "checkpoints[" + i + "]: whole numbers of steps, rising, above 0");
                }
                last = c.get(i).asLong();
                checkpoints.add(last);
            }
            if (steps > 0 && last > steps) throw new IllegalArgumentException(at + "checkpoints: " + last + " is beyond the " + steps + " steps trained");
        }
        return new ModelSpec(label, null, model, Map.copyOf(options), steps, minutes, batch, lr, limit, List.copyOf(checkpoints),
                m.has("sampling") ? samplingList(m.get("sampling"), at + "sampling") : null);
    }

    private static List<SamplingSpec> samplingList(JsonNode node, String at) {
        JsonNode s = array(node, at);
        List<SamplingSpec> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < s.size(); i++) {
            SamplingSpec one = sampling(s.get(i), at + "[" + i + "].");
            if (!seen.add(one.label())) throw new IllegalArgumentException(at + "[" + i + "].label: \"" + one.label() + "\" is used twice");
            out.add(one);
        }
        if (out.isEmpty()) throw new IllegalArgumentException(at + ": give at least one setting, or leave it out");
        return List.copyOf(out);
    }

    private static SamplingSpec sampling(JsonNode s, String at) {
        if (s == null || !s.isObject()) throw new IllegalArgumentException(at.substring(0, at.length() - 1) + ": a JSON object");
        String label = text(s, "label", at, true);
        Map<String, String> options = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equals("label")) continue;
            if (!e.getValue().isValueNode()) throw new IllegalArgumentException(at + e.getKey() + ": a number, text or true/false");
            options.put(e.getKey(), e.getValue().asText());
        }
        return new SamplingSpec(label, Map.copyOf(options));
    }

    private static void unknown(JsonNode node, Set<String> known, String at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) throw new IllegalArgumentException(at + f + ": unknown field; known: " + new TreeSet<>(known));
        }
    }

    private static String text(JsonNode node, String field, String at, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new IllegalArgumentException(at + field + ": required");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) throw new IllegalArgumentException(at + field + ": a non-empty text");
        return v.asText();
    }

    private static long whole(JsonNode node, String field, String at, long def, long min, long max) {
        JsonNode v = node.get(field);
        if (v == null) return def;
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw new IllegalArgumentException(at + field + ": a whole number from " + min + " to " + max + ", got " + v);
        }
        return v.asLong();
    }

    private static double number(JsonNode v, String at) {
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) throw new IllegalArgumentException(at + ": a number, got " + v);
        return v.asDouble();
    }

    private static boolean bool(JsonNode v, String at) {
        if (!v.isBoolean()) throw new IllegalArgumentException(at + ": true or false, got " + v);
        return v.asBoolean();
    }

    private static JsonNode array(JsonNode v, String at) {
        if (v == null) throw new IllegalArgumentException(at + ": required");
        if (!v.isArray()) throw new IllegalArgumentException(at + ": a JSON array");
        return v;
    }

    /** Training steps, images and batch size of every trained model in a {@link #rehearsal()}. */
    public static final int REHEARSAL_STEPS = 2, REHEARSAL_IMAGES = 64, REHEARSAL_BATCH = 8;
    /** Samples per score, the most sampler steps and the test images of the likelihood in a {@link #rehearsal()}. */
    public static final int REHEARSAL_SAMPLES = 20, REHEARSAL_SAMPLER_STEPS = 2, REHEARSAL_LIKELIHOOD_IMAGES = 100;

    /**
     * The same experiment in miniature, to check a spec end to end in minutes before it spends
     * hours: the first training seed only, every model trained for {@value #REHEARSAL_STEPS}
     * steps on {@value #REHEARSAL_IMAGES} images in batches of {@value #REHEARSAL_BATCH} (no time
     * budget, no earlier checkpoints), {@value #REHEARSAL_SAMPLES} samples per score, samplers of
     * at most {@value #REHEARSAL_SAMPLER_STEPS} steps, bits per dimension over the first
     * {@value #REHEARSAL_LIKELIHOOD_IMAGES} test images. Models, labels, options, learning rates and
     * the other sampling settings stay as they are, so every cell and report row is exercised.
     */
    public CompareSpec rehearsal() {
        List<ModelSpec> small = new ArrayList<>();
        for (ModelSpec m : models) {
            List<SamplingSpec> own = m.sampling() == null ? null : rehearsed(m.sampling());
            small.add(m.trains()
                    ? new ModelSpec(m.label(), null, m.model(), m.options(), REHEARSAL_STEPS, 0, REHEARSAL_BATCH, m.lr(), REHEARSAL_IMAGES,
                    List.of(), own)
                    : new ModelSpec(m.label(), m.run(), null, m.options(), 0, 0, 0, null, 0, List.of(), own));
        }
        return new CompareSpec(name + "-rehearsal", "A rehearsal of this experiment in miniature (" + REHEARSAL_STEPS
                + " training steps per model, " + REHEARSAL_SAMPLES + " samples per score): its numbers mean nothing. "
                + (about == null ? "" : about), dataset, judge, Math.min(samples, REHEARSAL_SAMPLES), seed, coverage,
                REHEARSAL_LIKELIHOOD_IMAGES, List.of(seeds.get(0)), List.copyOf(small), rehearsed(sampling));
    }

    private static List<SamplingSpec> rehearsed(List<SamplingSpec> settings) {
        List<SamplingSpec> out = new ArrayList<>();
        for (SamplingSpec s : settings) {
            Map<String, String> options = new LinkedHashMap<>(s.options());
            options.computeIfPresent("steps", (k, v) -> fewerSteps(v));
            out.add(new SamplingSpec(s.label(), Map.copyOf(options)));
        }
        return List.copyOf(out);
    }

    /** A sampler's steps cut to the rehearsal's; a value that is not a number is left for the model to reject. */
    private static String fewerSteps(String steps) {
        try {
            return String.valueOf(Math.min(Long.parseLong(steps.strip()), REHEARSAL_SAMPLER_STEPS));
        } catch (NumberFormatException e) {
            return steps;
        }
    }

    /** The sampling settings a model is scored with: its own, or the spec's. */
    public List<SamplingSpec> samplingOf(ModelSpec m) {
        return m.sampling() != null ? m.sampling() : sampling;
    }

    /** The cells of the experiment: every model with every training seed (an existing run once). */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (ModelSpec m : models) {
            if (!m.trains()) {
                out.add(new Cell(out.size() + 1, m, 0));
                continue;
            }
            for (long s : seeds) out.add(new Cell(out.size() + 1, m, s));
        }
        return out;
    }

    /**
     * One unit of work: a model (trained with one seed, or an existing run) scored with every
     * sampling setting. Cells are independent, so they can run on different machines.
     *
     * @param number 1-based position in the experiment
     * @param seed   the training seed (0 for an existing run)
     */
    public record Cell(int number, ModelSpec model, long seed) {
        /** The cell's folder name, e.g. "03-cosine-seed2". */
        public String folder() {
            String label = model.label().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            return String.format("%02d-%s%s", number, label.isEmpty() ? "model" : label, model.trains() ? "-seed" + seed : "");
        }
    }
}
