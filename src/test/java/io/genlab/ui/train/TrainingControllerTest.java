package io.genlab.ui.train;

import io.genlab.data.DatasetLocations;
import io.genlab.data.GenLabHome;
import io.genlab.train.DataShape;
import io.genlab.train.ModelInfo;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.train.TrainingEvent;
import io.genlab.ui.widgets.ManualExecutor;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The Train view's controller: what reaches the UI thread, in which order, and sessions one after another. */
class TrainingControllerTest {
    @TempDir
    Path tmp;

    private static TrainingController controller(ManualExecutor ui) {
        return new TrainingController(ModelRegistry.discover(), DatasetLocations.of(GenLabHome.resolve()),
                new ModelWorker("training-test", ui), ui);
    }

    @Test
    void aFailureOutsideTheTrainerArrivesAfterTheEventsPublishedBeforeIt() throws Exception {
        ManualExecutor ui = new ManualExecutor();
        TrainingController c = controller(ui);
        List<String> seen = new ArrayList<>();
        c.addListener(batch -> batch.forEach(e -> seen.add(e.getClass().getSimpleName())));
        c.publish(new TrainingEvent.StepCompleted(1, Map.of("mse", 1.0), 1e-3, 10, 1, 5, 4));
        ui.runAll();                                   // a recent delivery: the next waits for the interval
        c.publish(new TrainingEvent.Started(tmp, 0, 5, 0, new ModelInfo("diffusion", "x", 1, DataShape.points(), Map.of())));
        c.failed(new IllegalStateException("out of memory"), e -> seen.add("failure: " + e.getMessage()));
        ui.runUntil(() -> seen.size() == 3);
        assertEquals(List.of("StepCompleted", "Started", "failure: out of memory"), seen);
        c.close();
    }

    @Test
    void aSessionStartedBeforeTheLastHasEndedRunsAfterIt() throws Exception {
        ManualExecutor ui = new ManualExecutor();
        TrainingController c = controller(ui);
        List<TrainingEvent.Finished> finished = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        c.addListener(batch -> batch.stream().filter(e -> e instanceof TrainingEvent.Finished)
                .forEach(e -> finished.add((TrainingEvent.Finished) e)));
        RunConfig config = RunConfig.defaults("diffusion-2d", "toy2d:ring", 2, 0).withOptions(Map.of("timesteps", "20"))
                .withData("toy2d:ring", 256, 16).withSchedule(0, 0, 16);
        PanelRendering.onEdt(() -> {
            c.startNew(config, tmp.resolve("a"), failures::add);
            c.continueRun(tmp.resolve("a"), 4, failures::add);       // queued behind the first session
        });
        ui.runUntil(() -> finished.size() == 2 || !failures.isEmpty());
        assertEquals(List.of(), failures);
        assertEquals(List.of(2L, 4L), finished.stream().map(TrainingEvent.Finished::step).toList());
        assertTrue(c.awaitIdle(5, TimeUnit.MINUTES));
        assertEquals(4, io.genlab.train.Checkpoints.stepOf(RunFolder.open(tmp.resolve("a")).latestCheckpoint().orElseThrow()));
        c.close();
    }
}
