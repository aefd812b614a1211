package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.diffusion.AttentionRecorder;
import io.genlab.text.Tokenizer;
import io.genlab.train.TraceFrame;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The pictures of a prompt: labelled vectors, and each word's share of the attention beside its map. */
class PromptPicturesTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(List.of("circle", "red"));

    @Test
    void unknownWordsAreLabelledWithTheTokenTheyBecome() {
        Tokenizer.Tokens tokens = TOKENIZER.encode("red zebra circle");
        assertEquals(List.of("red", "zebra \u2192 <unk>", "circle"), PromptPictures.labels(tokens));
        BufferedImage v = PromptPictures.vectors(new Tensor(new float[3 * 64], new int[]{3, 64}), tokens, "embedded", Theme.LIGHT);
        assertTrue(v.getWidth() > 64 * PromptPictures.VECTOR_CELL_WIDTH, "the map, its labels and its colour bar");
        assertThrows(IllegalArgumentException.class,
                () -> PromptPictures.vectors(new Tensor(new float[64], new int[]{1, 64}), tokens, "embedded", Theme.LIGHT));
    }

    @Test
    void aWordsShareIsTheMeanOfItsMapAndTheSharesSumToOne() {
        // one sample, one head, a 2x2 grid, two tokens: the top row reads token 0 only, the bottom row both evenly
        float[] w = {1, 0, 1, 0, 0.5f, 0.5f, 0.5f, 0.5f};                     // [1, 1, 4, 2]
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("x0", new Tensor(new float[3 * 4 * 4], new int[]{1, 3, 4, 4}));
        tensors.put(AttentionRecorder.CROSS_PREFIX + "mid", new Tensor(w, new int[]{1, 1, 4, 2}));
        TraceFrame frame = new TraceFrame(0, 1, "t=0", tensors, Map.of());
        assertEquals(0.75, PromptPictures.share(frame, 0, 0), 1e-6);
        assertEquals(0.25, PromptPictures.share(frame, 0, 1), 1e-6);
        Tokenizer.Tokens tokens = TOKENIZER.encode("red zebra");
        BufferedImage one = PromptPictures.words(frame, "x0", "x0", 0, tokens, null, Theme.LIGHT);
        BufferedImage row = PromptPictures.words(frame, "x0", "x0", 0, tokens, 1, 2, "a title", Theme.LIGHT);
        assertTrue(row.getHeight() > one.getHeight(), "one cell a row stacks the picture and the two words");
    }
}
