package io.genlab.ui.text;

import io.genlab.text.Tokenizer;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.LatestJob;

import java.util.List;
import java.util.function.Consumer;

/**
 * The Text view's jobs on the model worker and what their callbacks show: the model's facts, a
 * generation's steps as they come with progress and status in the form, then every step; and,
 * apart from them, the encoding of the prompt as typed, so that typing never cancels a
 * generation. Only the latest job of each kind counts. Use it on the UI thread only.
 */
final class TextJobs {
    private final TextRunner runner;
    private final TextForm form;
    private final TextFigures figures;
    private final Problems problems;
    private final LatestJob work = new LatestJob();              // reading a model, generating
    private final LatestJob encoding = new LatestJob();

    TextJobs(TextRunner runner, TextForm form, TextFigures figures, Problems problems) {
        this.runner = runner;
        this.form = form;
        this.figures = figures;
        this.problems = problems;
    }

    /** Reads the model's facts; {@code onFacts} runs unless another job started meanwhile. */
    void facts(GenerativeModel model, Consumer<TextRunner.Facts> onFacts) {
        work.start(ticket -> runner.facts(model, ticket.only(f -> {
            ticket.end();
            onFacts.accept(f);
        }), ticket.only(e -> {
            ticket.end();
            problems.report("Reading the model", e);
        })));
    }

    /** Encodes the prompt and shows its vectors, unless a later prompt is being encoded by then. */
    void encode(GenerativeModel model, String prompt) {
        encoding.start(ticket -> runner.encode(model, prompt, ticket.only(e -> {
            ticket.end();
            figures.showEncoding(e);
        }), ticket.only(e -> {
            ticket.end();
            figures.clearEncoding("The model could not read this prompt: " + e.getMessage());
        })));
    }

    /**
     * Generates with the request, showing every traced step as it comes.
     *
     * @param tokens the prompt's tokens, whose words the maps are of
     * @param title  the generation's title for the exports
     */
    void generate(GenerativeModel model, GenerationRequest request, Tokenizer.Tokens tokens, String title) {
        figures.start(tokens, request.count(), title);
        form.setRunning(true, true);
        form.status.setText("Generating…");
        work.start(ticket -> runner.generate(model, request, tokens.length(), new TextRunner.Listener() {
            private TraceFrame newest;

            @Override
            public void frames(List<TraceFrame> batch) {
                if (!ticket.isLatest() || batch.isEmpty()) return;
                figures.append(batch);
                newest = batch.get(batch.size() - 1);
                form.progress.setMaximum(newest.total());
                form.progress.setValue(newest.index() + 1);
                form.status.setText(TextTexts.step(newest));
            }

            @Override
            public void done(List<TraceFrame> frames) {
                if (!ticket.isLatest()) return;
                finished(ticket, frames.isEmpty() ? "Done." : "Done: " + frames.get(frames.size() - 1).total() + " steps.");
                figures.finish(frames);
            }

            @Override
            public void failed(Exception e) {
                if (!ticket.isLatest()) return;
                finished(ticket, "Stopped by an error.");
                figures.stopFollowing();
                problems.report("Generating", e);
            }

            @Override
            public void cancelled() {
                if (!ticket.isLatest()) return;
                finished(ticket, newest == null ? "Cancelled." : "Cancelled at " + TextTexts.step(newest) + ".");
                figures.stopFollowing();
            }
        }));
    }

    /** Whether a generation is running (or the model being read). */
    boolean busy() { return work.running(); }

    /** Asks the running generation to stop; it says so when it has. */
    void cancel() {
        work.cancel();
    }

    /** Stops every job and ignores what they still report (the model changed). */
    void forget() {
        work.forget();
        encoding.forget();
    }

    private void finished(LatestJob.Ticket ticket, String message) {
        ticket.end();
        form.setRunning(false, true);
        form.status.setText(message);
    }
}
