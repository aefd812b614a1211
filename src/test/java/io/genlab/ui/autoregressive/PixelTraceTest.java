package io.genlab.ui.autoregressive;

import io.genlab.autoregressive.PixelCnnModel;
import io.genlab.train.GenerationRequest;
import io.genlab.train.TraceFrame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The compact trace of a pixel-by-pixel generation, the view's sentences about it, and its sampling settings. */
class PixelTraceTest {

    @Test
    void rebuildsTheCanvasOfEveryStepFromTheNewestOne() {
        for (int given : new int[]{0, 2}) {
            List<TraceFrame> frames = RecordedTraces.grey(2, 4, 5, given);
            PixelTrace trace = PixelTrace.of(frames);
            assertEquals(frames.size(), trace.size());
            assertTrue(trace.complete());
            assertEquals(2, trace.samples());
            for (int k = 0; k < frames.size(); k++) {
                assertArrayEquals(frames.get(k).tensors().get("x").data(), trace.canvas(k).data(), "the canvas after value " + k);
                int p = given * 5 + k;
                for (int b = 0; b < 2; b++) assertEquals(RecordedTraces.level(b, p), trace.drawn(k, b));
                TraceFrame rebuilt = trace.frame(k);
                assertEquals(frames.get(k).scalars(), rebuilt.scalars());
                assertArrayEquals(frames.get(k).tensors().get("probabilities").data(), rebuilt.tensors().get("probabilities").data());
            }
        }
    }

    @Test
    void anEvenlyThinnedTraceStillShowsEachKeptStepsCanvas() {
        List<TraceFrame> all = RecordedTraces.grey(1, 6, 6, 0);
        List<TraceFrame> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 7) kept.add(all.get(i));
        kept.add(all.get(all.size() - 1));
        PixelTrace trace = PixelTrace.of(kept);
        for (int k = 0; k < kept.size(); k++) assertArrayEquals(kept.get(k).tensors().get("x").data(), trace.canvas(k).data());
        assertFalse(PixelTrace.of(all.subList(0, 10)).complete(), "a trace that stopped early");
    }

    @Test
    void countsPassesAndTimeAndSaysWhatAPixelSees() {
        List<TraceFrame> frames = RecordedTraces.grey(1, 4, 5, 0);
        PixelTrace untimed = PixelTrace.of(frames);
        assertEquals("20 network passes", PixelTexts.finished(untimed));
        PixelTrace timed = new PixelTrace();
        for (int k = 0; k < 8; k++) timed.add(frames.get(k), (k + 1) * 25_000_000L);
        assertEquals("Stopped after 8 of 20 network passes in 0.2 s (25.0 ms per pass)", PixelTexts.finished(timed));
        assertEquals("8 of 20 network passes, 0.2 s", PixelTexts.running(timed.last()));
        assertEquals("value 8 of 20: pixel (1, 2), at 0.20 s", PixelTexts.position(timed.last(), 1));
        assertEquals("pixel (1, 2): drew 5, p = 0.34", PixelTexts.drawn(timed.last(), 5, 0.3449, 1));
        assertEquals("pixel (1, 2), channel 2: drew 5, p = 0.0012", PixelTexts.drawn(
                new PixelTrace.Step(7, 60, 1, 2, 2, 8, new float[256], -1), 5, 0.0012, 3));

        boolean[] field = new boolean[20];                                  // pixel (2, 2) of a 4x5 image sees row 1 and (2, 0..1)
        for (int p = 5; p < 12; p++) field[p] = true;
        String text = PixelTexts.field(2, 2, field, 5, 1);
        assertTrue(text.startsWith("Pixel (2, 2) sees the 7 tinted pixels:"), text);
        assertTrue(text.contains("5 pixels drawn before it are not tinted: the blind spot"), text);
        assertEquals("sees 7 pixels; 5 drawn before it are in the blind spot", PixelTexts.fieldSummary(2, 2, field, 5));
        boolean[] rowAbove = new boolean[20];                              // pixel (1, 0) sees all of row 0
        for (int p = 0; p < 5; p++) rowAbove[p] = true;
        assertTrue(PixelTexts.field(1, 0, rowAbove, 5, 1).endsWith("has none here."), PixelTexts.field(1, 0, rowAbove, 5, 1));
    }

    @Test
    void settingsBecomeTheRequestAndOptionsThePixelCnnReads() {
        PixelSettings s = new PixelSettings(7, 0.5, PixelSettings.Sampler.NAIVE, PixelSettings.EVERY_CLASS, 5);
        GenerationRequest r = s.request(3);
        assertArrayEquals(new int[]{0, 1, 2, 0, 1}, r.labels());
        assertEquals(7, r.seed());
        assertEquals(Map.of(PixelCnnModel.TEMPERATURE, "0.50", PixelCnnModel.SAMPLER, "naive"), r.options());
        assertArrayEquals(new int[]{2, 2, 2}, new PixelSettings(1, 1, PixelSettings.Sampler.CACHED, 2, 3).request(3).labels());
        assertArrayEquals(new int[]{1, 1}, s.completionRequest(2, 1).labels());
        assertThrows(IllegalArgumentException.class, () -> new PixelSettings(1, 1, PixelSettings.Sampler.CACHED, 3, 2).request(3));
        assertThrows(IllegalArgumentException.class, () -> new PixelSettings(1, 4, PixelSettings.Sampler.CACHED, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new PixelSettings(1, 1, PixelSettings.Sampler.CACHED, 0, 17));
        assertEquals("temperature 0.50, naive sampler, seed 7", s.describe());

        List<String> names = List.of("T-shirt", "Trouser", "Sneaker");
        assertEquals(PixelSettings.EVERY_CLASS, PixelSettings.parseClass("all", names));
        assertEquals(2, PixelSettings.parseClass("sneaker", names));
        assertEquals(1, PixelSettings.parseClass("1", names));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PixelSettings.parseClass("3", names));
        assertEquals("class must be all, a class index 0..2 or a class name (T-shirt, Trouser, Sneaker), got \"3\"", e.getMessage());
    }
}
