package io.genlab.transformer;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;
import io.genlab.diffusion.AttentionRecorder;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.diffusion.TextDiffusionModelTest;
import io.genlab.text.Tokenizer;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.genlab.diffusion.TextDiffusionModelTest.SHAPE;
import static io.genlab.diffusion.TextDiffusionModelTest.eightCaptionedImages;
import static io.genlab.diffusion.TextDiffusionModelTest.prompts;
import static org.junit.jupiter.api.Assertions.*;

/**
 * dit-s-text as a model: it learns captions, follows prompts, guides with the empty prompt, keeps
 * its vocabulary and shows where each word is read, on unet-s-text's eight captioned 8x8 images
 * (4 tokens).
 */
class TextDiTSModelTest {
    /** A small dit-s-text (width 32, two blocks) keeps the tests quick. */
    private static DiffusionModel model(Map<String, Object> options) {
        Map<String, Object> small = new java.util.HashMap<>(options);
        small.put("width", 32);
        small.put("depth", 2);
        return (DiffusionModel) ModelRegistry.discover().get(DiTSTextProvider.NAME).create(SHAPE, small, 3);
    }

    @Test
    void isRegisteredAsTheTransformerFamilyWithCrossAttentionInEveryBlock() {
        List<String> vocabulary = Tokenizer.vocabularyOf(List.of("a large red circle", "a small blue square"));
        DataShape shapes = DataShape.images(3, 32, 32, List.of("one", "two"), vocabulary);
        GenerativeModel text = ModelRegistry.discover().get(DiTSTextProvider.NAME).create(shapes, Map.of(), 0);
        GenerativeModel classes = ModelRegistry.discover().get(DiTSProvider.NAME).create(shapes, Map.of(), 0);
        int d = DiTS.DIM, w = 64, ids = 3 + vocabulary.size();
        long encoder = (long) ids * w + Tokenizer.MAX_TOKENS * w + 2 * ((4L * w * w + 4 * w) + (2L * w * 4 * w + 5 * w));
        long crossAttention = 2L * d * d + 2L * d * w + 4 * d;
        assertEquals(classes.info().parameters() - 3L * d + encoder + ((long) w * d + d) + DiTS.DEPTH * crossAttention,
                text.info().parameters(), "dit-s without its class table, with the text encoder, text.pool and six cross-attentions");
        assertEquals("transformer", text.info().family());
        assertTrue(ModelRegistry.discover().get(DiTSTextProvider.NAME).textConditioned());
        assertFalse(ModelRegistry.discover().get(DiTSTextProvider.NAME).supports(DataShape.images(1, 8, 8, List.of("dark", "light"))),
                "data without captions");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelRegistry.discover().get(DiTSTextProvider.NAME)
                .create(DataShape.images(1, 8, 8, List.of("dark", "light")), Map.of(), 0));
        assertTrue(e.getMessage().contains("learns from captions"), e.getMessage());
    }

    /**
     * The cosine schedule takes the last step to pure noise, where sampling starts: with 100
     * linear steps the images are still a third there, and a sampler starting from pure noise is
     * asked about inputs the model never saw.
     */
    @Test
    void learnsEightCaptionedImagesAndDrawsWhatThePromptSays() {
        DiffusionModel m = model(Map.of("lr", 2e-3, "timesteps", 100, "schedule", "cosine"));
        Batch batch = eightCaptionedImages();
        double first = 0, last = 0;
        for (int step = 0; step < 800; step++) {
            double mse = m.trainStep(batch, step).get("mse");
            if (step < 10) first += mse / 10;
            if (step >= 790) last += mse / 10;
        }
        assertTrue(last < 0.1 && last < first / 5, "mean MSE of the last 10 steps on 8 images: " + last + " (first 10: " + first + ")");
        TextDiffusionModelTest.assertTheSamplesFollowThePrompt(m);
    }

    @Test
    void guidanceMixesThePromptWithTheEmptyPromptAndScaleOneIsThePromptAlone() {
        TextDiffusionModelTest.assertGuidanceMixesThePromptWithTheEmptyPrompt(model(Map.of("timesteps", 50)));
    }

    @Test
    void aCheckpointKeepsTheWeightsAndTheVocabulary() throws Exception {
        TextDiffusionModelTest.assertACheckpointKeepsTheWeightsAndTheVocabulary(model(Map.of("timesteps", 50)), DiTSTextProvider.NAME,
                Map.of("timesteps", 50, "width", 32, "depth", 2));
    }

    @Test
    void theTraceShowsWhereEachBlockReadsEachWord() {
        DiffusionModel m = model(Map.of("timesteps", 50));
        for (int i = 0; i < 3; i++) m.trainStep(eightCaptionedImages(), i);
        List<TraceFrame> frames = new ArrayList<>();
        m.generate(prompts(3, "a dark square | a light square", "steps", "3", AttentionRecorder.CROSS_OPTION, "all"), frames::add);
        assertEquals(3, frames.size());
        for (TraceFrame f : frames) {
            for (int block = 0; block < 2; block++) {
                Tensor w = f.tensors().get(AttentionRecorder.CROSS_PREFIX + "blocks." + block + ".xattn");
                assertArrayEquals(new int[]{3, 4, 4, Tokenizer.MAX_TOKENS}, w.shape(), "3 samples, 4 heads, 4 image tokens, the prompt's slots");
                for (int row = 0; row < 3 * 4 * 4; row++) {
                    double sum = 0, padding = 0;
                    for (int k = 0; k < Tokenizer.MAX_TOKENS; k++) {
                        sum += w.data()[row * Tokenizer.MAX_TOKENS + k];
                        if (k >= 3) padding += w.data()[row * Tokenizer.MAX_TOKENS + k];
                    }
                    assertEquals(1, sum, 1e-5);
                    assertEquals(0, padding, 0, "three words, then padding nobody reads");
                }
            }
        }
    }
}
