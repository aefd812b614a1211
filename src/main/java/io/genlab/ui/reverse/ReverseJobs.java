package io.genlab.ui.reverse;

import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.LatestJob;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The Reverse process view's jobs on the model worker and what their callbacks show: live steps
 * in the player, progress and status in the form, the finished trace, the sampler grid cell by
 * cell. Only the latest job's callbacks count. Use it on the UI thread only.
 */
final class ReverseJobs {
    private final ReverseRunner runner;
    private final ReverseForm form;
    private final ReversePlayer player;
    private final SamplerGridTab gridTab;
    private final Problems problems;
    private final LatestJob latest = new LatestJob();

    ReverseJobs(ReverseRunner runner, ReverseForm form, ReversePlayer player, SamplerGridTab gridTab, Problems problems) {
        this.runner = runner;
        this.form = form;
        this.player = player;
        this.gridTab = gridTab;
        this.problems = problems;
    }

    /** Reads the model's facts; {@code onFacts} runs unless another job started meanwhile. */
    void facts(GenerativeModel model, Consumer<ReverseRunner.Facts> onFacts) {
        latest.start(ticket -> runner.facts(model, ticket.only(f -> {
            ticket.end();
            onFacts.accept(f);
        }), e -> {
            ticket.end();
            problems.report("Reading the model", e);
        }));
    }

    /**
     * Generates with the request, showing every step as it comes.
     *
     * @param onTrace gets the finished trace and its title
     * @param then    runs after a generation that finished (not after an error or Cancel)
     */
    void generate(GenerativeModel model, GenerationRequest request, String title,
                  BiConsumer<ReverseRunner.Trace, String> onTrace, Runnable then) {
        player.start(title, request.count(), "Starting…");
        form.setRunning(true, true);
        form.status.setText("Generating…");
        latest.start(ticket -> runner.generate(model, request, new ReverseRunner.TraceListener() {
            @Override
            public void frames(List<TraceFrame> batch) {
                if (!ticket.isLatest() || batch.isEmpty()) return;
                player.append(batch);
                TraceFrame last = batch.get(batch.size() - 1);
                form.progress.setMaximum(last.total());
                form.progress.setValue(last.index() + 1);
                form.status.setText(String.format("step %d of %d, %s", last.index() + 1, last.total(), last.caption()));
            }

            @Override
            public void done(ReverseRunner.Trace trace) {
                if (!ticket.isLatest()) return;
                finished(ticket, "Done: " + trace.steps() + " steps.");
                onTrace.accept(trace, title);
                then.run();
            }

            @Override
            public void failed(Exception e) {
                if (!ticket.isLatest()) return;
                finished(ticket, "Stopped by an error.");
                player.stopFollowing();
                problems.report("Generating", e);
            }

            @Override
            public void cancelled() {
                if (!ticket.isLatest()) return;
                finished(ticket, "Cancelled after " + player.stepsDone() + " steps.");
                player.stopFollowing();
            }
        }));
    }

    /**
     * Runs the sampler grid, {@code samples} samples a cell, drawing each cell when it is done.
     *
     * @param then runs after a grid that finished (not after an error or Cancel)
     */
    void samplerGrid(GenerativeModel model, SamplerGridPlan plan, ReverseSettings settings, int samples, int[] cellShape,
                     Runnable then) {
        form.progress.setMaximum(gridTab.begin(plan, settings, cellShape));
        form.setRunning(true, true);
        form.status.setText("Sampler grid…");
        latest.start(ticket -> runner.samplerGrid(model, plan, settings, samples, new ReverseRunner.GridListener() {
            @Override
            public void progress(List<ReverseRunner.GridProgress> batch) {
                if (!ticket.isLatest()) return;
                int[] p = gridTab.progress(batch);
                if (p == null) return;
                form.progress.setValue(p[0]);
                form.status.setText(String.format("cell %d of %d: step %d of %d", p[1] + 1, plan.cells(), p[2], p[3]));
            }

            @Override
            public void done(ReverseRunner.Grid result) {
                if (!ticket.isLatest()) return;
                finished(ticket, "Sampler grid done.");
                gridTab.show(result);
                then.run();
            }

            @Override
            public void failed(Exception e) {
                if (!ticket.isLatest()) return;
                finished(ticket, "Sampler grid stopped by an error.");
                problems.report("Running the sampler grid", e);
            }

            @Override
            public void cancelled() {
                if (!ticket.isLatest()) return;
                finished(ticket, "Sampler grid cancelled.");
            }
        }));
    }

    /** Asks the running job to stop; it says so when it has. */
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
