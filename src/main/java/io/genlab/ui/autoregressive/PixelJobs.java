package io.genlab.ui.autoregressive;

import io.genlab.autoregressive.PixelCnnModel;
import io.genlab.data.ImageDataset;
import io.genlab.train.GenerationRequest;
import io.genlab.train.ModelInfo;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.LatestJob;
import io.genlab.ui.widgets.ModelWorker;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Autoregressive view's jobs and what their callbacks show: the values of a generation as they
 * are drawn, then its whole trace; a completion's progress, then its pictures; a clicked pixel's
 * receptive field; the test images. Only the latest job of each kind counts. Use it on the UI thread only.
 */
final class PixelJobs implements AutoCloseable {
    private final PixelRunner runner;
    private final PixelForm form;
    private final PixelTracePanel trace;
    private final CompletionPanel completion;
    private final Problems problems;
    private final LatestJob sampling = new LatestJob();        // reading the model, generating, completing
    private final LatestJob field = new LatestJob();
    private final LatestJob images = new LatestJob();

    PixelJobs(PixelRunner runner, PixelForm form, PixelTracePanel trace, CompletionPanel completion, Problems problems) {
        this.runner = runner;
        this.form = form;
        this.trace = trace;
        this.completion = completion;
        this.problems = problems;
    }

    /** Reads what the model is; {@code onInfo} runs unless another job started meanwhile. */
    void info(PixelCnnModel model, Consumer<ModelInfo> onInfo) {
        sampling.start(t -> runner.info(model, t.only((ModelInfo info) -> {
            t.end();
            onInfo.accept(info);
        }), t.only(e -> {
            t.end();
            problems.report("Reading the model", e);
        })));
    }

    /**
     * Generates with the request, showing each value as it is drawn, then the whole trace.
     *
     * @param sampleNames one name per sample, for the sample chooser
     */
    void generate(PixelCnnModel model, GenerationRequest request, List<String> sampleNames) {
        trace.start(sampleNames, "Starting…");
        form.setRunning(true, true);
        form.status.setText("Generating…");
        PixelTrace into = new PixelTrace();
        sampling.start(t -> runner.generate(model, request, into, new PixelRunner.Listener<>() {
            @Override
            public void progress(TraceFrame newest, long elapsedNanos) {
                if (t.isLatest()) trace.showLive(newest, elapsedNanos);
            }

            @Override
            public void done(PixelTrace result) {
                if (t.isLatest()) ended(t, "Done.", result);
            }

            @Override
            public void failed(Exception e) {
                if (!t.isLatest()) return;
                ended(t, "Stopped by an error.", into);
                problems.report("Generating", e);
            }

            @Override
            public void cancelled() {
                if (t.isLatest()) ended(t, "Cancelled.", into);
            }
        }));
    }

    private void ended(LatestJob.Ticket t, String message, PixelTrace drawn) {
        finished(t, message);
        trace.show(drawn);
    }

    /** Completes test image {@code index} from its top {@code rows} rows, {@code count} times. */
    void complete(PixelCnnModel model, ImageDataset data, int index, int rows, PixelSettings settings, int count, String title) {
        form.setRunning(true, true);
        form.status.setText("Completing…");
        sampling.start(t -> runner.complete(model, data, index, rows, settings, count, new PixelRunner.Listener<>() {
            @Override
            public void progress(TraceFrame newest, long elapsedNanos) {
                if (t.isLatest()) completion.showProgress(newest.index() + 1, newest.total(), elapsedNanos);
            }

            @Override
            public void done(PixelRunner.Completed done) {
                if (!t.isLatest()) return;
                finished(t, "Done.");
                completion.showCompleted(done, title, String.format(Locale.ROOT, "%d completions: %,d network passes in %.1f s (%.1f ms per pass)",
                        count, done.passes(), done.elapsedNanos() / 1e9, done.elapsedNanos() / 1e6 / Math.max(1, done.passes())));
            }

            @Override
            public void failed(Exception e) {
                if (!t.isLatest()) return;
                finished(t, "Stopped by an error.");
                completion.showStopped("The completion stopped: " + Problems.describe(e));
                problems.report("Completing", e);
            }

            @Override
            public void cancelled() {
                if (!t.isLatest()) return;
                finished(t, "Cancelled.");
                completion.showStopped("The completion was cancelled.");
            }
        }));
    }

    /** Works out the receptive field of pixel (row, col) and shows it over the canvas. */
    void field(PixelCnnModel model, int row, int col) {
        trace.fieldPane().showMessage(String.format(Locale.ROOT, "Working out what pixel (%d, %d) sees…%s", row, col,
                sampling.running() ? " (after the running job: the model does one thing at a time)" : ""));
        field.start(t -> runner.field(model, row, col, t.only((boolean[] pixels) -> {
            t.end();
            trace.showField(row, col, pixels);
        }), t.only(e -> {
            t.end();
            trace.fieldPane().showMessage("No receptive field: " + Problems.describe(e));
        })));
    }

    /** Loads the test images to complete; {@code onImages} gets them unless the model changed meanwhile. */
    void loadImages(PixelRunner.ImageSource source, ModelInfo info, Consumer<ImageDataset> onImages) {
        completion.clear("Loading the test images…");
        images.start(t -> runner.loadImages(source, info, t.only((ImageDataset data) -> {
            t.end();
            onImages.accept(data);
        }), t.only(e -> {
            t.end();
            completion.clear("No test images: " + Problems.describe(e));
            problems.report("Loading the test images", e);
        })));
    }

    /** The worker the test images load on. */
    ModelWorker imageWorker() { return runner.dataWorker(); }

    /** Whether the test images are loading. */
    boolean loadingImages() { return images.running(); }

    /** Whether a generation, completion or receptive field is still running (or the model being read). */
    boolean busy() { return sampling.running() || field.running(); }

    /** Asks the running generation or completion to stop; it says so when it has. */
    void cancel() {
        sampling.cancel();
    }

    /** Stops every job and ignores what they still report (the model changed). */
    void forget() {
        sampling.forget();
        field.forget();
        images.forget();
    }

    private void finished(LatestJob.Ticket t, String message) {
        t.end();
        form.setRunning(false, true);
        form.status.setText(message);
    }

    @Override
    public void close() {
        forget();
        runner.close();
    }
}
