package io.genlab.train;

import io.genlab.data.Batch;
import io.genlab.data.Seeds;
import io.genlab.data.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The family-agnostic training loop: steps any {@link GenerativeModel} through its run's
 * batches, logs metrics, takes snapshots and checkpoints, and obeys a {@link TrainingControl}.
 *
 * <p>It knows nothing of Swing or the console: everything it has to say goes out as
 * {@link TrainingEvent}s on the calling thread. Step s (0-based) uses the batch and the seed
 * that the run seed fixes for s, so a run resumed from a checkpoint continues exactly as the
 * uninterrupted run would have.
 */
public final class Trainer {
    /** Steps over which examples per second are averaged. */
    private static final int RATE_WINDOW = 20;
    /** Steps between scores on the held-out images, for models with a likelihood. */
    static final int HELD_OUT_EVERY = 100;

    private final GenerativeModel model;
    private final TrainingData data;
    private final RunFolder run;
    private final TrainingControl control;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private long step;
    private final double elapsedBefore;
    private long startNanos;
    private Path lastCheckpoint;
    private Map<String, Double> lastLosses = Map.of();

    /**
     * @param step           steps already completed (0 for a new run, the checkpoint's step on resume)
     * @param elapsedSeconds training time already spent in earlier sessions
     * @param lastCheckpoint the checkpoint the model was restored from, or null
     */
    public Trainer(GenerativeModel model, TrainingData data, RunFolder run, TrainingControl control,
                   long step, double elapsedSeconds, Path lastCheckpoint) {
        this.model = model;
        this.data = data;
        this.run = run;
        this.control = control;
        this.step = step;
        this.elapsedBefore = elapsedSeconds;
        this.lastCheckpoint = lastCheckpoint;
    }

    /**
     * A trainer that continues from a checkpoint.
     *
     * @param restored the model with the checkpoint's state already restored ({@link ModelRegistry#load})
     */
    public static Trainer resuming(GenerativeModel restored, TrainingData data, RunFolder run, TrainingControl control,
                                   Checkpoints.Loaded checkpoint) {
        CheckpointManifest m = checkpoint.manifest();
        return new Trainer(restored, data, run, control, m.step(), m.elapsedSeconds(), checkpoint.dir());
    }

    public void addListener(TrainingListener listener) {
        listeners.add(listener);
    }

    /** Runs until the step or time limit, a cancel, or a failure; returns the last event. */
    public TrainingEvent run() {
        RunConfig cfg = run.config();
        long target = cfg.steps();
        startNanos = System.nanoTime();
        double deadline = cfg.minutes() > 0 ? cfg.minutes() * 60.0 : Double.POSITIVE_INFINITY;
        java.util.ArrayDeque<Double> recentStepSeconds = new java.util.ArrayDeque<>();
        double recentSum = 0;
        publish(new TrainingEvent.Started(run.dir(), step, target, cfg.minutes(), model.info()));
        try (MetricsLog metrics = MetricsLog.openAfter(run.metricsFile(), step)) {
            if (step == 0 && cfg.snapshotEvery() > 0) snapshot();
            while (true) {
                if (target > 0 && step >= target) return finish(TrainingEvent.Reason.COMPLETED);
                if (sessionSeconds() >= deadline) return finish(TrainingEvent.Reason.TIME_LIMIT);
                TrainingControl.Permit permit = control.awaitNextStep(() -> publish(new TrainingEvent.Paused(step)),
                        () -> publish(new TrainingEvent.Resumed(step)));
                if (permit == TrainingControl.Permit.CANCEL) return finish(TrainingEvent.Reason.CANCELLED);
                if (permit == TrainingControl.Permit.CHECKPOINT) {
                    checkpointNow();
                    continue;
                }
                double lr = model.learningRate();
                long t0 = System.nanoTime();
                Batch batch = data.batchForStep(step);
                Map<String, Double> losses = model.trainStep(batch, stepSeed(step));
                double stepSeconds = (System.nanoTime() - t0) / 1e9;
                String bad = firstNonFinite(losses);
                if (bad != null) return fail(nonFiniteMessage(step + 1, bad, losses.get(bad)));
                step++;
                losses = withHeldOutScore(losses);
                lastLosses = losses;
                recentStepSeconds.addLast(stepSeconds);
                recentSum += stepSeconds;
                if (recentStepSeconds.size() > RATE_WINDOW) recentSum -= recentStepSeconds.removeFirst();
                double rate = batch.size() * recentStepSeconds.size() / Math.max(recentSum, 1e-9);
                metrics.append(step, elapsedSeconds(), lr, rate, losses);
                publish(new TrainingEvent.StepCompleted(step, losses, lr, rate, elapsedSeconds(), target,
                        etaSeconds(target, deadline, rate / batch.size())));
                if (cfg.snapshotEvery() > 0 && step % cfg.snapshotEvery() == 0) snapshot();
                if (cfg.checkpointEvery() > 0 && step % cfg.checkpointEvery() == 0) checkpoint();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return finish(TrainingEvent.Reason.CANCELLED);
        } catch (IOException | RuntimeException e) {
            return fail("step " + (step + 1) + ": " + e.getMessage());
        }
    }

    /** The pause / single-step / cancel switches of this run. */
    public TrainingControl control() { return control; }

    /** Steps completed so far. */
    public long step() { return step; }

    private long stepSeed(long s) {
        return Seeds.mix(Seeds.of(run.config().seed(), "step"), s);
    }

    private TrainingEvent finish(TrainingEvent.Reason reason) {
        try {
            if (!checkpointIsCurrent()) checkpoint();
        } catch (IOException | RuntimeException e) {
            return fail("could not write the final checkpoint at step " + step + ": " + e.getMessage());
        }
        return publish(new TrainingEvent.Finished(step, reason, lastCheckpoint));
    }

    private TrainingEvent fail(String message) {
        String keep = lastCheckpoint == null ? " No checkpoint was written yet."
                : " The last good checkpoint is " + lastCheckpoint.getFileName() + "; the run can continue from it.";
        return publish(new TrainingEvent.Failed(step, message + keep, lastCheckpoint));
    }

    private static String nonFiniteMessage(long step, String loss, double value) {
        return "training diverged at step " + step + ": loss '" + loss + "' is " + value
                + ". Lower the learning rate or check the data.";
    }

    private void snapshot() throws IOException {
        RunConfig cfg = run.config();
        GenerativeModel.Preview preview = model.preview(cfg.snapshotCount(), Seeds.of(cfg.seed(), "snapshot"),
                data.firstExamples(cfg.snapshotCount()));
        Tensor samples = model.generate(preview.request(), TraceSink.NONE);
        int[] labels = preview.labels();
        Path file = Snapshots.fileFor(run.snapshotsDir(), step);
        Snapshots.write(file, samples, labels);
        publish(new TrainingEvent.Snapshot(step, samples, labels, file));
    }

    private boolean checkpointIsCurrent() {
        return lastCheckpoint != null && Checkpoints.stepOf(lastCheckpoint) == step;
    }

    /** Answers {@link TrainingControl#requestCheckpoint()}: a checkpoint of this step, written if there is none yet. */
    private void checkpointNow() throws IOException {
        if (checkpointIsCurrent()) publish(new TrainingEvent.CheckpointSaved(step, lastCheckpoint));
        else checkpoint();
    }

    private double sessionSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Training time over all sessions of this run. */
    private double elapsedSeconds() {
        return elapsedBefore + sessionSeconds();
    }

    private void checkpoint() throws IOException {
        ModelInfo info = model.info();
        CheckpointManifest manifest = new CheckpointManifest(CheckpointManifest.FORMAT, GenLabVersion.get(), info.family(),
                info.name(), info.parameters(), info.shape(), step, stepSeed(step), elapsedSeconds(), lastLosses, run.config(),
                Instant.now().toString());
        lastCheckpoint = Checkpoints.write(run.checkpointsDir(), manifest, model.state());
        publish(new TrainingEvent.CheckpointSaved(step, lastCheckpoint));
    }

    /** Seconds until the step or time limit, whichever comes first. */
    private double etaSeconds(long target, double deadline, double stepsPerSecond) {
        double bySteps = target > 0 && stepsPerSecond > 0 ? (target - step) / stepsPerSecond : Double.POSITIVE_INFINITY;
        return Math.max(0, Math.min(bySteps, deadline - sessionSeconds()));
    }

    /**
     * A likelihood model's bits per dimension on the held-out images ("test_bpd") at step 1 and
     * every {@link #HELD_OUT_EVERY} steps, beside its training losses: the two curves parting
     * is overfitting. Other steps leave the cell empty.
     */
    private Map<String, Double> withHeldOutScore(Map<String, Double> losses) {
        if (!(model instanceof Likelihood likelihood) || data.heldOut().isEmpty()) return losses;
        Map<String, Double> out = new java.util.LinkedHashMap<>(losses);
        if (step == 1 || step % HELD_OUT_EVERY == 0) {
            double[] bits = likelihood.bitsPerDimension(data.heldOut().get());
            out.put("test_bpd", java.util.Arrays.stream(bits).average().orElse(Double.NaN));
        }
        return out;
    }

    private static String firstNonFinite(Map<String, Double> losses) {
        for (var e : losses.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) return e.getKey();
        }
        return null;
    }

    private TrainingEvent publish(TrainingEvent event) {
        for (TrainingListener l : listeners) l.onEvent(event);
        return event;
    }
}
