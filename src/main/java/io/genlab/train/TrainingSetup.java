package io.genlab.train;

import io.genlab.data.DatasetLocations;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Gets a {@link Trainer} ready for a new run or for continuing one, the same way for
 * {@code genlab train}, {@code genlab resume} and the workbench: data, model and run folder are
 * prepared in an order that leaves no half-made folder behind when the data or the model is
 * wrong. It does not run the trainer or listen to it.
 */
public final class TrainingSetup {
    private TrainingSetup() {}

    /** A trainer ready to run, with the run folder it writes and the data it reads. */
    public record Ready(RunFolder run, TrainingData data, Trainer trainer) {}

    /**
     * Loads the data the config names, builds a fresh model and creates the run folder.
     *
     * @throws IllegalArgumentException if the model is unknown, cannot model the data or an option is wrong
     * @throws IOException              if {@code dir} already holds a run or cannot be written
     */
    public static Ready newRun(ModelRegistry registry, RunConfig config, Path dir, DatasetLocations where,
                               TrainingControl control) throws IOException {
        TrainingData data = TrainingData.load(config, where);
        GenerativeModel model = registry.create(config, data.shape());
        RunFolder run = RunFolder.create(dir, config);
        return new Ready(run, data, new Trainer(model, data, run, control, 0, 0, null));
    }

    /**
     * A run about to be continued from its last checkpoint, with the limits it will run to.
     *
     * @param run        the run folder (its config.json still holds the old limits)
     * @param checkpoint its last checkpoint, read
     * @param config     the run's config with the new limits
     */
    public record Continuation(RunFolder run, Checkpoints.Loaded checkpoint, RunConfig config) {
        /** The step the run continues from. */
        public long step() { return checkpoint.manifest().step(); }

        /**
         * Saves the new limits to config.json, loads the data and restores the model.
         *
         * @throws IllegalArgumentException naming the checkpoint if its model cannot be rebuilt here
         */
        public Ready start(ModelRegistry registry, DatasetLocations where, TrainingControl control) throws IOException {
            return start(registry.loadForTraining(checkpoint), where, control);
        }

        /**
         * Like {@link #start} but from the checkpoint's sampling weights with a fresh optimiser: how
         * training goes on from a shipped model, whose checkpoint holds nothing else. The step count,
         * data order and seeds go on from the checkpoint's step.
         *
         * @throws IllegalArgumentException naming the checkpoint if the model cannot train from its sampling weights
         */
        public Ready startWithFreshOptimiser(ModelRegistry registry, DatasetLocations where, TrainingControl control)
                throws IOException {
            return start(registry.loadWithFreshOptimiser(checkpoint), where, control);
        }

        private Ready start(GenerativeModel model, DatasetLocations where, TrainingControl control) throws IOException {
            TrainingData data = TrainingData.load(config, where);
            RunFolder folder = config.equals(run.config()) ? run : run.withConfig(config);
            return new Ready(folder, data, Trainer.resuming(model, data, folder, control, checkpoint));
        }
    }

    /**
     * Opens a run and its last checkpoint for continuing, with new limits if given.
     *
     * @param steps   new total step limit, or null to keep the run's
     * @param minutes new time limit for this session, or null to keep the run's
     * @throws IOException              if the folder is not a run, has no checkpoint, or the checkpoint is damaged
     * @throws IllegalArgumentException if the limits are invalid or already reached
     */
    public static Continuation continuing(Path dir, Long steps, Double minutes) throws IOException {
        RunFolder run = RunFolder.open(dir);
        Path latest = run.latestCheckpoint().orElseThrow(() -> new IOException(
                dir + " has no checkpoint to resume from; start a new run instead"));
        Checkpoints.Loaded checkpoint = Checkpoints.read(latest);
        RunConfig config = continuedConfig(run.config(), checkpoint.manifest().step(), steps, minutes);
        return new Continuation(run, checkpoint, config);
    }

    /**
     * The config a run continues with: its own, with the new limits if given.
     *
     * @throws IllegalArgumentException if the limits are invalid, or the run has no time limit
     *                                  and is already at its step limit
     */
    public static RunConfig continuedConfig(RunConfig config, long atStep, Long steps, Double minutes) {
        RunConfig out = steps != null || minutes != null
                ? config.withLimits(steps != null ? steps : config.steps(), minutes != null ? minutes : config.minutes())
                : config;
        if (out.minutes() == 0 && out.steps() <= atStep) {
            throw new IllegalArgumentException("the run is already at step " + atStep + " of " + out.steps()
                    + "; give a step limit above " + atStep + ", or a time limit, to train further");
        }
        return out;
    }
}
