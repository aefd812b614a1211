package io.genlab.ui.attention;

import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/** The Attention view: a recorded trace drawn, scrubbed and clicked without a model; a tiny dit-s driven; lesson settings. */
class AttentionViewTest {
    private static final DataShape SHAPE = DataShape.images(1, 8, 8, List.of("dark", "light"));

    private static int colours(BufferedImage image, Component part, Component root) {
        Rectangle b = PanelRendering.boundsIn(part, root);
        return PanelRendering.distinctColours(image, b.x, b.y, b.width, b.height);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** A click at a fraction of the picture shown in {@code panel}. */
    private static void clickAt(Component panel, BufferedImage picture, double fx, double fy) {
        double scale = Math.min((double) panel.getWidth() / picture.getWidth(), (double) panel.getHeight() / picture.getHeight());
        double w = picture.getWidth() * scale, h = picture.getHeight() * scale;
        int x = (int) ((panel.getWidth() - w) / 2 + fx * w), y = (int) ((panel.getHeight() - h) / 2 + fy * h);
        panel.dispatchEvent(new MouseEvent(panel, MouseEvent.MOUSE_CLICKED, 0, 0, x, y, 1, false, MouseEvent.BUTTON1));
    }

    @Test
    void drawsARecordedTraceAndAClickChoosesTheQueryOrTheLayerAndHead(@TempDir Path home) {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            onEdt(() -> {
                AttentionView view = new AttentionView(f.context);
                assertFalse(view.form().generate.isEnabled(), "no model, nothing to generate with");
                assertFalse(view.openShippedButton().isEnabled(), "this home ships no model with attention");
                assertTrue(view.exports().isEmpty());

                view.state().setLayers(RecordedAttention.LAYERS);
                view.form().setModel(SHAPE, RecordedAttention.LAYERS);
                view.figures().finish(RecordedAttention.trace(6));
                view.form().setHeads(view.figures().heads());
                AttentionFigures figures = view.figures();
                BufferedImage shot = PanelRendering.render((JComponent) view.component(), 1100, 700);
                assertTrue(colours(shot, figures.queryPanel().picturePanel(), view.component()) > 4, "the picture and its map are drawn");
                assertTrue(colours(shot, figures.layersPanel().picturePanel(), view.component()) > 10, "the small multiples and their labels are drawn");
                assertEquals(5, figures.player().position(), "ends on the last step");
                assertEquals("step 6 of 6, t=0", figures.player().captionText());
                assertEquals("blocks.0.attn, mean of the 2 heads: where token 10 (row 2, column 2) looks", figures.headlineText());
                assertEquals(List.of("mean of heads", "head 0", "head 1"),
                        java.util.stream.IntStream.range(0, 3).mapToObj(i -> view.form().head.getItemAt(i).label()).toList());

                BufferedImage last = figures.queryPanel().picture();
                figures.player().show(0);
                assertEquals("step 1 of 6, t=50", figures.player().captionText());
                assertFalse(Arrays.equals(pixels(last), pixels(figures.queryPanel().picture())), "another step looks elsewhere");

                clickAt(figures.queryPanel().picturePanel(), figures.queryPanel().picture(), 0.9, 0.1);   // row 0, column 3
                assertEquals(3, view.state().query());
                assertTrue(figures.headlineText().endsWith("where token 3 (row 0, column 3) looks"), figures.headlineText());

                view.form().query.setSelectedItem(AttentionState.Query.RECEIVED);
                assertTrue(figures.headlineText().endsWith("how much attention each patch receives (averaged over all 16 queries)"));
                clickAt(figures.queryPanel().picturePanel(), figures.queryPanel().picture(), 0.1, 0.9);   // row 3, column 0
                assertEquals(12, view.state().query());
                assertEquals(AttentionState.Query.CLICKED, view.form().query.getSelectedItem(), "a click asks where that patch looks");

                LayersPanel layers = figures.layersPanel();
                double[] cell = find(layers, 1, 1);
                clickAt(layers.picturePanel(), layers.picture(), cell[0], cell[1]);
                assertEquals(1, view.state().layer());
                assertEquals(1, view.form().layerChoice());
                assertEquals(1, view.state().head(), "the columns are head 0, head 1, mean");
                assertTrue(figures.headlineText().startsWith("blocks.1.attn, head 1: "), figures.headlineText());

                view.form().noisy.doClick();
                assertEquals(AttentionState.Picture.XT, view.state().picture());

                figures.tabs().setSelectedIndex(1);
                BufferedImage tokens = PanelRendering.render((JComponent) view.component(), 1100, 700);
                assertTrue(colours(tokens, figures.tokenPanel().tokensPanel(), view.component()) > 3, "the patch grid is drawn");
                assertTrue(figures.tokenPanel().captionText().contains("16 positions of its 4x4 bottom feature map"),
                        figures.tokenPanel().captionText());

                assertEquals(List.of("Attention map", "Every layer and head", "The picture as tokens", "Attention over the denoising steps"),
                        view.exports().stream().map(Export::name).toList());
                Export.Animation gif = (Export.Animation) view.exports().get(3);
                assertEquals(6 + AttentionExports.LAST_FRAME_REPEATS, gif.frames().get().size(), "every step, then the last held");
                assertTrue(((Export.Picture) view.exports().get(0)).render().get().getWidth() > 100);
                view.close();
            });
        }
    }

    @Test
    void generatesWithATinyDitSShowingItsPositionalEncoding(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel dit = ModelRegistry.discover().get("dit-s").create(SHAPE, Map.of("timesteps", 20), 3);
            AtomicReference<AttentionView> view = new AtomicReference<>();
            onEdt(() -> {
                view.set(new AttentionView(f.context));
                view.get().useModel("tiny dit-s", dit);
            });
            f.drain();
            onEdt(() -> {
                AttentionForm form = view.get().form();
                assertTrue(form.generate.isEnabled());
                assertEquals(6, form.layer.getItemCount(), "dit-s's six blocks");
                assertEquals("blocks.5.attn", form.layer.getItemAt(5).label());
                form.steps.setValue(4);
                form.generate.doClick();
                assertTrue(form.cancel.isEnabled());
            });
            f.drain();
            onEdt(() -> {
                AttentionView v = view.get();
                assertEquals(List.of(), f.problems);
                assertEquals(4, v.state().size());
                assertEquals(2, v.state().side(), "8x8 in 4x4 patches");
                assertEquals(5, v.form().head.getItemCount(), "the mean and 4 heads");
                assertNotNull(v.figures().tokenPanel().positionsPicture(), "dit-s adds sin-cos positions");
                assertTrue(v.figures().tokenPanel().captionText().contains("a list of 128 numbers"), v.figures().tokenPanel().captionText());
                assertTrue(v.exports().stream().anyMatch(e -> e.name().equals("Positional encoding")));
                assertFalse(v.form().cancel.isEnabled());
                v.form().steps.setValue(50);
                v.form().generate.doClick();
            });
            f.drain();
            assertEquals(1, f.problems.size(), f.problems.toString());
            assertTrue(f.problems.get(0).contains("steps must be an integer in 1..20"), f.problems.get(0));
        }
    }

    @Test
    void aModelWithoutAttentionIsToldWhichModelsHaveIt(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel pixels = ModelRegistry.discover().get("pixelcnn-s").create(SHAPE, Map.of(), 1);
            AtomicReference<AttentionView> view = new AtomicReference<>();
            onEdt(() -> {
                view.set(new AttentionView(f.context));
                view.get().useModel("pixels", pixels);
            });
            f.drain();
            onEdt(() -> {
                AttentionView v = view.get();
                assertFalse(v.form().generate.isEnabled());
                assertNull(v.figures().queryPanel().picture(), "a message instead of a picture");
                String message = v.figures().headlineText();
                assertTrue(message.startsWith("pixelcnn-s has no attention layers. This view shows the attention of dit-s"), message);
                assertTrue(message.contains("./genlab train --model dit-s"), message);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.apply(Map.of("generate", "true")));
                assertTrue(e.getMessage().startsWith("there is no model with attention to generate with"), e.getMessage());
            });
        }
    }

    @Test
    void lessonSettingsAreCheckedBeforeAnyIsApplied(@TempDir Path home) {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            onEdt(() -> {
                AttentionView view = new AttentionView(f.context);
                view.apply(Map.of("seed", "7", "sampler", "ddpm", "steps", "30", "guidance", "2", "picture", "x_t", "tab", "tokens"));
                AttentionSettings s = view.form().settings();
                assertEquals(7, s.seed());
                assertEquals(io.genlab.diffusion.SamplerSettings.Method.DDPM, s.sampler());
                assertEquals(30, s.steps());
                assertEquals(2.0, s.guidance());
                assertTrue(view.form().noisy.isSelected());
                assertEquals(1, view.figures().tabs().getSelectedIndex());

                assertRejected(view, Map.of("steps", "500"), "steps must be a whole number from 1 to 200, got \"500\"");
                assertRejected(view, Map.of("head", "all"), "head must be mean or a whole number from 0, got \"all\"");
                assertRejected(view, Map.of("query", "middle"), "query must be received or a whole number from 0, got \"middle\"");
                assertRejected(view, Map.of("picture", "eps"), "picture must be x0 or x_t, got \"eps\"");
                assertRejected(view, Map.of("tab", "grid"), "tab must be attention or tokens, got \"grid\"");
                assertRejected(view, Map.of("layer", ""), "layer must be a layer index from 0 or a layer name, got \"\"");
                assertRejected(view, Map.of("samples", "3"), "attention takes no setting \"samples\"; it takes seed, class, sampler, "
                        + "steps, guidance, layer, head, query, step, picture, tab, generate");
                assertRejected(view, Map.of("generate", "true"), "there is no model with attention to generate with; open dit-s-fashion "
                        + "or unet-s-fashion, or choose a dit-s or unet-s run in the toolbar");
                assertRejected(view, Map.of("seed", "9", "step", "0"), "step must be a whole number from 1 to 200, got \"0\"");
                assertEquals(7, view.form().seed.getValue(), "nothing changes when one setting is bad");
                view.close();
            });
        }
    }

    @Test
    void aLessonsClassLayerHeadQueryAndStepApplyOnceTheModelHasGenerated(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel dit = ModelRegistry.discover().get("dit-s").create(SHAPE, Map.of("timesteps", 20), 3);
            AtomicReference<AttentionView> view = new AtomicReference<>();
            onEdt(() -> {
                view.set(new AttentionView(f.context));
                view.get().useModel("tiny dit-s", dit);
                view.get().apply(Map.of("class", "light", "layer", "blocks.3.attn", "head", "2", "query", "1", "step", "2",
                        "steps", "3", "generate", "true"));
            });
            f.drain();
            f.drain();
            onEdt(() -> {
                AttentionView v = view.get();
                assertEquals(List.of(), f.problems);
                assertEquals(3, v.state().size());
                assertEquals(1, v.form().settings().classChoice(), "light");
                assertEquals(3, v.state().layer());
                assertEquals(2, v.state().head());
                assertEquals(1, v.state().query());
                assertEquals(1, v.figures().player().position(), "step 2");
                v.apply(Map.of("query", "received", "head", "mean"));
                assertEquals(AttentionState.Query.RECEIVED, v.state().mode());
                assertEquals(AttentionState.MEAN, v.state().head());
                v.apply(Map.of("query", "4"));
            });
            assertEquals(1, f.problems.size(), f.problems.toString());
            assertTrue(f.problems.get(0).contains("query must be received or a token 0..3, got \"4\""), f.problems.get(0));
        }
    }

    /** The middle (fractions of the picture) of the cell of layer {@code layer} and head {@code head}. */
    private static double[] find(LayersPanel panel, int layer, int head) {
        double x = 0, y = 0;
        int hits = 0;
        for (double fy = 0.005; fy < 1; fy += 0.01) {
            for (double fx = 0.005; fx < 1; fx += 0.01) {
                int[] c = panel.cellAt(fx, fy);
                if (c != null && c[0] == layer && c[1] == head) {
                    x += fx;
                    y += fy;
                    hits++;
                }
            }
        }
        if (hits == 0) throw new AssertionError("no cell of layer " + layer + ", head " + head);
        return new double[]{x / hits, y / hits};
    }

    private static void assertRejected(AttentionView view, Map<String, String> settings, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> view.apply(settings));
        assertEquals(message, e.getMessage());
    }
}
