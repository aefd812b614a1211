package io.genlab.ui;

import io.genlab.train.RunFolder;
import io.genlab.ui.shell.ModelViewFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Which model the workbench opens on. */
class WorkbenchTest {

    private static Path shipped(Path home, String name) throws IOException {
        Path run = home.resolve("lessons/models").resolve(name);
        Files.createDirectories(run.resolve("checkpoints"));
        Files.writeString(run.resolve(RunFolder.CONFIG), "{}");
        return run;
    }

    @Test
    void aFirstStartOpensUnetSFashionWhateverElseShipsAndThenTheLastOpenedRun(@TempDir Path home) throws IOException {
        shipped(home, "dcgan-s-fashion");                        // sorts first
        Path unet = shipped(home, Workbench.FIRST_MODEL);
        try (ModelViewFixture fixture = new ModelViewFixture(home)) {
            assertEquals(Optional.of(unet), Workbench.defaultRun(fixture.context));
            Path mine = Files.createDirectories(home.resolve("runs/mine"));
            fixture.context.prefs().addRecentRun(mine);
            assertEquals(Optional.of(mine), Workbench.defaultRun(fixture.context));
        }
    }
}
