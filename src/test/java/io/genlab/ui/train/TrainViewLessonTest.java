package io.genlab.ui.train;

import io.genlab.data.GenLabHome;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.ui.shell.UiPrefs;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.ModelWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/** The Train view set up by lesson links: a new run's settings, or a shipped run's history to look at. */
class TrainViewLessonTest {
    @TempDir
    Path tmp;
    private final List<String> problems = new ArrayList<>();
    private TrainView view;

    private TrainView newView() {
        AtomicReference<TrainView> v = new AtomicReference<>();
        onEdt(() -> {
            WorkbenchContext context = new WorkbenchContext(GenLabHome.resolve(), ModelRegistry.discover(),
                    UiPrefs.load(tmp.resolve("prefs.json")), (what, e) -> problems.add(what + ": " + e.getMessage()),
                    ModelWorker.forSwing("model-test"));
            v.set(new TrainView(context, tmp.resolve("runs")));
        });
        view = v.get();
        return view;
    }

    @AfterEach
    void close() {
        if (view != null) onEdt(() -> view.close());
    }

    @Test
    void lessonSettingsSetUpANewRun() {
        TrainView view = newView();
        onEdt(() -> {
            assertEquals(Set.of("config", "dataset", "steps", "batch", "snapshot-every", "options", "open", "start"),
                    view.settings());
            view.apply(Map.of("config", "diffusion-2d", "dataset", "toy2d:moons", "steps", "400", "batch", "128",
                    "snapshot-every", "20", "options", "timesteps=50", "start", "false"));
            TrainSettings f = view.form();
            RunConfig config = f.config();
            assertEquals("diffusion-2d", config.model());
            assertEquals("toy2d:moons", config.dataset());
            assertEquals(400, config.steps());
            assertEquals(128, config.batchSize());
            assertEquals(20, config.snapshotEvery());
            assertEquals(Map.of("timesteps", "50"), config.options());
            assertEquals(TrainState.Phase.IDLE, view.phase(), "start=false presses nothing");
            assertTrue(view.run().isEmpty());

            view.apply(Map.of("config", "unet-s"));
            assertEquals("fashion", f.datasetSpec(), "the rest from the model's preset");
            assertEquals(32, f.config().batchSize());
        });
    }

    @Test
    void aBadLessonSettingThrowsNamingItAndChangesNothing() {
        TrainView view = newView();
        onEdt(() -> {
            view.apply(Map.of("config", "diffusion-2d", "steps", "123", "batch", "7"));
            Map<Map<String, String>, String> bad = new LinkedHashMap<>();
            bad.put(Map.of("config", "unet-s", "steps", "-3"), "steps must be a whole number from 1 to 10000000, got \"-3\"");
            bad.put(Map.of("config", "unet-xxl"), "config must be one of");
            bad.put(Map.of("config", "unet-s", "dataset", "toy2d:ring"), "dataset must be one of fashion");
            bad.put(Map.of("batch", "lots"), "batch must be a whole number from 1 to 4096, got \"lots\"");
            bad.put(Map.of("snapshot-every", "0"), "snapshot-every must be a whole number");
            bad.put(Map.of("options", "timesteps"), "options must be key=value pairs");
            bad.put(Map.of("steps", "10", "start", "yes"), "start must be true or false, got \"yes\"");
            bad.put(Map.of("open", "unet-s-fashion", "steps", "10"), "cannot be combined with steps");
            bad.put(Map.of("open", "../../runs"), "open must be a run folder in");
            bad.put(Map.of("open", "no-such-model"), "(dcgan-s-fashion, dit-s-fashion, pixelcnn-s-fashion, unet-s-fashion, unet-s-shapes-text)");
            bad.put(Map.of("sampler", "ddim"), "train takes no setting \"sampler\"");
            bad.forEach((values, message) -> {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> view.apply(values), values.toString());
                assertTrue(e.getMessage().contains(message), e.getMessage());
                assertEquals("diffusion-2d", view.form().modelName(), values + " changed the model");
                assertEquals(123, view.form().steps(), values + " changed the steps");
                assertEquals(7, view.form().config().batchSize(), values + " changed the batch");
                assertEquals(TrainState.Phase.IDLE, view.phase());
            });
        });
    }

    @Test
    void aShippedModelIsShownToLookAtButCannotBeTrainedFurther() throws Exception {
        TrainView view = newView();
        CountDownLatch read = new CountDownLatch(1);
        onEdt(() -> {
            view.apply(Map.of("open", "unet-s-fashion"));
            assertEquals(TrainState.Phase.BUSY, view.phase());
            view.controller().submit(job -> null, done -> read.countDown(), e -> read.countDown());
        });
        assertTrue(read.await(5, TimeUnit.MINUTES));
        onEdt(() -> {
            assertEquals(List.of(), problems);
            assertEquals(GenLabHome.resolve().resolve("lessons/models/unet-s-fashion"), view.run().orElseThrow());
            assertEquals("unet-s", view.form().modelName());
            assertTrue(view.chart().pointCount("mse") > 1000, "its loss curve");
            assertEquals(List.of(0L, 250L, 500L, 750L, 1000L, 1250L, 1500L, 1750L), view.scrubber().steps(),
                    "random guessing to accurate generation");
            assertFalse(view.controls().start.isEnabled(), "Continue");
            assertTrue(view.controls().start.getToolTipText().contains("shipped model"), view.controls().start.getToolTipText());
            assertFalse(view.folderBox().saveAs.isEnabled(), "a copy could not be trained either");
            assertTrue(view.controls().use.isEnabled(), "it samples in the other views");
            assertTrue(view.controls().status().contains("shipped model"), view.controls().status());
        });
    }
}
