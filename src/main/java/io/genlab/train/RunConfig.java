package io.genlab.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to reproduce a training run; written as the run folder's config.json.
 *
 * @param model           model configuration name, e.g. "unet-s"
 * @param options         model options (learning rate, widths, ...); the model validates them
 * @param dataset         dataset spec, e.g. "fashion", "shapes", "toy2d:ring"
 * @param datasetLimit    use only the first N examples (0 = all), for quick runs and tests
 * @param batchSize       examples per step (default 64)
 * @param steps           stop after this many steps in total (0 = no step limit)
 * @param minutes         stop after this many minutes of one session (0 = no time limit)
 * @param seed            the one seed of the run; data order, initialisation and noise derive from it
 * @param snapshotEvery   write a sample grid every N steps (0 = never); default 500
 * @param checkpointEvery write a checkpoint every N steps (0 = only at the end); default 1000
 * @param snapshotCount   samples per snapshot (default 16)
 */
public record RunConfig(String model, Map<String, Object> options, String dataset, int datasetLimit, int batchSize,
                        long steps, double minutes, long seed, int snapshotEvery, int checkpointEvery,
                        int snapshotCount) {

    @JsonCreator
    public RunConfig(@JsonProperty(value = "model", required = true) String model,
                     @JsonProperty("options") Map<String, Object> options,
                     @JsonProperty(value = "dataset", required = true) String dataset,
                     @JsonProperty("datasetLimit") int datasetLimit,
                     @JsonProperty("batchSize") int batchSize,
                     @JsonProperty("steps") long steps,
                     @JsonProperty("minutes") double minutes,
                     @JsonProperty("seed") long seed,
                     @JsonProperty("snapshotEvery") int snapshotEvery,
                     @JsonProperty("checkpointEvery") int checkpointEvery,
                     @JsonProperty("snapshotCount") int snapshotCount) {
        this.model = require(model, "model");
        this.options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        this.dataset = require(dataset, "dataset");
        this.datasetLimit = atLeast(datasetLimit, 0, "datasetLimit");
        this.batchSize = atLeast(batchSize, 1, "batchSize");
        this.steps = steps;
        this.minutes = minutes;
        this.seed = seed;
        this.snapshotEvery = atLeast(snapshotEvery, 0, "snapshotEvery");
        this.checkpointEvery = atLeast(checkpointEvery, 0, "checkpointEvery");
        this.snapshotCount = atLeast(snapshotCount, 1, "snapshotCount");
        if (steps < 0) throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        if (!(minutes >= 0) || Double.isInfinite(minutes)) throw new IllegalArgumentException("minutes must be >= 0, got " + minutes);
        if (steps == 0 && minutes == 0) {
            throw new IllegalArgumentException("give a step limit or a time limit (steps or minutes), or the run never ends");
        }
    }

    /** A config with the documented defaults for everything but model, dataset and the limits. */
    public static RunConfig defaults(String model, String dataset, long steps, double minutes) {
        return new RunConfig(model, Map.of(), dataset, 0, 64, steps, minutes, 1, 500, 1000, 16);
    }

    public RunConfig withOptions(Map<String, Object> newOptions) {
        return new RunConfig(model, newOptions, dataset, datasetLimit, batchSize, steps, minutes, seed, snapshotEvery, checkpointEvery, snapshotCount);
    }

    public RunConfig withLimits(long newSteps, double newMinutes) {
        return new RunConfig(model, options, dataset, datasetLimit, batchSize, newSteps, newMinutes, seed, snapshotEvery, checkpointEvery, snapshotCount);
    }

    public RunConfig withData(String newDataset, int newLimit, int newBatchSize) {
        return new RunConfig(model, options, newDataset, newLimit, newBatchSize, steps, minutes, seed, snapshotEvery, checkpointEvery, snapshotCount);
    }

    public RunConfig withSeed(long newSeed) {
        return new RunConfig(model, options, dataset, datasetLimit, batchSize, steps, minutes, newSeed, snapshotEvery, checkpointEvery, snapshotCount);
    }

    public RunConfig withSchedule(int newSnapshotEvery, int newCheckpointEvery, int newSnapshotCount) {
        return new RunConfig(model, options, dataset, datasetLimit, batchSize, steps, minutes, seed, newSnapshotEvery, newCheckpointEvery, newSnapshotCount);
    }

    private static String require(String v, String key) {
        if (v == null || v.isBlank()) throw new IllegalArgumentException("'" + key + "' is required");
        return v;
    }

    private static int atLeast(int v, int min, String key) {
        if (v < min) throw new IllegalArgumentException("'" + key + "' must be >= " + min + ", got " + v);
        return v;
    }
}
