package io.genlab.diffusion;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.text.Tokenizer;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.Json;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceSink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** unet-s-text as a model: it learns captions, follows prompts, guides with the empty prompt, and keeps its vocabulary. */
public class TextDiffusionModelTest {
    public static final List<String> CAPTIONS = List.of("a dark square", "a light square");
    public static final DataShape SHAPE = DataShape.images(1, 8, 8, List.of("dark", "light"), Tokenizer.vocabularyOf(CAPTIONS));

    /** A narrow unet-s-text (width 8) keeps the tests quick. */
    private static DiffusionModel model(Map<String, Object> options) {
        Map<String, Object> narrow = new java.util.HashMap<>(options);
        narrow.put("width", 8);
        return (DiffusionModel) ModelRegistry.discover().get(UNetSTextProvider.NAME).create(SHAPE, narrow, 3);
    }

    /** The eight images of {@link DiffusionModelTest#eightImages}, captioned instead of labelled. */
    public static Batch eightCaptionedImages() {
        Batch b = DiffusionModelTest.eightImages();
        List<String> captions = new ArrayList<>();
        for (int label : b.labels()) captions.add(CAPTIONS.get(label));
        return new Batch(b.x(), b.shape(), b.labels(), b.indices(), captions);
    }

    public static GenerationRequest prompts(int count, String prompts, String... options) {
        Map<String, String> o = new java.util.LinkedHashMap<>();
        o.put(DiffusionModel.PROMPT, prompts);
        for (int i = 0; i < options.length; i += 2) o.put(options[i], options[i + 1]);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) labels[i] = i % prompts.split("\\|").length;
        return new GenerationRequest(count, labels, 5, o);
    }

    /** Mean of the 4x4 centre of each image. */
    public static double[] centres(Tensor images) {
        int n = images.shape()[0];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int y = 2; y < 6; y++) for (int x = 2; x < 6; x++) out[i] += images.data()[i * 64 + y * 8 + x] / 16;
        }
        return out;
    }

    @Test
    void learnsEightCaptionedImagesAndDrawsWhatThePromptSays() {
        DiffusionModel m = model(Map.of("lr", 2e-3, "timesteps", 100));
        Batch batch = eightCaptionedImages();
        double first = 0, last = 0;
        for (int step = 0; step < 160; step++) {
            double mse = m.trainStep(batch, step).get("mse");
            if (step < 10) first += mse / 10;
            if (step >= 150) last += mse / 10;
        }
        assertTrue(last < 0.3 && last < first / 3, "mean MSE of the last 10 steps on 8 images: " + last + " (first 10: " + first + ")");
        assertTheSamplesFollowThePrompt(m);
    }

    /** Four samples each of "a dark square" and "a light square" from the same noise: every dark one darker than every light one. */
    public static void assertTheSamplesFollowThePrompt(DiffusionModel m) {
        double[] c = centres(m.generate(prompts(8, "a dark square | a light square", "steps", "20", "weights", "raw"), TraceSink.NONE));
        double darkest = -1, lightest = 1, gap = 0;
        for (int i = 0; i < c.length; i++) {
            if (i % 2 == 0) darkest = Math.max(darkest, c[i]);
            else lightest = Math.min(lightest, c[i]);
            gap += (i % 2 == 0 ? -c[i] : c[i]) / (c.length / 2.0);
        }
        assertTrue(darkest < lightest && gap > 0.6, "the centres of the samples of \"a dark square\" (even) and of"
                + " \"a light square\" (odd): " + java.util.Arrays.toString(c));
    }

    @Test
    void guidanceMixesThePromptWithTheEmptyPromptAndScaleOneIsThePromptAlone() {
        assertGuidanceMixesThePromptWithTheEmptyPrompt(model(Map.of("timesteps", 50)));
    }

    /** Guidance 1 and 3 through the model equal the reverse process run on the model's predictions per prompt. */
    public static void assertGuidanceMixesThePromptWithTheEmptyPrompt(DiffusionModel m) {
        for (int i = 0; i < 3; i++) m.trainStep(eightCaptionedImages(), i);   // off any zero start
        List<String> table = List.of("a dark square", "a light square", "");
        for (String w : List.of("1", "3")) {
            Tensor viaModel = m.generate(prompts(2, "a dark square | a light square", "steps", "5", "guidance", w, "weights", "raw"), TraceSink.NONE);
            SamplerSettings settings = SamplerSettings.parse(Map.of("steps", "5", "guidance", w), m.schedule());
            Denoiser byPrompt = (x, shape, t, ids) -> {
                List<String> rows = new ArrayList<>();
                for (int id : ids) rows.add(table.get(id));
                return m.predict(x, shape, t, rows);
            };
            Tensor direct = new ReverseProcess(m.schedule(), settings, 2, 1f).run(byPrompt,
                    ReverseProcess.startNoise(new int[]{2, 1, 8, 8}, 5), new int[]{0, 1}, 5, TraceSink.NONE);
            assertArrayEquals(direct.data(), viaModel.data(), "guidance " + w);
        }
    }

    @Test
    void aCheckpointKeepsTheWeightsAndTheVocabulary() throws Exception {
        assertACheckpointKeepsTheWeightsAndTheVocabulary(model(Map.of("timesteps", 50)), UNetSTextProvider.NAME, Map.of("timesteps", 50, "width", 8));
    }

    /** {@code a}'s state and data shape, through JSON, make a model of {@code name} that samples and trains on exactly as {@code a}. */
    public static void assertACheckpointKeepsTheWeightsAndTheVocabulary(DiffusionModel a, String name, Map<String, Object> options) throws Exception {
        for (int i = 0; i < 3; i++) a.trainStep(eightCaptionedImages(), i);
        DataShape read = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(a.info().shape()), DataShape.class);
        assertEquals(SHAPE, read);
        GenerativeModel b = ModelRegistry.discover().get(name).create(read, options, 9);
        b.restore(a.state());
        GenerationRequest req = prompts(2, "a dark square | a light square", "steps", "6");
        assertArrayEquals(a.generate(req, TraceSink.NONE).data(), b.generate(req, TraceSink.NONE).data());
        assertEquals(a.trainStep(eightCaptionedImages(), 3), b.trainStep(eightCaptionedImages(), 3), "optimiser and EMA state restored");
    }

    @Test
    void aSnapshotDrawsTheCaptionsOfTheFirstImagesLabelledWithTheirClasses() {
        DiffusionModel m = model(Map.of("timesteps", 50));
        GenerativeModel.Preview p = m.preview(3, 7, eightCaptionedImages());
        assertEquals(3, p.request().count());
        assertArrayEquals(new int[]{0, 1, 2}, p.request().labels(), "one prompt per sample");
        assertEquals("a dark square | a light square | a dark square", p.request().options().get(DiffusionModel.PROMPT));
        assertArrayEquals(new int[]{0, 1, 0}, p.labels(), "the classes of the captioned images");
        assertEquals(3, m.generate(p.request().withOptions(new java.util.HashMap<>(Map.of(DiffusionModel.PROMPT,
                p.request().options().get(DiffusionModel.PROMPT), "steps", "2"))), TraceSink.NONE).shape()[0]);
    }

    @Test
    void aManifestFromBeforeCaptionsReadsAsDataWithoutVocabulary() throws Exception {
        String old = "{\"kind\":\"IMAGES\",\"channels\":1,\"height\":28,\"width\":28,\"numClasses\":2,\"classNames\":[\"a\",\"b\"]}";
        DataShape s = Json.MAPPER.readValue(old, DataShape.class);
        assertEquals(DataShape.images(1, 28, 28, List.of("a", "b")), s);
        assertFalse(s.captioned());
        assertThrows(Exception.class, () -> Json.MAPPER.readValue(old.replace("}", ",\"colour\":1}"), DataShape.class),
                "still strict about unknown keys");
    }

    @Test
    void onlyCaptionedDataCanBeLearnt() {
        var provider = ModelRegistry.discover().get(UNetSTextProvider.NAME);
        assertTrue(provider.supports(SHAPE));
        DataShape uncaptioned = DataShape.images(1, 8, 8, List.of("dark", "light"));
        assertFalse(provider.supports(uncaptioned));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> provider.create(uncaptioned, Map.of(), 1));
        assertTrue(e.getMessage().contains("captions"), e.getMessage());
    }

    @Test
    void badPromptsAreClearErrors() {
        DiffusionModel m = model(Map.of("timesteps", 50));
        assertMessage(m, prompts(1, "green squares nearby", "steps", "2"), "knows none of the words of \"green squares nearby\"");
        assertMessage(m, GenerationRequest.ofClass(1, 0, 1).withOptions(Map.of("steps", "2")), "give one");
        assertMessage(m, GenerationRequest.ofClass(1, 1, 1).withOptions(Map.of("steps", "2", DiffusionModel.PROMPT, "a dark square")),
                "prompt 1 does not exist");
        assertMessage(m, prompts(1, "a " + "dark ".repeat(40), "steps", "2"), "at most 32");
        GenerativeModel classModel = ModelRegistry.discover().get("unet-s").create(SHAPE, Map.of("timesteps", 50), 1);
        assertMessage(classModel, prompts(1, "a dark square", "steps", "2"), "not on a prompt");
    }

    private static void assertMessage(GenerativeModel m, GenerationRequest r, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.generate(r, TraceSink.NONE));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
