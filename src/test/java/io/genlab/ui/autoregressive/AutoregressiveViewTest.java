package io.genlab.ui.autoregressive;

import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/** The Autoregressive view without a model: a recorded trace drawn and scrubbed, clicks on the canvas, lesson settings. */
class AutoregressiveViewTest {

    private static int colours(BufferedImage image, Component part, Component root) {
        Rectangle b = PanelRendering.boundsIn(part, root);
        return PanelRendering.distinctColours(image, b.x, b.y, b.width, b.height);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void drawsARecordedTraceWithoutAModel(@TempDir Path home) {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            onEdt(() -> {
                AutoregressiveView view = new AutoregressiveView(f.context);
                assertFalse(view.form().generate.isEnabled(), "no model, nothing to draw with");
                assertFalse(view.form().complete.isEnabled());
                assertFalse(view.openShippedButton().isEnabled(), "this home ships no " + AutoregressiveView.SHIPPED);
                assertTrue(view.exports().isEmpty());

                PixelTracePanel panel = view.tracePanel();
                List<TraceFrame> frames = RecordedTraces.grey(2, 6, 6, 0);
                panel.show(frames);
                BufferedImage shot = PanelRendering.render((JComponent) view.component(), 1200, 700);
                assertTrue(colours(shot, panel.canvasPanel(), view.component()) > 20, "the canvas is drawn");
                assertTrue(colours(shot, panel.barsPanel(), view.component()) > 3, "the distribution is drawn");
                assertEquals(35, panel.player().slider().getMaximum(), "one step per value");
                assertEquals(35, panel.player().position(), "ends on the last value");
                assertEquals("36 network passes", panel.counterText());
                int level = RecordedTraces.level(0, 35);
                float p = frames.get(35).tensors().get("probabilities").data()[level];
                assertEquals(String.format(Locale.ROOT, "pixel (5, 5): drew %d, p = %.2f", level, p), panel.drawnText());

                BufferedImage last = panel.canvasPicture();
                panel.player().show(0);
                assertEquals("value 1 of 36: pixel (0, 0)", panel.player().captionText());
                assertFalse(Arrays.equals(pixels(last), pixels(panel.canvasPicture())), "the first value's canvas is nearly empty");
                panel.sampleChooser().setSelectedIndex(1);
                assertTrue(panel.drawnText().startsWith("pixel (0, 0): drew " + RecordedTraces.level(1, 0) + ","), panel.drawnText());

                assertEquals(List.of("This value (canvas and distribution)", "The canvas filling in"), names(view.exports()));
                Export.Animation gif = (Export.Animation) view.exports().get(1);
                assertEquals(36 + PixelExports.LAST_FRAME_REPEATS, gif.frames().get().size(), "every value, then the last held");
                Export.Picture still = (Export.Picture) view.exports().get(0);
                assertTrue(still.render().get().getWidth() > 100);

                boolean[] field = new boolean[36];
                for (int q = 0; q < 15; q++) field[q] = q % 6 < 4;
                panel.player().show(20);
                panel.showField(2, 3, field);
                assertNotNull(panel.fieldPane().picture(), "the field is tinted over the canvas");
                assertTrue(panel.fieldPane().captionText().contains("blind spot"), panel.fieldPane().captionText());
                assertEquals(List.of("This value (canvas and distribution)", "The canvas filling in", "Receptive field"), names(view.exports()));
                view.close();
            });
        }
    }

    @Test
    void aClickOnTheCanvasNamesThePixelUnderIt() {
        List<int[]> clicks = new ArrayList<>();
        onEdt(() -> {
            PixelTracePanel panel = new PixelTracePanel("nothing yet", (row, col) -> clicks.add(new int[]{row, col}));
            click(panel.canvasPanel(), 10, 10);
            assertTrue(clicks.isEmpty(), "no picture, no pixel");
            panel.show(RecordedTraces.grey(1, 4, 8, 0));                     // 4 rows of 8 pixels
            PanelRendering.render(panel, 1200, 600);
            BufferedImage picture = panel.canvasPicture();
            Component canvas = panel.canvasPanel();
            double scale = Math.min((double) canvas.getWidth() / picture.getWidth(), (double) canvas.getHeight() / picture.getHeight());
            double w = picture.getWidth() * scale, h = picture.getHeight() * scale;
            double left = (canvas.getWidth() - w) / 2, top = (canvas.getHeight() - h) / 2;
            click(canvas, (int) (left + 0.3 * w), (int) (top + 0.6 * h));            // row 0.6 * 4, column 0.3 * 8
            click(canvas, (int) (left + 0.99 * w), (int) (top + 0.01 * h));
            assertEquals(List.of("2,2", "0,7"), clicks.stream().map(c -> c[0] + "," + c[1]).toList());
        });
    }

    private static void click(Component c, int x, int y) {
        c.dispatchEvent(new MouseEvent(c, MouseEvent.MOUSE_CLICKED, 0, 0, x, y, 1, false, MouseEvent.BUTTON1));
    }

    @Test
    void lessonSettingsAreCheckedBeforeAnyIsApplied(@TempDir Path home) {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            onEdt(() -> {
                AutoregressiveView view = new AutoregressiveView(f.context);
                view.apply(Map.of("seed", "7", "temperature", "0.5", "sampler", "naive", "samples", "3", "rows", "5", "tab", "complete"));
                PixelForm form = view.form();
                assertEquals(7, form.seed.getValue());
                assertEquals(0.5, form.settings().temperature());
                assertEquals(50, form.temperatureSlider.getValue(), "the slider follows the spinner");
                assertEquals(PixelSettings.Sampler.NAIVE, form.settings().sampler());
                assertEquals(3, form.settings().samples());
                assertEquals(5, form.givenRows());
                assertEquals(1, view.tabs().getSelectedIndex());

                assertRejected(view, Map.of("temperature", "5"), "temperature must be a number from 0.2 to 3, got \"5\"");
                assertRejected(view, Map.of("sampler", "fast"), "sampler must be cached or naive, got \"fast\"");
                assertRejected(view, Map.of("tab", "grid"), "tab must be generate or complete, got \"grid\"");
                assertRejected(view, Map.of("samples", "0"), "samples must be a whole number from 1 to 16, got \"0\"");
                assertRejected(view, Map.of("generate", "yes"), "generate must be true or false, got \"yes\"");
                assertRejected(view, Map.of("steps", "3"), "autoregressive takes no setting \"steps\"; it takes seed, temperature, "
                        + "sampler, class, samples, image, rows, tab, generate, complete");
                assertRejected(view, Map.of("generate", "true"), "there is no autoregressive model to draw with; open "
                        + AutoregressiveView.SHIPPED + " or choose one in the toolbar");
                assertRejected(view, Map.of("seed", "9", "temperature", "9"), "temperature must be a number from 0.2 to 3, got \"9\"");
                assertEquals(7, form.seed.getValue(), "nothing changes when one setting is bad");
                view.close();
            });
        }
    }

    private static void assertRejected(AutoregressiveView view, Map<String, String> settings, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> view.apply(settings));
        assertEquals(message, e.getMessage());
    }

    private static List<String> names(List<Export> exports) {
        return exports.stream().map(Export::name).toList();
    }
}
