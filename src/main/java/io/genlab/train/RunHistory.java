package io.genlab.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a run folder says about its past: its config, the metrics of every step, the snapshots
 * drawn over training time, its last checkpoint and whether training can continue from it, read
 * in one go (e.g. to draw a run's loss curves and time-lapse). It writes nothing.
 *
 * @param run            the run folder
 * @param metrics        metrics.csv, one row per step
 * @param snapshots      snapshots/step-N.bin in step order
 * @param checkpoint     the manifest of the last checkpoint, if any
 * @param shape          the data the model learns: from the checkpoint, else from the dataset name,
 *                       else guessed from the snapshots
 * @param cannotContinue why training cannot continue from the run, in a few plain words ("it has no
 *                       checkpoint", "it is a shipped model, ..."), or empty if it can
 */
public record RunHistory(RunFolder run, List<MetricsLog.Row> metrics, List<Snapshots.Saved> snapshots,
                         Optional<CheckpointManifest> checkpoint, DataShape shape, Optional<String> cannotContinue) {
    public RunHistory {
        metrics = List.copyOf(metrics);
        snapshots = List.copyOf(snapshots);
    }

    /**
     * Reads a run folder. To tell whether training can continue, it reads the last checkpoint and
     * builds (but does not restore) its model with {@code registry}: call it off the UI thread.
     *
     * @throws IOException naming the file if the folder is not a run or one of its files is damaged
     */
    public static RunHistory read(Path dir, ModelRegistry registry) throws IOException {
        RunFolder run = RunFolder.open(dir);
        List<MetricsLog.Row> metrics = MetricsLog.read(run.metricsFile());
        List<Snapshots.Saved> snapshots = new ArrayList<>();
        for (Path file : Snapshots.list(run.snapshotsDir())) snapshots.add(Snapshots.read(file));
        Optional<Path> latest = run.latestCheckpoint();
        Optional<CheckpointManifest> checkpoint = latest.isPresent()
                ? Optional.of(Checkpoints.readManifest(latest.get())) : Optional.empty();
        DataShape shape = checkpoint.map(CheckpointManifest::shape)
                .or(() -> expected(run.config().dataset()))
                .orElseGet(() -> guessed(snapshots));
        Optional<String> cannotContinue = latest.isEmpty() ? Optional.of("it has no checkpoint to continue from")
                : whyNotTrainable(latest.get(), checkpoint.get(), registry);
        return new RunHistory(run, metrics, snapshots, checkpoint, shape, cannotContinue);
    }

    /** Whether training can continue from the run's last checkpoint. */
    public boolean canContinue() {
        return cannotContinue.isEmpty();
    }

    private static Optional<String> whyNotTrainable(Path dir, CheckpointManifest manifest, ModelRegistry registry) {
        if (registry.providers().stream().noneMatch(p -> p.name().equals(manifest.model()))) {
            return Optional.of("its model, " + manifest.model() + ", is not part of this GenLab");
        }
        try {
            return registry.holdsTrainingState(Checkpoints.read(dir)) ? Optional.empty()
                    : Optional.of("it is a shipped model, with the weights for sampling but not the optimiser state "
                    + "that training needs");
        } catch (IOException e) {
            return Optional.of("its last checkpoint cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return Optional.of("its model cannot be built here: " + e.getMessage());
        }
    }

    /** Steps completed according to the metrics (0 before the first step). */
    public long lastStep() {
        return metrics.isEmpty() ? 0 : metrics.get(metrics.size() - 1).step();
    }

    /** The step of the last checkpoint, the one training continues from. */
    public Optional<Long> checkpointStep() {
        return checkpoint.map(CheckpointManifest::step);
    }

    private static Optional<DataShape> expected(String dataset) {
        try {
            return TrainingData.expectedShape(dataset);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static DataShape guessed(List<Snapshots.Saved> snapshots) {
        if (snapshots.isEmpty() || snapshots.get(0).samples().rank() == 2) return DataShape.points();
        int[] s = snapshots.get(0).samples().shape();
        return DataShape.images(s[1], s[2], s[3], List.of("samples"));
    }
}
