package io.genlab.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class UiPrefsTest {

    @Test
    void roundTripsWindowViewAndRecentRuns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("config/workbench.json");
        UiPrefs p = UiPrefs.load(file);
        p.setWindow(new Rectangle(10, 20, 1280, 800), true);
        p.setLastView("reverse");
        p.setExplanationsShown(false);
        p.addRecentRun(dir.resolve("a"));
        p.addRecentRun(dir.resolve("b"));
        p.save();

        UiPrefs q = UiPrefs.load(file);
        assertEquals(new Rectangle(10, 20, 1280, 800), q.bounds().orElseThrow());
        assertTrue(q.maximized());
        assertEquals("reverse", q.lastView());
        assertFalse(q.explanationsShown());
        assertEquals(List.of(dir.resolve("b"), dir.resolve("a")), q.recentRuns());
    }

    @Test
    void recentRunsAreUniqueMostRecentFirstAndBounded(@TempDir Path dir) {
        UiPrefs p = UiPrefs.load(dir.resolve("w.json"));
        for (int i = 0; i < 12; i++) p.addRecentRun(dir.resolve("run" + i));
        p.addRecentRun(dir.resolve("run5"));
        assertEquals(UiPrefs.MAX_RECENT, p.recentRuns().size());
        assertEquals(dir.resolve("run5"), p.recentRuns().get(0));
        assertEquals(1, p.recentRuns().stream().filter(r -> r.endsWith("run5")).count());
    }

    @Test
    void aDamagedFileGivesTheDefaultsAndIsReplacedOnSave(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.json");
        Files.writeString(file, "{\"window\": {\"width\": \"wide\"");
        UiPrefs p = UiPrefs.load(file);
        assertTrue(p.bounds().isEmpty());
        assertTrue(p.explanationsShown());
        assertEquals(List.of(), p.recentRuns());
        p.setLastView("train");
        p.save();
        assertEquals("train", UiPrefs.load(file).lastView());
    }

    @Test
    void chooserListsPretrainedThenRecentOnceThenOpen(@TempDir Path dir) {
        Path shipped = dir.resolve("lessons/models/unet-s-fashion");
        Path mine = dir.resolve("runs/mine");
        List<RunChooser.Choice> choices = RunChooser.choices(List.of(shipped), List.of(mine, shipped));
        assertEquals(3, choices.size());
        assertEquals("unet-s-fashion (pretrained)", choices.get(0).label());
        assertEquals(mine, choices.get(1).run());
        assertNull(choices.get(2).run(), "the last entry opens a folder chooser");
    }
}
