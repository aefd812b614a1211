package io.genlab.ui.train;

import io.genlab.data.GenLabHome;
import io.genlab.data.Tensor;
import io.genlab.train.CheckpointManifest;
import io.genlab.train.Checkpoints;
import io.genlab.train.DataShape;
import io.genlab.train.MetricsLog;
import io.genlab.train.ModelInfo;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.train.Snapshots;
import io.genlab.train.TrainingEvent;
import io.genlab.train.TrainingPresets;
import io.genlab.ui.shell.UiPrefs;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.ManualExecutor;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/** The Train view fed with recorded training events and run folders, without a model. */
class TrainViewTest {
    private static final DataShape IMAGES = DataShape.images(1, 4, 4, List.of("a", "b"));
    @TempDir
    Path tmp;
    private final List<String> problems = new ArrayList<>();
    private final List<TrainView> views = new ArrayList<>();

    /** A Train view on GenLab's own data, writing new runs under the temporary folder. */
    TrainView newView() {
        return newView(javax.swing.SwingUtilities::invokeLater);
    }

    /** The same, delivering results and training events through {@code ui}. */
    TrainView newView(java.util.concurrent.Executor ui) {
        AtomicReference<TrainView> view = new AtomicReference<>();
        onEdt(() -> {
            WorkbenchContext context = new WorkbenchContext(GenLabHome.resolve(), ModelRegistry.discover(),
                    UiPrefs.load(tmp.resolve("prefs.json")), (what, e) -> problems.add(what + ": " + e.getMessage()),
                    ModelWorker.forSwing("model-test"));
            view.set(new TrainView(context, tmp.resolve("runs"), ui));
        });
        views.add(view.get());
        return view.get();
    }

    @AfterEach
    void closeViews() {
        onEdt(() -> views.forEach(TrainView::close));
    }

    static Tensor randomImages(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n * 16];
        for (int i = 0; i < x.length; i++) x[i] = r.nextFloat() * 2 - 1;
        return new Tensor(x, new int[]{n, 1, 4, 4});
    }

    static TrainingEvent.StepCompleted step(long s, long target, Map<String, Double> losses) {
        return new TrainingEvent.StepCompleted(s, losses, 1e-3, 100, s * 0.1, target, (target - s) * 0.1);
    }

    @Test
    void recordedEventsFillTheChartTheScrubberAndTheSampleGrid() {
        TrainView view = newView();
        Path run = tmp.resolve("run");
        List<TrainingEvent> events = new ArrayList<>();
        events.add(new TrainingEvent.Started(run, 0, 6, 0, new ModelInfo("gan", "toy-gan", 123, IMAGES, Map.of())));
        events.add(new TrainingEvent.Snapshot(0, randomImages(4, 0), new int[]{0, 1, 0, 1}, run.resolve("snapshots/step-00000000.bin")));
        for (int s = 1; s <= 6; s++) {
            events.add(step(s, 6, Map.of("d", 0.7 / s, "g", 2.0 - 0.1 * s)));
            if (s % 3 == 0) {
                events.add(new TrainingEvent.Snapshot(s, randomImages(4, s), new int[]{0, 1, 0, 1}, run.resolve("snapshots/x.bin")));
            }
        }
        Path checkpoint = run.resolve("checkpoints/step-00000006");
        events.add(new TrainingEvent.CheckpointSaved(6, checkpoint));
        events.add(new TrainingEvent.Finished(6, TrainingEvent.Reason.COMPLETED, checkpoint));

        onEdt(() -> {
            view.events().apply(events.subList(0, 5));
            view.events().apply(events.subList(5, events.size()));
        });

        onEdt(() -> {
            assertEquals(List.of("d", "g"), view.chart().lossNames());
            assertEquals(6, view.chart().pointCount("d"));
            assertEquals(6, view.chart().pointCount("g"));
            assertEquals(List.of(0L, 3L, 6L), view.scrubber().steps());
            assertEquals(2, view.scrubber().slider().getMaximum());
            assertEquals(2, view.scrubber().slider().getValue(), "follows the newest snapshot");
            assertEquals(TrainState.Phase.IDLE, view.phase());
            assertEquals(run, view.run().orElseThrow());
            assertEquals("Continue", view.controls().start.getText());
            assertTrue(view.controls().use.isEnabled());
            assertTrue(view.controls().progressText().contains("step 6 of 6"), view.controls().progressText());
            assertTrue(view.controls().status().startsWith("Finished"), view.controls().status());

            BufferedImage image = PanelRendering.render(view.component(), 1280, 720);
            Rectangle grid = PanelRendering.boundsIn(view.scrubber().picturePanel(), view.component());
            assertTrue(grid.width > 100 && grid.height > 100, grid.toString());
            assertTrue(PanelRendering.distinctColours(image, grid.x, grid.y, grid.width, grid.height) > 20,
                    "the sample grid is drawn");
            Rectangle chartArea = PanelRendering.boundsIn(view.chart().component(), view.component());
            assertTrue(PanelRendering.distinctColours(image, chartArea.x, chartArea.y, chartArea.width, chartArea.height) > 10,
                    "the loss chart is drawn");

            view.scrubber().slider().setValue(0);
            List<Export> exports = view.exports();
            assertEquals(List.of("Loss curves", "Sample grid (as shown)", "Training time-lapse (all snapshots)"),
                    exports.stream().map(Export::name).toList());
            List<BufferedImage> frames = ((Export.Animation) exports.get(2)).frames().get();
            assertEquals(3, frames.size());
            assertEquals(frames.get(0).getWidth(), frames.get(2).getWidth());
            BufferedImage chart = ((Export.Picture) exports.get(0)).render().get();
            assertEquals(1600, chart.getWidth());
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void aFailedRunGoesToTheProblemBannerAndTheViewStaysUsable() {
        TrainView view = newView();
        Path run = tmp.resolve("run");
        onEdt(() -> view.events().apply(List.of(
                new TrainingEvent.Started(run, 0, 10, 0, new ModelInfo("diffusion", "x", 1, IMAGES, Map.of())),
                step(1, 10, Map.of("mse", 0.5)),
                new TrainingEvent.Failed(1, "training diverged at step 2: loss 'mse' is NaN", null))));
        onEdt(() -> {
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).contains("NaN"), problems.get(0));
            assertEquals(TrainState.Phase.IDLE, view.phase());
            assertFalse(view.controls().start.isEnabled(), "no checkpoint to continue from");
            assertTrue(view.controls().status().contains("Press New"), view.controls().status());
            assertTrue(view.folderBox().newRun.isEnabled());
        });
    }

    @Test
    void openingARunFolderShowsItsCurvesAndSnapshots() throws Exception {
        Path dir = tmp.resolve("old-run");
        RunConfig config = RunConfig.defaults("pixel-gaussian", "fashion", 40, 0).withSchedule(10, 0, 4);
        RunFolder run = RunFolder.create(dir, config);
        try (MetricsLog log = MetricsLog.openAfter(run.metricsFile(), 0)) {
            for (int s = 1; s <= 30; s++) log.append(s, s, 0.05, 200, Map.of("nll", 3.0 / s));
        }
        for (int s = 0; s <= 30; s += 10) {
            Snapshots.write(Snapshots.fileFor(run.snapshotsDir(), s), randomImages(4, s), new int[]{0, 1, 2, 3});
        }
        TrainView view = newView();
        CountDownLatch read = new CountDownLatch(1);
        onEdt(() -> {
            view.openRun(dir);
            view.controller().submit(job -> null, done -> read.countDown(), e -> read.countDown());
        });
        assertTrue(read.await(60, TimeUnit.SECONDS));
        onEdt(() -> {
            assertEquals(List.of(), problems);
            assertEquals(List.of("nll"), view.chart().lossNames());
            assertEquals(30, view.chart().pointCount("nll"));
            assertEquals(List.of(0L, 10L, 20L, 30L), view.scrubber().steps());
            assertEquals(dir, view.run().orElseThrow());
            assertEquals("pixel-gaussian", view.form().modelName());
            assertEquals(40, view.form().steps(), "the run's own step limit");
            assertEquals("Continue", view.controls().start.getText());
            assertFalse(view.controls().start.isEnabled(), "no checkpoint: nothing to continue from");
            assertTrue(view.scrubber().currentPicture() != null);
        });
    }

    @Test
    void aDamagedRunFolderIsReportedAndNothingChanges() throws Exception {
        TrainView view = newView();
        CountDownLatch read = new CountDownLatch(1);
        onEdt(() -> {
            view.openRun(tmp.resolve("nothing-here"));
            view.controller().submit(job -> null, done -> read.countDown(), e -> read.countDown());
        });
        assertTrue(read.await(60, TimeUnit.SECONDS));
        onEdt(() -> {
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).contains("run folder not found"), problems.get(0));
            assertTrue(view.run().isEmpty());
            assertEquals("Start", view.controls().start.getText());
        });
    }

    @Test
    void manyEventsReachTheChartInFewBatches() throws Exception {
        ManualExecutor ui = new ManualExecutor();
        TrainView view = newView(ui);
        int n = 3000;
        List<Integer> batchSizes = new ArrayList<>();
        onEdt(() -> view.controller().addListener(batch -> batchSizes.add(batch.size())));
        Thread trainer = new Thread(() -> {
            for (int s = 1; s <= n; s++) view.controller().publish(step(s, n, Map.of("mse", 1.0 / s)));
        });
        trainer.start();
        trainer.join();
        assertEquals(1, ui.runAll(), "one delivery for everything published before the UI thread took it");
        assertEquals(List.of(n), batchSizes);

        Thread more = new Thread(() -> {
            for (int s = n + 1; s <= 2 * n; s++) view.controller().publish(step(s, 2 * n, Map.of("mse", 1.0 / s)));
        });
        more.start();
        more.join();
        ui.runNext();                       // right away, or after the interval if the last delivery was recent
        assertEquals(List.of(n, n), batchSizes);
        onEdt(() -> assertEquals(2 * n, view.chart().pointCount("mse"), "every point arrives"));
    }

    @Test
    void settingsBecomeTheRunConfigAndOfferOnlyDataTheModelLearns() {
        TrainView view = newView();
        onEdt(() -> {
            TrainSettings s = view.form();
            assertEquals(TrainingPresets.DEFAULT_MODEL, s.modelName());
            assertEquals("toy2d:ring", s.datasetSpec());
            RunConfig ring = s.config();
            assertEquals(600, ring.steps());
            assertEquals(256, ring.batchSize());
            assertEquals(TrainingPresets.POINT_SAMPLES, ring.snapshotCount());
            assertFalse(ring.options().containsKey("lr"), "the model's own learning rate");
            assertEquals("100", ring.options().get("timesteps"), "the preset's 100 noise levels");

            assertTrue(s.chooseModel("unet-s"));
            assertEquals("fashion", s.datasetSpec());
            s.chooseDataset("toy2d:ring");
            assertEquals("fashion", s.datasetSpec(), "unet-s cannot learn points, so they are not offered");
            assertEquals(Map.of("timesteps", "100", "schedule", "cosine"), ModelOptionsText.parse("timesteps=100, schedule=cosine"));
            assertThrows(IllegalArgumentException.class, () -> ModelOptionsText.parse("timesteps"));
        });
    }

    /** Opens {@code dir} and waits until the view has shown it (or reported why not). */
    private void open(TrainView view, Path dir) throws InterruptedException {
        CountDownLatch read = new CountDownLatch(1);
        onEdt(() -> {
            view.openRun(dir);
            view.controller().submit(job -> null, done -> read.countDown(), e -> read.countDown());
        });
        assertTrue(read.await(5, TimeUnit.MINUTES));
    }

    @Test
    void aRunWhoseModelThisGenLabLacksShowsItsOwnNameAndSeedAndCannotBeTrainedOrUsed() throws Exception {
        Path dir = tmp.resolve("foreign");
        long seed = (1L << 40) + 3;
        RunConfig config = RunConfig.defaults("gan-xl", "fashion", 40, 0).withSeed(seed);
        RunFolder run = RunFolder.create(dir, config);
        Checkpoints.write(run.checkpointsDir(), new CheckpointManifest(CheckpointManifest.FORMAT, "test", "gan", "gan-xl", 1,
                IMAGES, 20, 0, 1, Map.of(), config, "now"), Map.of("w", new Tensor(new float[]{1}, new int[]{1})));
        TrainView view = newView();
        open(view, dir);
        onEdt(() -> {
            assertEquals(List.of(), problems);
            assertEquals("gan-xl", view.form().modelName(), "not the model chosen before");
            assertTrue(description(view).contains("not part of this GenLab"), description(view));
            assertEquals(seed, view.form().seed(), "the whole seed");
            assertFalse(view.controls().start.isEnabled());
            assertFalse(view.controls().use.isEnabled(), "the other views could not build it either");
            assertFalse(view.folderBox().saveAs.isEnabled());
            assertTrue(view.controls().status().contains("gan-xl, is not part of this GenLab"), view.controls().status());

            view.folderBox().newRun.doClick();
            assertEquals(TrainingPresets.DEFAULT_MODEL, view.form().modelName());
            assertFalse(description(view).contains("not part of this GenLab"));
        });
    }

    /** The text under the model in the form. */
    private static String description(TrainView view) {
        return java.util.Arrays.stream(view.form().getComponents()).filter(c -> c instanceof javax.swing.JTextArea)
                .map(c -> ((javax.swing.JTextArea) c).getText()).findFirst().orElseThrow();
    }

    @Test
    void whileARunIsReadTheButtonsAreOffAndTheResultArrivesOnlyWhenDelivered() throws Exception {
        Path dir = tmp.resolve("old-run");
        RunFolder run = RunFolder.create(dir, RunConfig.defaults("pixel-gaussian", "fashion", 40, 0).withSchedule(10, 0, 4));
        try (MetricsLog log = MetricsLog.openAfter(run.metricsFile(), 0)) {
            for (int s = 1; s <= 5; s++) log.append(s, s, 0.05, 200, Map.of("nll", 3.0 / s));
        }
        ManualExecutor ui = new ManualExecutor();
        TrainView view = newView(ui);
        onEdt(() -> {
            view.openRun(dir);
            assertEquals(TrainState.Phase.BUSY, view.phase());
            for (javax.swing.JButton b : List.of(view.controls().start, view.controls().use, view.folderBox().newRun,
                    view.folderBox().open, view.folderBox().saveAs)) {
                assertFalse(b.isEnabled(), b.getText() + " while the run is read");
            }
            assertTrue(view.controls().status().startsWith("Reading"), view.controls().status());
            assertThrows(IllegalArgumentException.class, () -> view.apply(Map.of("steps", "10")), "a lesson waits too");
        });
        ui.runNext();
        onEdt(() -> {
            assertEquals(TrainState.Phase.IDLE, view.phase());
            assertEquals(dir, view.run().orElseThrow());
            assertEquals(5, view.chart().pointCount("nll"));
            assertTrue(view.folderBox().newRun.isEnabled());
        });
    }
}
