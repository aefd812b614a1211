package io.genlab.ui.train;

import io.genlab.data.GenLabHome;
import io.genlab.train.Checkpoints;
import io.genlab.train.MetricsLog;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunFolder;
import io.genlab.train.TrainingEvent;
import io.genlab.ui.shell.UiPrefs;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.ModelWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/** The Train view driving a real (tiny) diffusion-2d training run on its own worker. */
class TrainViewTrainingTest {
    @TempDir
    Path tmp;
    private final List<String> problems = new ArrayList<>();
    private WorkbenchContext context;
    private TrainView view;

    private TrainView newView(long steps, int snapshotEvery) {
        onEdt(() -> {
            context = new WorkbenchContext(GenLabHome.resolve(), ModelRegistry.discover(), UiPrefs.load(tmp.resolve("prefs.json")),
                    (what, e) -> problems.add(what + ": " + e.getMessage()), ModelWorker.forSwing("model-test"));
            view = new TrainView(context, tmp.resolve("runs"));
            assertTrue(view.form().chooseModel("diffusion-2d"));
            view.form().setSteps(steps);
            view.form().setBatchSize(16);
            view.form().setSnapshotEvery(snapshotEvery);
        });
        return view;
    }

    @AfterEach
    void close() {
        onEdt(() -> {
            if (view != null) view.close();
            if (context != null) context.activeModel().close();
        });
    }

    /** A latch that opens when the view has applied an event of this type. */
    private CountDownLatch when(Class<? extends TrainingEvent> type) {
        CountDownLatch latch = new CountDownLatch(1);
        onEdt(() -> view.controller().addListener(batch -> {
            if (batch.stream().anyMatch(type::isInstance)) latch.countDown();
        }));
        return latch;
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(300, TimeUnit.SECONDS), "training did not report back");
    }

    @Test
    void threeStepsReachTheChartThenACopyContinuesToFiveAndSeven() throws Exception {
        newView(3, 1);
        CountDownLatch finished = when(TrainingEvent.Finished.class);
        onEdt(() -> view.controls().start.doClick());
        await(finished);
        Path run = view.run().orElseThrow();
        onEdt(() -> {
            assertEquals(List.of(), problems);
            assertEquals(List.of("mse"), view.chart().lossNames());
            assertEquals(3, view.chart().pointCount("mse"));
            assertEquals(List.of(0L, 1L, 2L, 3L), view.scrubber().steps());
            assertEquals(TrainState.Phase.IDLE, view.phase());
            assertEquals("Continue", view.controls().start.getText());
        });
        assertTrue(run.startsWith(tmp.resolve("runs")));
        assertEquals(3, Checkpoints.stepOf(RunFolder.open(run).latestCheckpoint().orElseThrow()));
        assertTrue(Files.exists(run.resolve("snapshots/step-00000003.png")), "snapshot pictures as the CLI writes them");

        Path copy = tmp.resolve("copy");
        CountDownLatch copied = new CountDownLatch(1);
        onEdt(() -> {
            view.files().copy(copy);
            assertEquals(TrainState.Phase.BUSY, view.phase());
            assertFalse(view.controls().start.isEnabled(), "no Continue while the copy is made");
            assertFalse(view.folderBox().open.isEnabled());
            view.controller().submit(job -> null, x -> copied.countDown(), e -> copied.countDown());
        });
        await(copied);
        onEdt(() -> {
            assertEquals(List.of(), problems);
            assertEquals(copy, view.run().orElseThrow(), "training continues in the copy");
            assertTrue(view.controls().start.isEnabled());
        });

        CountDownLatch again = new CountDownLatch(2);
        onEdt(() -> view.controller().addListener(batch -> {
            if (batch.stream().noneMatch(e -> e instanceof TrainingEvent.Finished)) return;
            again.countDown();
            if (again.getCount() == 1) {                    // at once, while the last session may still wind down
                view.form().setSteps(7);
                view.controls().start.doClick();
            }
        }));
        onEdt(() -> {
            view.form().setSteps(5);
            view.controls().start.doClick();
        });
        await(again);
        onEdt(() -> {
            assertEquals(List.of(), problems);
            assertEquals(7, view.chart().pointCount("mse"), "continued from the checkpoints at steps 3 and 5");
            assertEquals(8, view.scrubber().count());
        });
        assertEquals(3, MetricsLog.read(run.resolve("metrics.csv")).size(), "the original stays as it was");
        run = copy;
        assertEquals(7, MetricsLog.read(run.resolve("metrics.csv")).size());
    }

    @Test
    void useThisModelWhileTrainingThenStopAfterTheCurrentStep() throws Exception {
        newView(1_000_000, 1000);
        CountDownLatch firstStep = when(TrainingEvent.StepCompleted.class);
        CountDownLatch finished = when(TrainingEvent.Finished.class);
        CountDownLatch loaded = new CountDownLatch(1);
        AtomicReference<Path> loadedRun = new AtomicReference<>();
        onEdt(() -> {
            context.activeModel().addListener(m -> m.ifPresent(l -> {
                loadedRun.set(l.run());
                loaded.countDown();
            }));
            view.controls().start.doClick();
        });
        await(firstStep);
        onEdt(() -> view.controls().use.doClick());
        await(loaded);
        assertEquals(view.run().orElseThrow(), loadedRun.get(), "the other views now use the run being trained");
        onEdt(() -> {
            view.controls().stop.doClick();
            assertEquals("Stopping after this step…", view.controls().status());
            assertFalse(view.controls().stop.isEnabled());
        });
        await(finished);
        Path run = view.run().orElseThrow();
        onEdt(() -> assertTrue(view.controls().status().startsWith("Stopped at step"), view.controls().status()));
        long last = MetricsLog.read(run.resolve("metrics.csv")).size();
        assertEquals(last, Checkpoints.stepOf(RunFolder.open(run).latestCheckpoint().orElseThrow()),
                "the final checkpoint holds the last step");
        assertEquals(List.of(), problems);
    }

    @Test
    void aWrongModelOptionIsReportedAndLeavesNoRunBehind() throws Exception {
        newView(3, 1);
        onEdt(() -> {
            view.form().setModelOptions("timesteps=100, wobble=3");
            view.controls().start.doClick();
            assertEquals(TrainState.Phase.STARTING, view.phase());
        });
        assertTrue(view.controller().awaitIdle(300, TimeUnit.SECONDS));
        CountDownLatch delivered = new CountDownLatch(1);
        onEdt(() -> view.controller().submit(job -> null, x -> delivered.countDown(), e -> delivered.countDown()));
        await(delivered);
        onEdt(() -> {
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("Starting training") && problems.get(0).contains("wobble"), problems.get(0));
            assertEquals(TrainState.Phase.IDLE, view.phase());
            assertTrue(view.run().isEmpty());
            assertTrue(view.controls().start.isEnabled(), "fix the option and start again");
        });
        assertFalse(Files.exists(tmp.resolve("runs")) && Files.list(tmp.resolve("runs")).findAny().isPresent());
    }

    @Test
    void closingTheWindowStopsTrainingAndWritesTheFinalCheckpoint() throws Exception {
        newView(1_000_000, 1000);
        CountDownLatch firstStep = when(TrainingEvent.StepCompleted.class);
        onEdt(() -> view.controls().start.doClick());
        await(firstStep);
        onEdt(() -> view.close());
        assertTrue(view.controller().awaitIdle(300, TimeUnit.SECONDS));
        Path run = Files.list(tmp.resolve("runs")).findFirst().orElseThrow();
        long last = MetricsLog.read(run.resolve("metrics.csv")).size();
        assertTrue(last >= 1);
        assertEquals(last, Checkpoints.stepOf(RunFolder.open(run).latestCheckpoint().orElseThrow()));
    }

    @Test
    void aLessonLinkSetsUpARunAndStartsIt() throws Exception {
        newView(1000, 1000);
        CountDownLatch finished = when(TrainingEvent.Finished.class);
        onEdt(() -> {
            view.apply(java.util.Map.of("config", "diffusion-2d", "dataset", "toy2d:moons", "steps", "2", "batch", "16",
                    "snapshot-every", "1", "options", "timesteps=20", "start", "true"));
            assertEquals(TrainState.Phase.STARTING, view.phase());
        });
        await(finished);
        Path run = view.run().orElseThrow();
        onEdt(() -> {
            assertEquals(List.of(), problems);
            assertEquals(2, view.chart().pointCount("mse"));
            assertEquals(List.of(0L, 1L, 2L), view.scrubber().steps());
        });
        RunFolder folder = RunFolder.open(run);
        assertEquals("toy2d:moons", folder.config().dataset());
        assertEquals("20", String.valueOf(folder.config().options().get("timesteps")));
        assertEquals(16, folder.config().batchSize());
    }
}
