package io.genlab.ui.attention;

import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.LatestJob;

import java.util.List;
import java.util.function.Consumer;

/**
 * The Attention view's jobs on the model worker and what their callbacks show: the steps of a
 * generation as they come, progress and status in the form, then every step. Only the latest job's
 * callbacks count. Use it on the UI thread only.
 */
final class AttentionJobs {
    private final AttentionRunner runner;
    private final AttentionForm form;
    private final AttentionFigures figures;
    private final Problems problems;
    private final LatestJob latest = new LatestJob();

    AttentionJobs(AttentionRunner runner, AttentionForm form, AttentionFigures figures, Problems problems) {
        this.runner = runner;
        this.form = form;
        this.figures = figures;
        this.problems = problems;
    }

    /** Reads the model's facts; {@code onFacts} runs unless another job started meanwhile. */
    void facts(GenerativeModel model, Consumer<AttentionRunner.Facts> onFacts) {
        latest.start(ticket -> runner.facts(model, ticket.only(f -> {
            ticket.end();
            onFacts.accept(f);
        }), ticket.only(e -> {
            ticket.end();
            problems.report("Reading the model", e);
        })));
    }

    /**
     * Generates with the request, showing every step as it comes.
     *
     * @param then runs after a generation that finished (not after an error or Cancel)
     */
    void generate(GenerativeModel model, GenerationRequest request, Runnable then) {
        figures.start("Starting…");
        form.setRunning(true, true);
        form.status.setText("Generating…");
        latest.start(ticket -> runner.generate(model, request, new AttentionRunner.Listener() {
            @Override
            public void frames(List<TraceFrame> batch) {
                if (!ticket.isLatest() || batch.isEmpty()) return;
                figures.append(batch);
                form.setHeads(figures.heads());
                TraceFrame last = batch.get(batch.size() - 1);
                form.progress.setMaximum(last.total());
                form.progress.setValue(last.index() + 1);
                form.status.setText(AttentionTexts.step(last));
            }

            @Override
            public void done(List<TraceFrame> frames) {
                if (!ticket.isLatest()) return;
                finished(ticket, "Done: " + frames.size() + " steps.");
                figures.finish(frames);
                form.setHeads(figures.heads());
                then.run();
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
                finished(ticket, "Cancelled after " + figures.steps() + " steps.");
                figures.stopFollowing();
            }
        }));
    }

    /** Whether a generation is running (or the model being read). */
    boolean busy() { return latest.running(); }

    /** Asks the running generation to stop; it says so when it has. */
    void cancel() {
        latest.cancel();
    }

    /** Stops the running job and ignores what it still reports (the model changed). */
    void forget() {
        latest.forget();
    }

    private void finished(LatestJob.Ticket ticket, String message) {
        ticket.end();
        form.setRunning(false, true);
        form.status.setText(message);
    }
}
