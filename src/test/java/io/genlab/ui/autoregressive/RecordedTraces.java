package io.genlab.ui.autoregressive;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pixel-by-pixel traces made by hand, as a PixelCNN reports them, for tests that need no model. */
final class RecordedTraces {
    private RecordedTraces() {}

    /** The level sample b draws at pixel p: a different ramp for every sample. */
    static int level(int b, int p) {
        return (p * 37 + b * 91) % 256;
    }

    /**
     * A grey generation of {@code samples} samples of h x w pixels from row {@code givenRows} on: one
     * frame per pixel, the canvas so far (given rows filled, undrawn pixels -1) and each sample's
     * distribution, peaked at the level it draws.
     */
    static List<TraceFrame> grey(int samples, int h, int w, int givenRows) {
        List<TraceFrame> frames = new ArrayList<>();
        int start = givenRows * w, total = h * w - start;
        for (int p = start; p < h * w; p++) {
            float[] canvas = new float[samples * h * w];
            float[] probabilities = new float[samples * 256];
            for (int b = 0; b < samples; b++) {
                for (int q = 0; q < h * w; q++) canvas[b * h * w + q] = q <= p ? value(level(b, q)) : -1f;
                double sum = 0;
                for (int l = 0; l < 256; l++) sum += Math.exp(-Math.pow(l - level(b, p), 2) / (50.0 * (b + 1)));
                for (int l = 0; l < 256; l++) {
                    probabilities[b * 256 + l] = (float) (Math.exp(-Math.pow(l - level(b, p), 2) / (50.0 * (b + 1))) / sum);
                }
            }
            frames.add(new TraceFrame(p - start, total, "pixel " + p,
                    Map.of("x", new Tensor(canvas, new int[]{samples, 1, h, w}), "probabilities", new Tensor(probabilities, new int[]{samples, 256})),
                    Map.of("row", (double) (p / w), "column", (double) (p % w), "channel", 0.0, "passes", (double) (p - start + 1))));
        }
        return frames;
    }

    /** A level's value in [-1, 1], as the PixelCNN writes it on its canvas. */
    static float value(int level) {
        return (float) (level / 127.5 - 1);
    }
}
