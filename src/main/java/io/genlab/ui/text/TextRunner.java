package io.genlab.ui.text;

import io.genlab.data.Tensor;
import io.genlab.diffusion.AttentionRecorder;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.text.PromptEncoding;
import io.genlab.text.Tokenizer;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceFrame;
import io.genlab.ui.widgets.Coalescer;
import io.genlab.ui.widgets.ModelWorker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs the Text view's work on the model's worker: reading whether a model reads text, how it
 * encodes a prompt, and a generation whose traced steps reach the UI thread a few times a second,
 * each cut down to what the view draws. It holds no view state; every callback runs on the UI
 * executor, and a generation stops within one sampler step of being cancelled.
 */
final class TextRunner {
    private static final long FRAME_INTERVAL_MILLIS = 100;
    private final ModelWorker worker;
    private final Executor ui;

    TextRunner(ModelWorker worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    /**
     * What the view needs to know of a model: what it is and its tokenizer (null: it does not read
     * text). The tokenizer is immutable, so the UI thread may use it.
     */
    record Facts(ModelInfo info, Tokenizer tokenizer) {
        /** Whether the view can show this model: a diffusion model of images that reads prompts. */
        boolean readsText() {
            return tokenizer != null && info.shape().kind() == DataShape.Kind.IMAGES;
        }
    }

    /** Hears how a generation goes; all on the UI thread. */
    interface Listener {
        /** Every new traced step, in order, a few times a second while the model works. */
        void frames(List<TraceFrame> batch);

        /** Every traced step of the finished generation. */
        void done(List<TraceFrame> frames);

        void failed(Exception e);

        void cancelled();
    }

    ModelWorker.Job facts(GenerativeModel model, Consumer<Facts> onResult, Consumer<Exception> onError) {
        return worker.submit(job -> new Facts(model.info(),
                model instanceof DiffusionModel d ? d.tokenizer().orElse(null) : null), onResult, onError);
    }

    /** How the model's text encoder reads the prompt (the model must read text). */
    ModelWorker.Job encode(GenerativeModel model, String prompt, Consumer<PromptEncoding> onResult, Consumer<Exception> onError) {
        return worker.submit(job -> ((DiffusionModel) model).encode(prompt), onResult, onError);
    }

    /**
     * Generates with the request (which asks for cross-attention), handing the listener each step
     * that holds it, {@link #slim cut down} to the prompt's {@code tokens}.
     */
    ModelWorker.Job generate(GenerativeModel model, GenerationRequest request, int tokens, Listener listener) {
        Coalescer<TraceFrame> live = new Coalescer<>(ui, FRAME_INTERVAL_MILLIS, listener::frames);
        return worker.submit(job -> {
            List<TraceFrame> frames = new ArrayList<>();
            model.generate(request, frame -> {
                job.checkCancelled();
                if (frame.tensors().keySet().stream().noneMatch(k -> k.startsWith(AttentionRecorder.CROSS_PREFIX))) return;
                TraceFrame kept = slim(frame, tokens);
                frames.add(kept);
                live.publish(kept);
            });
            return List.copyOf(frames);
        }, listener::done, listener::failed, listener::cancelled);
    }

    /**
     * The frame with only what the view draws: x_t, x0 and each cross-attention layer's weights
     * for the first {@code tokens} slots, the prompt's (the padding slots get none): a prompt of 12
     * words keeps about a third of a step's numbers.
     */
    static TraceFrame slim(TraceFrame frame, int tokens) {
        Map<String, Tensor> kept = new LinkedHashMap<>();
        for (var e : frame.tensors().entrySet()) {
            String key = e.getKey();
            if (key.equals("x_t") || key.equals("x0")) kept.put(key, e.getValue());
            if (key.startsWith(AttentionRecorder.CROSS_PREFIX)) kept.put(key, firstTokens(e.getValue(), tokens));
        }
        return new TraceFrame(frame.index(), frame.total(), frame.caption(), kept, frame.scalars());
    }

    /** [N, heads, HW, T] weights to [N, heads, HW, tokens]. */
    private static Tensor firstTokens(Tensor weights, int tokens) {
        int[] s = weights.shape();                                             // [N, heads, HW, T]
        int rows = s[0] * s[1] * s[2];
        float[] out = new float[rows * tokens];
        for (int r = 0; r < rows; r++) System.arraycopy(weights.data(), r * s[3], out, r * tokens, tokens);
        return new Tensor(out, new int[]{s[0], s[1], s[2], tokens});
    }
}
