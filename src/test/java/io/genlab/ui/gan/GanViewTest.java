package io.genlab.ui.gan;

import io.genlab.gan.GanPlayground;
import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.ManualExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

class GanViewTest {

    @Test
    void drawsARecordedPlaygroundWithoutAModel() {
        onEdt(() -> {
            PlaygroundPanel p = new PlaygroundPanel();
            float[] two = {0.5f, 0.5f, -0.5f, -0.5f};
            float[] map = new float[16];
            for (int i = 0; i < 16; i++) map[i] = i / 15f;
            p.add(List.of(new GanPlayground.Frame(1, 0, two, two.clone(), map, new float[0], new float[4], Map.of("d", 0.7, "d_real", 0.6, "d_fake", 0.4)),
                    new GanPlayground.Frame(1, 1, two, new float[]{0.4f, 0.4f, -0.4f, -0.4f}, map, new float[0], new float[4], Map.of("g", 0.8))));
            assertNotNull(p.picture());
            assertEquals(2, p.player().frameCount());
            assertEquals(1, p.player().position(), "it follows the newest frame");
            assertTrue(p.player().captionText().contains("G 1"), p.player().captionText());
        });
    }

    @Test
    void aLessonLinkBuildsThePresetAndEachButtonTrainsOneNetworkOneUpdate(@TempDir Path home) throws InterruptedException {
        ManualExecutor ui = new ManualExecutor();
        try (ModelViewFixture fixture = new ModelViewFixture(home)) {
            GanView[] v = new GanView[1];
            onEdt(() -> {
                v[0] = new GanView(fixture.context, ui);
                v[0].apply(Map.of("preset", "Vanishing gradient", "data", "toy2d:moons"));
                assertEquals("minimax", v[0].playground().settings.loss.getSelectedItem());
                assertEquals(5, v[0].playground().settings.k.getNumber().intValue());
            });
            ui.runUntil(() -> v[0].playground().frames().size() == 1);
            onEdt(() -> v[0].playground().stepD.doClick());
            ui.runUntil(() -> v[0].playground().frames().size() == 2);
            onEdt(() -> v[0].playground().stepG.doClick());
            ui.runUntil(() -> v[0].playground().frames().size() == 3);
            onEdt(() -> {
                List<GanPlayground.Frame> f = v[0].playground().frames();
                assertEquals(1, f.get(1).dSteps());
                assertEquals(0, f.get(1).gSteps());
                assertEquals(1, f.get(2).gSteps());
                assertNotNull(v[0].playground().picture());
                assertFalse(v[0].exports().isEmpty());
                assertThrows(IllegalArgumentException.class, () -> v[0].apply(Map.of("preset", "Perfect")));
                v[0].apply(Map.of("tab", "images"));
                assertEquals(1, v[0].tabs().getSelectedIndex(), "a lesson link opens the image tab");
                assertTrue(v[0].images().images().about().contains("No GAN"), "the workbench has no GAN open");
                assertThrows(IllegalArgumentException.class, () -> v[0].apply(Map.of("tab", "sounds")));
                v[0].close();
            });
            assertTrue(fixture.problems.isEmpty(), fixture.problems.toString());
        }
    }
}
