package io.genlab.ui.text;

import io.genlab.data.Tensor;
import io.genlab.text.Tokenizer;
import io.genlab.train.TraceFrame;

import java.util.ArrayList;
import java.util.List;

/**
 * The generation the Text view shows and how it is looked at: the prompt's tokens, the traced
 * steps (each frame x_t, x0 and the cross-attention of the prompt's tokens), the step shown, the
 * sample whose words are shown and whether its noisy x_t or its predicted x0 is drawn. It holds no
 * model and draws nothing.
 */
final class TextState {
    private final List<TraceFrame> frames = new ArrayList<>();
    private Tokenizer.Tokens tokens;
    private int samples;
    private String title = "";
    private int step;
    private int sample;
    private boolean noisy;

    /** A new generation of {@code samples} pictures of {@code tokens}' prompt: no steps yet. */
    void start(Tokenizer.Tokens prompt, int count, String generationTitle) {
        frames.clear();
        tokens = prompt;
        samples = count;
        title = generationTitle;
        step = 0;
        sample = Math.min(sample, count - 1);
    }

    /** Forgets the generation. */
    void clear() {
        frames.clear();
        tokens = null;
        samples = 0;
        step = 0;
    }

    void append(List<TraceFrame> batch) {
        frames.addAll(batch);
    }

    /** Replaces the steps received so far with every step of the finished generation. */
    void finish(List<TraceFrame> all) {
        frames.clear();
        frames.addAll(all);
    }

    boolean isEmpty() { return frames.isEmpty(); }

    int size() { return frames.size(); }

    List<TraceFrame> frames() { return List.copyOf(frames); }

    /** The prompt's tokens (null before a generation). */
    Tokenizer.Tokens tokens() { return tokens; }

    int samples() { return samples; }

    /** E.g. "unet-s-text, DDIM, 50 steps, guidance 3, seed 1, 4 samples". */
    String title() { return title; }

    void setStep(int k) { step = Math.max(0, Math.min(frames.size() - 1, k)); }

    int step() { return step; }

    TraceFrame frame() { return frames.get(step); }

    /** Chooses the sample whose words are shown (clamped to those there are). */
    void setSample(int s) { sample = Math.max(0, Math.min(Math.max(0, samples - 1), s)); }

    int sample() { return sample; }

    void setNoisy(boolean value) { noisy = value; }

    /** Whether the pictures are the noisy x_t rather than the predicted x0. */
    boolean noisy() { return noisy; }

    /** The trace tensor the pictures show: "x_t" or "x0". */
    String pictureKey() { return noisy ? "x_t" : "x0"; }

    /** The shown step's pictures [N, C, H, W]. */
    Tensor image() { return frame().tensors().get(pictureKey()); }
}
