package io.genlab.ui.compare;

import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.PanelRendering;
import io.genlab.viz.ImageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/** The Compare view on a small experiment folder written here, as genlab compare writes one. */
class CompareViewTest {

    /** An experiment of two rows with their pictures, under home/lessons/reports/NAME. */
    static Path experiment(Path home, String name) throws IOException {
        Path dir = home.resolve("lessons/reports").resolve(name);
        for (String cell : new String[]{"01-a", "02-b"}) {
            Path eval = dir.resolve("cells").resolve(cell).resolve("ddim-5-step100");
            Files.createDirectories(eval);
            ImageFiles.writePng(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), eval.resolve("samples.png"));
            ImageFiles.writePng(new BufferedImage(50, 30, BufferedImage.TYPE_INT_RGB), eval.resolve("memorisation.png"));
        }
        ImageFiles.writePng(new BufferedImage(90, 50, BufferedImage.TYPE_INT_RGB), dir.resolve("cost.png"));
        Files.writeString(dir.resolve("results.json"), """
                {"name": "%s", "about": "two <rows>", "missing_cells": [],
                 "cells": [
                  {"number": 1, "label": "a", "seed": 1, "run": "cells/01-a/run", "entries": [
                    {"sampling": "DDIM 5", "step": 100, "folder": "cells/01-a/ddim-5-step100",
                     "report": {"fid": 12.5, "fid_floor": 3.0, "precision": 0.8, "cost": {"ms_per_sample": 4.0}}}]},
                  {"number": 2, "label": "b", "seed": 1, "run": "cells/02-b/run", "entries": [
                    {"sampling": "DDIM 5", "step": 100, "folder": "cells/02-b/ddim-5-step100",
                     "report": {"fid": 30.0, "fid_floor": 3.0, "precision": 0.5, "cost": {"ms_per_sample": 9.0}}}]}]}
                """.formatted(name));
        return dir;
    }

    @Test
    void opensTheShippedExperimentShowsItsTableAndTheChosenRowsSideBySide(@TempDir Path home) throws IOException {
        experiment(home, "sweep");
        try (ModelViewFixture fixture = new ModelViewFixture(home)) {
            onEdt(() -> {
                CompareView view = new CompareView(fixture.context);
                view.shown();
                assertEquals(2, view.table().getRowCount());
                assertEquals(12.5, view.table().getValueAt(0, 6));
                assertEquals(4.0, view.table().getValueAt(0, 12));
                assertNull(view.table().getValueAt(0, 14), "a score a report lacks is empty, not an error");
                PanelRendering.render(view.component(), 1000, 700);     // paints every cell
                BufferedImage both = view.samplesPicture();
                assertNotNull(both, "the first two rows are chosen when an experiment opens");
                assertTrue(both.getWidth() >= 80, "two pictures side by side: " + both.getWidth());
                view.apply(Map.of("report", "sweep", "rows", "2"));
                assertTrue(view.samplesPicture().getWidth() < both.getWidth(), "one row now");
                assertTrue(view.exports().stream().anyMatch(e -> e.name().equals("Chart: Milliseconds per sample")));
                IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> view.apply(Map.of("report", "nope")));
                assertTrue(wrong.getMessage().contains("[sweep]"), wrong.getMessage());
                assertThrows(IllegalArgumentException.class, () -> view.apply(Map.of("rows", "3")));
                view.close();
            });
            assertTrue(fixture.problems.isEmpty(), fixture.problems.toString());
        }
    }

    @Test
    void aReportNamingFoldersOutsideTheExperimentIsReportedNotShown(@TempDir Path home) throws IOException {
        Path dir = experiment(home, "broken");
        Files.writeString(dir.resolve("results.json"), "{\"cells\": [{\"label\": \"x\", \"entries\": [{\"folder\": \"../../../etc\"}]}]}");
        try (ModelViewFixture fixture = new ModelViewFixture(home)) {
            onEdt(() -> new CompareView(fixture.context).shown());
            assertEquals(1, fixture.problems.size());
            assertTrue(fixture.problems.get(0).contains("outside the experiment"), fixture.problems.toString());
        }
    }
}
