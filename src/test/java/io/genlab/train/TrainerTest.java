package io.genlab.train;

import io.genlab.data.ImageDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import static org.junit.jupiter.api.Assertions.*;

class TrainerTest {
    private final ImageDataset data = TestData.tiny(20, 3);

    private Trainer newTrainer(GenerativeModel model, RunFolder run, TrainingControl control) {
        return new Trainer(model, TrainingData.of(data, run.config().batchSize(), run.config().seed()), run, control, 0, 0, null);
    }

    @Test
    void runsToTheStepLimitAndFillsTheRunFolder(@TempDir Path dir) throws Exception {
        RunFolder run = RunFolder.create(dir.resolve("run"), TestData.config(10, 5, 4));
        ScriptedModel model = new ScriptedModel(shape(), 0);
        List<TrainingEvent> events = new ArrayList<>();
        Trainer trainer = newTrainer(model, run, new TrainingControl());
        trainer.addListener(events::add);

        TrainingEvent last = trainer.run();

        assertInstanceOf(TrainingEvent.Finished.class, last);
        assertEquals(TrainingEvent.Reason.COMPLETED, ((TrainingEvent.Finished) last).reason());
        assertEquals(10, trainer.step());
        assertEquals(List.of(4L, 8L, 10L), Checkpoints.list(run.checkpointsDir()).stream().map(Checkpoints::stepOf).toList());
        assertTrue(Files.exists(run.snapshotsDir().resolve("step-00000000.bin")), "snapshot before training");
        assertTrue(Files.exists(run.snapshotsDir().resolve("step-00000005.bin")));
        assertTrue(Files.exists(run.snapshotsDir().resolve("step-00000010.bin")));
        List<String> metrics = Files.readAllLines(run.metricsFile());
        assertEquals("step,elapsed_s,lr,examples_per_s,loss", metrics.get(0));
        assertEquals(11, metrics.size());
        assertTrue(metrics.get(10).startsWith("10,"));
        long steps = events.stream().filter(e -> e instanceof TrainingEvent.StepCompleted).count();
        assertEquals(10, steps);
        CheckpointManifest m = Checkpoints.readManifest(run.checkpointsDir().resolve("step-00000010"));
        assertEquals(10, m.step());
        assertEquals("scripted", m.model());
        assertEquals(run.config(), m.config());
    }

    @Test
    void resumeContinuesExactlyWhereTheUninterruptedRunWouldBe(@TempDir Path dir) throws Exception {
        RunFolder straight = RunFolder.create(dir.resolve("a"), TestData.config(12, 0, 0));
        ScriptedModel a = new ScriptedModel(shape(), 0);
        newTrainer(a, straight, new TrainingControl()).run();

        RunFolder split = RunFolder.create(dir.resolve("b"), TestData.config(7, 0, 0));
        newTrainer(new ScriptedModel(shape(), 0), split, new TrainingControl()).run();
        split = split.withConfig(split.config().withLimits(12, 0));
        ScriptedModel b = new ScriptedModel(shape(), 0);
        Checkpoints.Loaded ckpt = Checkpoints.read(split.latestCheckpoint().orElseThrow());
        b.restore(ckpt.state());
        Trainer resumed = Trainer.resuming(b, TrainingData.of(data, 4, split.config().seed()), split, new TrainingControl(), ckpt);
        resumed.run();

        assertEquals(12, resumed.step());
        assertArrayEquals(a.weights(), b.weights());
        assertEquals(13, Files.readAllLines(split.metricsFile()).size(), "metrics rows 1..12 once each");
    }

    @Test
    void nanLossStopsTheRunNamingStepAndLossAndKeepsTheLastGoodCheckpoint(@TempDir Path dir) throws Exception {
        RunFolder run = RunFolder.create(dir.resolve("run"), TestData.config(20, 0, 5));
        TrainingEvent last = newTrainer(new ScriptedModel(shape(), 7), run, new TrainingControl()).run();

        TrainingEvent.Failed failed = assertInstanceOf(TrainingEvent.Failed.class, last);
        assertTrue(failed.message().contains("step 7"), failed.message());
        assertTrue(failed.message().contains("'loss'"), failed.message());
        assertTrue(failed.message().contains("NaN"), failed.message());
        assertEquals(List.of(5L), Checkpoints.list(run.checkpointsDir()).stream().map(Checkpoints::stepOf).toList());
        assertEquals(run.checkpointsDir().resolve("step-00000005"), failed.lastCheckpoint());
    }

    @Test
    void pauseHoldsTheLoopSingleStepAdvancesOneAndCancelEndsIt(@TempDir Path dir) throws Exception {
        RunFolder run = RunFolder.create(dir.resolve("run"), TestData.config(1_000_000, 0, 0));
        TrainingControl control = new TrainingControl();
        BlockingQueue<TrainingEvent> events = new LinkedBlockingQueue<>();
        Trainer trainer = newTrainer(new ScriptedModel(shape(), 0), run, control);
        trainer.addListener(e -> {
            if (e instanceof TrainingEvent.StepCompleted s && s.step() == 3) control.pause();
            events.add(e);
        });
        BlockingQueue<TrainingEvent> result = new LinkedBlockingQueue<>();
        Thread worker = new Thread(() -> result.add(trainer.run()));
        worker.start();

        TrainingEvent.Paused paused = awaitEvent(events, TrainingEvent.Paused.class);
        assertEquals(3, paused.step());
        control.step();
        TrainingEvent.StepCompleted one = awaitEvent(events, TrainingEvent.StepCompleted.class);
        assertEquals(4, one.step());
        awaitEvent(events, TrainingEvent.Paused.class);
        assertEquals(4, trainer.step(), "still paused after the single step");
        control.cancel();
        worker.join();

        TrainingEvent.Finished end = assertInstanceOf(TrainingEvent.Finished.class, result.take());
        assertEquals(TrainingEvent.Reason.CANCELLED, end.reason());
        assertEquals(4, end.step());
        assertEquals(List.of(4L), Checkpoints.list(run.checkpointsDir()).stream().map(Checkpoints::stepOf).toList(),
                "a cancelled run keeps its progress in a final checkpoint");
    }

    @Test
    void aCheckpointRequestIsAnsweredWhileRunningAndWhilePaused(@TempDir Path dir) throws Exception {
        RunFolder run = RunFolder.create(dir.resolve("run"), TestData.config(1_000_000, 0, 0));
        TrainingControl control = new TrainingControl();
        BlockingQueue<TrainingEvent> events = new LinkedBlockingQueue<>();
        Trainer trainer = newTrainer(new ScriptedModel(shape(), 0), run, control);
        trainer.addListener(e -> {
            if (e instanceof TrainingEvent.StepCompleted s && s.step() == 2) control.requestCheckpoint();
            if (e instanceof TrainingEvent.StepCompleted s && s.step() == 5) control.pause();
            events.add(e);
        });
        Thread worker = new Thread(trainer::run);
        worker.start();

        assertEquals(2, awaitEvent(events, TrainingEvent.CheckpointSaved.class).step(), "written after the running step");
        assertEquals(5, awaitEvent(events, TrainingEvent.Paused.class).step());
        control.requestCheckpoint();
        TrainingEvent.CheckpointSaved whilePaused = awaitEvent(events, TrainingEvent.CheckpointSaved.class);
        assertEquals(5, whilePaused.step());
        control.requestCheckpoint();
        assertEquals(whilePaused.dir(), awaitEvent(events, TrainingEvent.CheckpointSaved.class).dir(),
                "a second request at the same step names the same checkpoint");
        assertEquals(5, trainer.step(), "still paused: a checkpoint is no step");
        control.cancel();
        worker.join();
        assertEquals(List.of(2L, 5L), Checkpoints.list(run.checkpointsDir()).stream().map(Checkpoints::stepOf).toList());
    }

    @Test
    void aCheckpointWhilePausedDoesNotAnnounceThePauseAgain(@TempDir Path dir) throws Exception {
        RunFolder run = RunFolder.create(dir.resolve("run"), TestData.config(1_000_000, 0, 0));
        TrainingControl control = new TrainingControl();
        BlockingQueue<TrainingEvent> events = new LinkedBlockingQueue<>();
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        Trainer trainer = newTrainer(new ScriptedModel(shape(), 0), run, control);
        trainer.addListener(e -> {
            if (e instanceof TrainingEvent.StepCompleted s && s.step() == 2) control.pause();
            if (e instanceof TrainingEvent.StepCompleted s && s.step() >= 2) log.add("StepCompleted " + s.step());
            if (e instanceof TrainingEvent.Paused p) log.add("Paused " + p.step());
            if (e instanceof TrainingEvent.Resumed r) log.add("Resumed " + r.step());
            if (e instanceof TrainingEvent.CheckpointSaved c) log.add("CheckpointSaved " + c.step());
            events.add(e);
        });
        Thread worker = new Thread(trainer::run);
        worker.start();

        awaitEvent(events, TrainingEvent.Paused.class);
        control.requestCheckpoint();
        awaitEvent(events, TrainingEvent.CheckpointSaved.class);
        control.requestCheckpoint();
        awaitEvent(events, TrainingEvent.CheckpointSaved.class);
        control.step();
        awaitEvent(events, TrainingEvent.Paused.class);
        control.resume();
        awaitEvent(events, TrainingEvent.Resumed.class);
        control.cancel();
        worker.join();

        assertEquals(List.of("StepCompleted 2", "Paused 2", "CheckpointSaved 2", "CheckpointSaved 2", "StepCompleted 3",
                "Paused 3", "Resumed 3"), log.subList(0, 7), "one Paused per pause; the single step pauses anew");
    }

    @Test
    void timeLimitEndsTheRun(@TempDir Path dir) throws Exception {
        RunConfig cfg = TestData.config(1_000_000, 0, 0).withLimits(0, 1e-9);
        RunFolder run = RunFolder.create(dir.resolve("run"), cfg);
        TrainingEvent last = newTrainer(new ScriptedModel(shape(), 0), run, new TrainingControl()).run();
        assertEquals(TrainingEvent.Reason.TIME_LIMIT, assertInstanceOf(TrainingEvent.Finished.class, last).reason());
    }

    @Test
    void aLikelihoodModelIsScoredOnTheHeldOutImagesAtStepOneAndEveryHundredSteps(@TempDir Path dir) throws Exception {
        RunFolder run = RunFolder.create(dir.resolve("run"), TestData.config(Trainer.HELD_OUT_EVERY + 5, 0, 0));
        GenerativeModel model = new io.genlab.baseline.PixelGaussianProvider().create(shape(), java.util.Map.of(), 0);
        ImageDataset heldOut = TestData.tiny(6, 99);
        TrainingData withHeldOut = TrainingData.of(data, 4, 1).withHeldOut(() -> heldOut.batch(new int[]{0, 1, 2, 3, 4, 5}));
        new Trainer(model, withHeldOut, run, new TrainingControl(), 0, 0, null).run();

        List<MetricsLog.Row> rows = MetricsLog.read(run.metricsFile());
        double expected = java.util.Arrays.stream(((Likelihood) model).bitsPerDimension(heldOut.batch(new int[]{0, 1, 2, 3, 4, 5})))
                .average().orElseThrow();
        for (MetricsLog.Row row : rows) {
            boolean scored = row.step() == 1 || row.step() == Trainer.HELD_OUT_EVERY;
            assertEquals(scored, row.losses().containsKey("test_bpd"), "step " + row.step());
        }
        assertTrue(rows.get(0).losses().get("test_bpd") > expected, "the untrained model is worse on unseen images than after training");
        RunFolder plain = RunFolder.create(dir.resolve("plain"), TestData.config(3, 0, 0));
        newTrainer(new io.genlab.baseline.PixelGaussianProvider().create(shape(), java.util.Map.of(), 0), plain, new TrainingControl()).run();
        assertFalse(MetricsLog.read(plain.metricsFile()).get(0).losses().containsKey("test_bpd"), "no held-out images, no score");
    }

    private static <T extends TrainingEvent> T awaitEvent(BlockingQueue<TrainingEvent> q, Class<T> type) throws InterruptedException {
        while (true) {
            TrainingEvent e = q.take();
            if (type.isInstance(e)) return type.cast(e);
        }
    }

    private static DataShape shape() {
        return DataShape.images(1, 4, 4, List.of("a", "b"));
    }
}
