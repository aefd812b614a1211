package io.genlab.ui.text;

import io.genlab.diffusion.UNetSTextProvider;
import io.genlab.text.Tokenizer;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The Text view: a recorded generation and a hand-made encoding drawn and scrubbed without a
 * model; tokens and unknown words as a prompt is typed; a class-conditioned model told what to
 * open; lesson settings; a tiny unet-s-text generating and cancelled.
 */
class TextViewTest {
    private static final String PROMPT = "a red circle at the left";

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

    private static List<String> chipWords(TextView view) {
        return view.prompt().chips().chips().stream().map(TokenChips.Chip::word).toList();
    }

    @Test
    void drawsARecordedGenerationAndAnEncodingWithoutAModel(@TempDir Path home) {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            onEdt(() -> {
                TextView view = new TextView(f.context);
                assertFalse(view.form().generate.isEnabled(), "no model, nothing to generate with");
                assertTrue(view.exports().isEmpty());
                assertEquals(PromptPanel.DEFAULT_PROMPT, view.prompt().text());

                view.useTokenizer(RecordedText.TOKENIZER);
                view.prompt().setText(PROMPT);
                Tokenizer.Tokens tokens = view.prompt().tokens();
                TextFigures figures = view.figures();
                figures.showEncoding(RecordedText.encoding(PROMPT));
                BufferedImage shot = PanelRendering.render((JComponent) view.component(), 1100, 750);
                assertTrue(colours(shot, figures.vectors().embeddedPanel(), view.component()) > 20, "the embedded vectors are drawn");
                assertTrue(colours(shot, figures.vectors().encodedPanel(), view.component()) > 20, "the encoded vectors are drawn");
                assertTrue(colours(shot, view.prompt().chips(), view.component()) > 4, "the chips are drawn");
                assertTrue(figures.vectors().captionText().startsWith("Each token becomes a list of 64 numbers"));

                figures.start(tokens, 2, "recorded, DDIM, 3 steps, guidance 3, seed 1, 2 samples");
                assertEquals(TextFigures.IMAGE_TAB, figures.tabs().getSelectedIndex(), "a generation shows the image");
                figures.finish(RecordedText.trace(3, 2, tokens.length()));
                shot = PanelRendering.render((JComponent) view.component(), 1100, 750);
                assertTrue(colours(shot, figures.samples().picturePanel(), view.component()) > 4, "the samples are drawn");
                assertTrue(colours(shot, figures.wordsPanel(), view.component()) > 20, "the picture and the word maps are drawn");
                assertEquals(2, figures.player().position(), "ends on the last step");
                assertEquals("step 3 of 3, t=0", figures.player().captionText());
                assertTrue(figures.headlineText().startsWith("Step 3 of 3, t=0: where each word is read in sample #1, over its "
                        + "predicted x0"), figures.headlineText());

                BufferedImage last = figures.wordsPanel().picture();
                figures.player().show(0);
                assertEquals("step 1 of 3, t=20", figures.player().captionText());
                assertFalse(Arrays.equals(pixels(last), pixels(figures.wordsPanel().picture())), "another step reads elsewhere");

                SamplesPanel samples = figures.samples();
                double[] second = find(samples, 1);
                clickAt(samples.picturePanel(), samples.picture(), second[0], second[1]);
                assertEquals(1, view.state().sample(), "a click on the second sample shows its words");
                assertTrue(figures.headlineText().contains("in sample #2"), figures.headlineText());
                view.form().noisy.doClick();
                assertEquals("x_t", view.state().pictureKey());
                assertTrue(figures.headlineText().contains("over its noisy x_t"), figures.headlineText());

                assertEquals(List.of("The prompt's tokens", "The tokens as vectors", "The samples at this step",
                                "Where each word is read, this step", "Where each word is read, step by step",
                                "Where each word is read over the denoising steps"),
                        view.exports().stream().map(Export::name).toList());
                for (Export e : view.exports()) {
                    if (e instanceof Export.Picture p) assertTrue(p.render().get().getWidth() > 100, e.name());
                }
                Export.Animation gif = (Export.Animation) view.exports().get(5);
                List<BufferedImage> frames = gif.frames().get();
                assertEquals(3 + TextExports.LAST_FRAME_REPEATS, frames.size(), "every step, then the last held");
                assertEquals(1, frames.stream().map(i -> i.getWidth() + "x" + i.getHeight()).distinct().count(), "one size");
                view.close();
            });
        }
    }

    @Test
    void showsTheTokensOfATypedPromptAndFlagsTheWordsTheModelDoesNotKnow(@TempDir Path home) {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            onEdt(() -> {
                TextView view = new TextView(f.context);
                assertEquals(List.of(), chipWords(view), "no tokenizer, no tokens");
                view.useTokenizer(RecordedText.TOKENIZER);
                view.prompt().setText("A red ZEBRA circle, at the left!");
                List<TokenChips.Chip> chips = view.prompt().chips().chips();
                assertEquals(List.of("a", "red", "zebra", "circle", "at", "the", "left", "<pad> \u00d725"), chipWords(view));
                int[] ids = view.prompt().tokens().ids();
                assertEquals("id " + ids[1], chips.get(1).id());
                assertEquals(TokenChips.Kind.WORD, chips.get(1).kind());
                assertEquals(new TokenChips.Chip("zebra", "<unk> \u00b7 id 1", TokenChips.Kind.UNKNOWN), chips.get(2));
                assertEquals(TokenChips.Kind.PADDING, chips.get(7).kind());
                assertEquals("The model does not know 'zebra': it reads it as <unk> (id 1), a token that means nothing to it.",
                        view.prompt().noteText());

                view.prompt().setText("zebra giraffe");
                assertTrue(view.prompt().noteText().endsWith("It knows none of the words, so it cannot draw this prompt."));

                view.prompt().setText("  ");
                assertEquals(List.of("<empty>", "<pad> \u00d731"), chipWords(view));
                assertEquals(TokenChips.Kind.SPECIAL, view.prompt().chips().chips().get(0).kind());
                assertEquals("id 2", view.prompt().chips().chips().get(0).id());
                assertTrue(view.prompt().noteText().startsWith("The empty prompt is one token, <empty> (id 2)"));

                view.prompt().setText(String.join(" ", Collections.nCopies(33, "red")));
                assertNull(view.prompt().tokens());
                assertEquals(List.of(), chipWords(view));
                assertEquals("the prompt has 33 words; a model reads at most 32", view.prompt().noteText());

                view.prompt().setText("red circle");
                assertEquals(List.of("red", "circle", "<pad> \u00d730"), chipWords(view));
                assertEquals("2 tokens of at most 32; the other 30 slots hold <pad> (id 0), which the model does not look at.",
                        view.prompt().noteText());
                assertNotNull(view.prompt().chips().picture(), "the chips can be saved");
                view.close();
            });
        }
    }

    @Test
    void aClassConditionedModelIsToldWhichModelsReadText(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel unet = ModelViewFixture.tinyUnet(20);
            AtomicReference<TextView> view = new AtomicReference<>();
            onEdt(() -> {
                view.set(new TextView(f.context));
                assertTrue(view.get().figures().headlineText().startsWith("No model is open."));
                assertFalse(view.get().chooser().isEnabled(), "this home has no text model to offer");
                view.get().useModel("tiny unet-s", unet);
            });
            f.drain();
            onEdt(() -> {
                TextView v = view.get();
                assertFalse(v.form().generate.isEnabled());
                String message = v.figures().headlineText();
                assertTrue(message.startsWith("unet-s is conditioned on classes, not on text: you choose a class, it never reads words. "
                        + "This view needs a text-conditioned model such as unet-s-text"), message);
                assertTrue(message.contains("No text-conditioned model is installed") && message.contains(TextTexts.TRAIN), message);
                assertNull(v.prompt().tokens(), "no tokenizer");
                assertEquals(message, v.figures().vectors().captionText());
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.apply(Map.of("run", "true")));
                assertEquals("there is no text-conditioned model to generate with; open unet-s-shapes-text or choose a unet-s-text run "
                        + "in the Text model box", e.getMessage());
                v.close();
            });
        }
    }

    @Test
    void theChooserOffersTheRunsOfModelsThatReadText(@TempDir Path home) throws Exception {
        Path models = home.resolve("lessons").resolve("models");
        RunFolder.create(models.resolve(TextView.SHIPPED), RunConfig.defaults(UNetSTextProvider.NAME, "shapes", 10, 0));
        RunFolder.create(models.resolve("unet-s-fashion"), RunConfig.defaults("unet-s", "fashion", 10, 0));
        Path mine = home.resolve("runs").resolve("my-text-run");
        RunFolder.create(mine, RunConfig.defaults(UNetSTextProvider.NAME, "shapes", 10, 0));
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            f.context.prefs().addRecentRun(mine);
            f.context.prefs().addRecentRun(home.resolve("not-a-run"));
            onEdt(() -> {
                TextView view = new TextView(f.context);
                assertEquals(List.of("unet-s-shapes-text (pretrained)", "my-text-run  \u2014 " + mine.getParent().toAbsolutePath()),
                        view.chooser().runs().stream().map(TextModels.Entry::label).toList());
                assertEquals("choose a text model…", view.chooser().getSelectedItem().toString(), "no model is open");
                assertTrue(view.chooser().isEnabled());
                assertTrue(view.figures().headlineText().contains("Choose a text model above (unet-s-shapes-text ships with the lessons)"),
                        view.figures().headlineText());
                view.close();
            });
        }
    }

    @Test
    void lessonSettingsAreCheckedBeforeAnyIsApplied(@TempDir Path home) {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            onEdt(() -> {
                TextView view = new TextView(f.context);
                assertEquals(List.of("prompt", "guidance", "steps", "seed", "samples", "tab", "run"), List.copyOf(view.settings()));
                view.apply(Map.of("prompt", "a small blue square", "guidance", "5", "steps", "20", "seed", "7", "samples", "2",
                        "tab", "image"));
                assertEquals("a small blue square", view.prompt().text());
                TextSettings s = view.form().settings(view.prompt().text());
                assertEquals(new TextSettings("a small blue square", 7, 20, 5.0, 2), s);
                assertEquals("DDIM, 20 steps, guidance 5, seed 7, 2 samples", s.describe());
                assertEquals(TextFigures.IMAGE_TAB, view.figures().tabs().getSelectedIndex());

                assertRejected(view, Map.of("guidance", "9"), "guidance must be a number from 0 to 8, got \"9\"");
                assertRejected(view, Map.of("steps", "0"), "steps must be a whole number from 1 to 1000, got \"0\"");
                assertRejected(view, Map.of("samples", "9"), "samples must be a whole number from 1 to 8, got \"9\"");
                assertRejected(view, Map.of("tab", "tokens"), "tab must be vectors or image, got \"tokens\"");
                assertRejected(view, Map.of("class", "3"), "text takes no setting \"class\"; it takes prompt, guidance, steps, seed, "
                        + "samples, tab, run");
                assertRejected(view, Map.of("seed", "9", "prompt", String.join(" ", Collections.nCopies(33, "red"))),
                        "prompt must be a prompt of at most 32 words, got \"" + String.join(" ", Collections.nCopies(33, "red")) + "\"");
                assertRejected(view, Map.of("run", "true"), "there is no text-conditioned model to generate with; open "
                        + "unet-s-shapes-text or choose a unet-s-text run in the Text model box");
                assertEquals(7, view.form().seed.getValue(), "nothing changes when one setting is bad");
                assertEquals("a small blue square", view.prompt().text());
                view.close();
            });
        }
    }

    @Test
    void generatesWithATinyTextModelAndCancels(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            DataShape shape = DataShape.images(3, 8, 8, List.of("shapes"), RecordedText.TOKENIZER.vocabulary());
            GenerativeModel model = ModelRegistry.discover().get(UNetSTextProvider.NAME).create(shape, Map.of("width", 8, "timesteps", 20), 3);
            AtomicReference<TextView> view = new AtomicReference<>();
            onEdt(() -> {
                view.set(new TextView(f.context));
                view.get().prompt().setText(PROMPT);
                view.get().useModel("tiny unet-s-text", model);
                view.get().apply(Map.of("steps", "3", "samples", "2", "run", "true"));           // waits for the model
            });
            f.drain();
            f.drain();
            onEdt(() -> {
                TextView v = view.get();
                assertEquals(List.of(), f.problems);
                assertNotNull(v.figures().vectors().encoding(), "the prompt's vectors, computed by the model");
                assertEquals(6, v.figures().vectors().encoding().encoded().shape()[0], "one vector per token");
                assertEquals(3, v.state().size(), "every step traced");
                assertEquals(2, v.state().samples());
                assertEquals("Done: 3 steps.", v.form().status.getText());
                assertTrue(v.form().generate.isEnabled() && !v.form().cancel.isEnabled());
                assertEquals(6, v.state().frame().tensors().get("cross-attention/enc2.xattn").shape()[3], "cut to the prompt's tokens");

                v.form().steps.setValue(20);
                v.form().generate.doClick();
                assertTrue(v.form().cancel.isEnabled());
                v.form().cancel.doClick();
            });
            f.drain();
            onEdt(() -> {
                TextView v = view.get();
                assertTrue(v.form().status.getText().startsWith("Cancelled"), v.form().status.getText());
                assertTrue(v.form().generate.isEnabled() && !v.form().cancel.isEnabled());
                assertFalse(v.figures().player().locked(), "the steps so far can be scrubbed");
                assertEquals(List.of(), f.problems);
                v.close();
            });
        }
    }

    /** The middle (fractions of the picture) of sample {@code sample}'s cell. */
    private static double[] find(SamplesPanel panel, int sample) {
        double x = 0, y = 0;
        int hits = 0;
        for (double fy = 0.005; fy < 1; fy += 0.01) {
            for (double fx = 0.005; fx < 1; fx += 0.01) {
                if (panel.sampleAt(fx, fy) == sample) {
                    x += fx;
                    y += fy;
                    hits++;
                }
            }
        }
        if (hits == 0) throw new AssertionError("no cell of sample " + sample);
        return new double[]{x / hits, y / hits};
    }

    private static void assertRejected(TextView view, Map<String, String> settings, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> view.apply(settings));
        assertEquals(message, e.getMessage());
    }
}
