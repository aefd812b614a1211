package io.genlab.ui.attention;

import io.genlab.viz.AttentionMaps;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.genlab.ui.attention.RecordedAttention.TOKENS;
import static io.genlab.ui.attention.RecordedAttention.favourite;
import static org.junit.jupiter.api.Assertions.*;

/** The Attention view's state without Swing: the token under a click, the map for each choice, the steps. */
class AttentionStateTest {

    private static AttentionState withTrace(int steps) {
        AttentionState s = new AttentionState();
        s.setLayers(RecordedAttention.LAYERS);
        s.append(RecordedAttention.trace(steps));
        return s;
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    @Test
    void aClickNamesTheTokenUnderItInRasterOrder() {
        assertEquals(0, AttentionState.tokenAt(0, 0, 7));
        assertEquals(24, AttentionState.tokenAt(0.5, 0.5, 7), "the middle of a 7x7 grid");
        assertEquals(6, AttentionState.tokenAt(0.999, 0.01, 7), "top right");
        assertEquals(7 * 3 + 1, AttentionState.tokenAt(0.2, 0.45, 7), "row 3 (0.45 x 7 = 3.15), column 1 (0.2 x 7 = 1.4)");
        assertEquals(48, AttentionState.tokenAt(1.0, 1.0, 7), "the far edge stays on the last token");
        assertEquals(1, AttentionState.tokenAt(0.9, 0.1, 2), "row 0, column 1 of a 2x2 grid");
        assertEquals(3, AttentionState.tokenAt(0.9, 0.6, 2));
    }

    @Test
    void theFirstStepFixesTheGridAndTheHeadsAndTheQueryStartsInTheMiddle() {
        AttentionState s = new AttentionState();
        s.setLayers(RecordedAttention.LAYERS);
        assertTrue(s.isEmpty());
        assertEquals(0, s.side());
        s.append(RecordedAttention.trace(5).subList(0, 2));
        assertEquals(4, s.side());
        assertEquals(RecordedAttention.HEADS, s.heads());
        assertEquals(2 * 4 + 2, s.query(), "the middle patch of a 4x4 grid");
        assertEquals(AttentionState.MEAN, s.head());
        assertEquals(2, s.size());
        s.append(RecordedAttention.trace(5).subList(2, 5));
        assertEquals(5, s.size());
    }

    @Test
    void theMapIsWhereTheQueryLooksInTheChosenLayerHeadAndStep() {
        AttentionState s = withTrace(6);
        s.setStep(3);
        s.setLayer(1);
        s.setHead(1);
        s.setQuery(5);
        assertEquals(favourite(3, 1, 1, 5), argmax(s.map()));
        assertEquals(1, sum(s.map()), 1e-5);
        assertEquals(5, s.outlined(), "the query is outlined");
        s.setHead(AttentionState.MEAN);
        float[] mean = s.map();
        assertEquals(0.25f + 0.5f / TOKENS, mean[favourite(3, 1, 0, 5)], 1e-6, "half of one head's favourite, averaged over 2 heads");
        assertArrayEquals(new AttentionMaps(s.frame().tensors().get("attention/blocks.0.attn")).query(0, 0, 5), s.map(0, 0));
        s.setStep(99);
        assertEquals(5, s.step(), "a step past the last shows the last");
        s.setStep(-3);
        assertEquals(0, s.step());
    }

    @Test
    void attentionReceivedOutlinesNoTokenAndAClickChoosesTheQueryAgain() {
        AttentionState s = withTrace(3);
        s.setMode(AttentionState.Query.RECEIVED);
        assertEquals(-1, s.outlined());
        assertArrayEquals(new AttentionMaps(s.frame().tensors().get("attention/blocks.0.attn")).received(0, AttentionState.MEAN), s.map());
        s.setQuery(7);
        assertEquals(AttentionState.Query.CLICKED, s.mode());
        assertEquals(7, s.outlined());
    }

    @Test
    void thePictureIsTheStepsX0OrItsNoisyXt() {
        AttentionState s = withTrace(4);
        s.setStep(0);
        assertSame(s.frame().tensors().get("x0"), s.image());
        s.setPicture(AttentionState.Picture.XT);
        assertSame(s.frame().tensors().get("x_t"), s.image());
    }

    @Test
    void choicesOutOfRangeAreRefusedAndANewModelForgetsTheSteps() {
        AttentionState s = withTrace(2);
        assertThrows(IllegalArgumentException.class, () -> s.setLayer(2));
        assertThrows(IllegalArgumentException.class, () -> s.setHead(2));
        assertThrows(IllegalArgumentException.class, () -> s.setQuery(TOKENS));
        s.setLayer(1);
        s.setLayers(List.of("mid.attn"));
        assertTrue(s.isEmpty());
        assertEquals(0, s.layer());
    }

    private static double sum(float[] v) {
        double t = 0;
        for (float x : v) t += x;
        return t;
    }
}
