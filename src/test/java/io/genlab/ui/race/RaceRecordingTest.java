package io.genlab.ui.race;

import io.genlab.eval.race.LaneHead;
import io.genlab.eval.race.LaneRecording;
import io.genlab.eval.race.RaceRecording;
import io.genlab.eval.race.RaceSettings;
import io.genlab.eval.race.RaceTexts;
import io.genlab.data.DatasetLocations;
import io.genlab.eval.KindsData;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.TrainingControl;
import io.genlab.train.TrainingEvent;
import io.genlab.train.TrainingSetup;
import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.ModelWorker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Real races of tiny models trained for two steps on 8x8 pictures of three kinds, in the lanes of
 * the shipped unet-s and dcgan-s; the dit-s and pixelcnn-s lanes have no folder here.
 */
class RaceRecordingTest {
    @TempDir
    static Path home;

    @BeforeAll
    static void trainTinyModels() throws Exception {
        KindsData.writeIdx(home.resolve("kinds"), 60, 1);
        train("unet-s", Map.of("timesteps", 20), "unet-s-fashion");
        train("dcgan-s", Map.of(), "dcgan-s-fashion");
    }

    private static void train(String model, Map<String, Object> options, String lane) throws Exception {
        String spec = "idx:" + home.resolve("kinds");
        RunConfig config = RunConfig.defaults(model, spec, 2, 0).withOptions(options).withData(spec, 0, 8).withSchedule(0, 0, 1);
        Path run = home.resolve("lessons").resolve("models").resolve(lane);
        assertInstanceOf(TrainingEvent.Finished.class,
                TrainingSetup.newRun(ModelRegistry.discover(), config, run, DatasetLocations.of(home), new TrainingControl()).trainer().run());
    }

    @Test
    void recordsEveryLaneAloneWithItsFramesAndNetworkEvaluations() throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            AtomicReference<RaceView> view = new AtomicReference<>();
            onEdt(() -> {
                view.set(new RaceView(f.context));
                RaceForm form = view.get().form();
                assertEquals(4, form.classes.getItemCount(), "every class, and the three kinds");
                form.steps.setValue(4);
                form.guidance.setValue(3.0);
                form.race.doClick();
                assertTrue(form.cancel.isEnabled());
                assertFalse(form.replay.isEnabled());
            });
            RaceRecording race = awaitRace(f, view.get());
            assertEquals(List.of("unet-s", "dit-s-fashion", "dcgan-s", "pixelcnn-s-fashion"), race.lanes().stream().map(LaneRecording::model).toList());
            LaneRecording unet = race.lanes().get(0), gan = race.lanes().get(2);
            assertEquals(List.of(2, 4, 6, 8), unet.frames().stream().map(LaneRecording.Moment::evaluations).toList(),
                    "4 guided DDIM steps: two network evaluations each");
            assertEquals(8, unet.evaluations());
            assertEquals(List.of(3, 1, 8, 8), shape(unet.finish()), "one picture of each kind");
            assertEquals(List.of(1), gan.frames().stream().map(LaneRecording.Moment::evaluations).toList(), "the GAN's one pass");
            assertEquals(1, gan.evaluations());
            assertEquals("GAN", RaceTexts.family(gan.family()));
            for (LaneRecording lane : List.of(unet, gan)) {
                assertNull(lane.problem());
                for (LaneRecording.Moment m : lane.frames()) assertTrue(m.nanos() >= 0 && m.nanos() <= lane.finish().nanos());
            }
            assertTrue(race.lanes().get(1).problem().endsWith("run folder not found"), race.lanes().get(1).problem());
            assertTrue(race.lanes().get(3).problem().endsWith("run folder not found"));

            onEdt(() -> view.get().apply(Map.of("class", "2", "steps", "2", "guidance", "1", "run", "true")));
            RaceRecording again = awaitRace(f, view.get());
            LaneRecording unet2 = again.lanes().get(0);
            assertEquals(List.of(1, 2), unet2.frames().stream().map(LaneRecording.Moment::evaluations).toList(),
                    "guidance 1 is the plain conditional model: one evaluation a step");
            assertEquals(List.of(1, 1, 8, 8), shape(unet2.finish()), "one picture of kind 2");
            assertEquals(List.of(1, 1, 8, 8), shape(again.lanes().get(2).finish()));
            onEdt(() -> {
                assertEquals("Done.", view.get().form().status.getText());
                assertTrue(view.get().form().replay.isEnabled());
                assertEquals(2, view.get().exports().size());
                view.get().close();
            });
            assertEquals(List.of(), f.problems);
        }
    }

    @Test
    void cancelStopsTheRunningLaneWithinAFrameAndTheLanesAfterItDoNotRun() throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            AtomicReference<RaceView> view = new AtomicReference<>();
            CountDownLatch release = new CountDownLatch(1);
            f.worker.submit(job -> release.await(10, TimeUnit.MINUTES), r -> { }, e -> { });      // holds the worker
            onEdt(() -> {
                view.set(new RaceView(f.context));
                view.get().form().race.doClick();
                view.get().form().cancel.doClick();
            });
            release.countDown();
            RaceRecording race = awaitRace(f, view.get());
            assertEquals("Cancelled after 0.000 s.", race.lanes().get(0).problem());
            assertTrue(race.lanes().get(1).problem().endsWith("run folder not found"), "a lane that cannot run says why");
            assertEquals("Not run: the race was cancelled.", race.lanes().get(2).problem());
            onEdt(() -> {
                assertEquals("Cancelled.", view.get().form().status.getText());
                assertTrue(view.get().form().race.isEnabled());
                assertEquals(List.of(), view.get().exports(), "nothing finished");
                view.get().close();
            });
        }

        ModelWorker worker = new ModelWorker("test-race", Runnable::run);        // callbacks on the worker, in order
        try {
            RaceRunner runner = new RaceRunner(worker, ModelRegistry.discover(), Runnable::run);
            LaneHead head = LaneHead.read(home.resolve("lessons").resolve("models").resolve("unet-s-fashion"));
            CountDownLatch ended = new CountDownLatch(1);
            AtomicReference<ModelWorker.Job> job = new AtomicReference<>();
            List<String> outcome = new CopyOnWriteArrayList<>();
            CountDownLatch submitted = new CountDownLatch(1);
            worker.submit(w -> submitted.await(10, TimeUnit.MINUTES), r -> { }, e -> { });
            job.set(runner.run(head, new RaceSettings(1, RaceSettings.EVERY_CLASS, 5, 3), new RaceRunner.Listener() {
                @Override public void started(int evaluations) { outcome.add("started " + evaluations); }
                @Override public void frames(List<LaneRecording.Moment> batch) { outcome.add("frames " + batch.size()); job.get().cancel(); }
                @Override public void done(LaneRecording lane) { outcome.add("done"); ended.countDown(); }
                @Override public void failed(Exception e) { outcome.add("failed " + e); ended.countDown(); }
                @Override public void cancelled() { outcome.add("cancelled"); ended.countDown(); }
            }));
            submitted.countDown();
            assertTrue(ended.await(10, TimeUnit.MINUTES));
            assertEquals(List.of("started 10", "frames 1", "cancelled"), outcome, "the first of 5 steps, then it stopped");
        } finally {
            worker.close();
        }
    }

    /** Waits for the view's race to be recorded (it replays on its own afterwards) and returns it. */
    private static RaceRecording awaitRace(ModelViewFixture f, RaceView view) throws Exception {
        for (int i = 0; i < 6000; i++) {
            f.drain();
            AtomicReference<RaceRecording> done = new AtomicReference<>();
            onEdt(() -> {
                if (!view.jobs().busy()) done.set(view.board().recording());
            });
            if (done.get() != null) return done.get();
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("the race did not finish");
    }

    private static List<Integer> shape(LaneRecording.Moment m) {
        return java.util.Arrays.stream(m.pictures().shape()).boxed().toList();
    }
}
