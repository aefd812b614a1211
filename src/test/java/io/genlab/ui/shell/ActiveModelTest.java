package io.genlab.ui.shell;

import io.genlab.train.ModelRegistry;
import io.genlab.ui.widgets.ModelWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Opening runs into the active model: the shipped model loads; a broken run is reported and changes nothing. */
class ActiveModelTest {
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Optional<ActiveModel.Loaded>> heard = new ArrayList<>();

    private void runNextUiTask() throws InterruptedException {
        Runnable r = ui.poll(2, TimeUnit.MINUTES);
        assertNotNull(r, "the worker handed nothing to the UI thread");
        r.run();
    }

    @Test
    void loadsTheShippedModelThenKeepsItWhenABrokenRunIsOpened(@TempDir Path dir) throws Exception {
        try (ActiveModel active = new ActiveModel(ModelRegistry.discover(), new ModelWorker("model", ui::add),
                (what, e) -> problems.add(what + ": " + e.getMessage()))) {
            active.addListener(heard::add);
            boolean[] loaded = {false};
            active.open(Path.of("lessons/models/unet-s-fashion"), () -> loaded[0] = true);
            assertEquals(Optional.empty(), heard.get(0), "listeners hear at once that a model is loading");
            runNextUiTask();
            assertTrue(loaded[0]);
            assertEquals("unet-s on fashion, step 1,789", active.current().orElseThrow().label());

            Path broken = dir.resolve("broken");
            Files.createDirectories(broken);
            Files.writeString(broken.resolve("config.json"), "{\"model\": \"unet-s\"");
            active.open(broken, () -> fail("a broken run must not load"));
            runNextUiTask();
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).contains("config.json") && problems.get(0).contains("invalid run config"), problems.get(0));
            assertEquals("unet-s on fashion, step 1,789", active.current().orElseThrow().label(), "the previous model stays");
            assertTrue(heard.get(heard.size() - 1).isPresent());
        }
    }

    @Test
    void aRunWithoutCheckpointSaysToTrainFirst(@TempDir Path dir) throws IOException, InterruptedException {
        Path run = dir.resolve("fresh");
        Files.createDirectories(run.resolve("checkpoints"));
        Files.copy(Path.of("lessons/models/unet-s-fashion/config.json"), run.resolve("config.json"));
        try (ActiveModel active = new ActiveModel(ModelRegistry.discover(), new ModelWorker("model", ui::add),
                (what, e) -> problems.add(e.getMessage()))) {
            active.open(run, () -> { });
            runNextUiTask();
            assertTrue(problems.get(0).contains("no checkpoint yet"), problems.toString());
            assertTrue(active.current().isEmpty());
        }
    }
}
