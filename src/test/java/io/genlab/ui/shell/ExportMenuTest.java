package io.genlab.ui.shell;

import io.genlab.ui.widgets.Export;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Saving an export: the extension is added, and an existing file is replaced only when the user says so. */
class ExportMenuTest {

    @Test
    void asksBeforeReplacingAFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("reverse-strip.png");
        List<Path> asked = new ArrayList<>();
        assertTrue(ExportMenu.mayWrite(target, p -> { asked.add(p); return false; }), "a new file needs no question");
        assertEquals(List.of(), asked);

        ExportMenu.write(new Export.Picture("Strip", "reverse-strip", () -> new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB)), target);
        assertTrue(Files.size(target) > 0);
        assertFalse(ExportMenu.mayWrite(target, p -> { asked.add(p); return false; }), "the user said no");
        assertEquals(List.of(target), asked);
        assertTrue(ExportMenu.mayWrite(target, p -> true), "the user said replace");
    }

    @Test
    void addsTheExtensionUnlessItIsThere() {
        assertEquals(Path.of("a", "grid.png"), ExportMenu.withExtension(Path.of("a", "grid"), "png"));
        assertEquals(Path.of("a", "grid.PNG"), ExportMenu.withExtension(Path.of("a", "grid.PNG"), "png"));
        assertEquals(Path.of("run.gif"), ExportMenu.withExtension(Path.of("run"), "gif"));
    }
}
