package io.genlab.train;

import io.genlab.data.Tensor;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a training run reports, as immutable values; listeners may keep them and hand them to
 * another thread (the workbench passes them to the event dispatch thread).
 */
public sealed interface TrainingEvent {

    /** The run begins (or resumes) at {@code step}, aiming for {@code targetSteps} (0 = time limit only). */
    record Started(Path runDir, long step, long targetSteps, double minutes, ModelInfo model) implements TrainingEvent {}

    /** A step finished. {@code step} counts completed steps, so the first event has step 1. */
    record StepCompleted(long step, Map<String, Double> losses, double learningRate, double examplesPerSecond,
                         double elapsedSeconds, long targetSteps, double etaSeconds) implements TrainingEvent {
        public StepCompleted {
            losses = Map.copyOf(losses);
        }
    }

    /** Samples drawn at {@code step} with the run's fixed snapshot seed; saved in {@code file}. */
    record Snapshot(long step, Tensor samples, int[] labels, Path file) implements TrainingEvent {}

    /** A checkpoint was written. */
    record CheckpointSaved(long step, Path dir) implements TrainingEvent {}

    record Paused(long step) implements TrainingEvent {}

    record Resumed(long step) implements TrainingEvent {}

    /** The run ended normally; {@code reason} says why. */
    record Finished(long step, Reason reason, Path lastCheckpoint) implements TrainingEvent {}

    /** The run stopped on an error (a NaN loss, a failing write); {@code message} says what and what to do. */
    record Failed(long step, String message, Path lastCheckpoint) implements TrainingEvent {}

    enum Reason { COMPLETED, TIME_LIMIT, CANCELLED }
}
