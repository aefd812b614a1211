package io.genlab.ui.race;

import io.genlab.eval.race.LaneHead;
import io.genlab.eval.race.LaneRecording;
import io.genlab.eval.race.RaceRecording;
import io.genlab.eval.race.RaceSettings;
import io.genlab.eval.race.RaceTexts;
import io.genlab.ui.widgets.LatestJob;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records a race on the UI thread's side: the lanes one after another, each a job of its own on the
 * model worker, so that every model runs alone; the running lane shown live, the finished ones with
 * their pictures and times. A lane that cannot run shows why and the next one starts. Cancel stops
 * the running lane within one frame and the lanes after it do not run. Use it on the UI thread only.
 */
final class RaceJobs {
    private final RaceRunner runner;
    private final RaceForm form;
    private final RaceBoard board;
    private final LatestJob latest = new LatestJob();
    private List<LaneHead> heads = List.of();
    private RaceSettings settings;
    private String title;
    private final List<LaneRecording> recorded = new ArrayList<>();
    private final List<LaneRecording.Moment> live = new ArrayList<>();     // the running lane's frames so far
    private int total;                                                         // and its network evaluations
    private Consumer<RaceRecording> then;

    RaceJobs(RaceRunner runner, RaceForm form, RaceBoard board) {
        this.runner = runner;
        this.form = form;
        this.board = board;
    }

    /**
     * Records a race of the lanes in {@code heads}.
     *
     * @param cells how many pictures each lane will draw
     * @param then receives the recording when every lane has run or the race was cancelled
     */
    void race(List<LaneHead> heads, RaceSettings settings, int cells, String title, Consumer<RaceRecording> then) {
        latest.forget();
        this.heads = List.copyOf(heads);
        this.settings = settings;
        this.title = title;
        this.then = then;
        recorded.clear();
        board.startRecording(heads.stream().map(h -> h.waiting(settings)).toList(), cells, title);
        form.setRunning(true);
        next();
    }

    /** Whether a race is being recorded. */
    boolean busy() { return then != null; }

    /** Stops the running lane within one frame; the lanes after it do not run. */
    void cancel() {
        latest.cancel();
    }

    /** Stops the race and ignores what it still reports (the window closes). */
    void forget() {
        latest.forget();
        then = null;
    }

    /** Starts the next lane, or ends the race after the last. */
    private void next() {
        int index = recorded.size();
        if (index == heads.size()) {
            finish(recorded.stream().anyMatch(LaneRecording::finished)
                    ? "Done." : "No lane could run.");
            return;
        }
        LaneHead head = heads.get(index);
        if (!head.ready()) {
            recorded.add(head.waiting(settings));                       // shows its problem; the others still race
            board.showLane(index, recorded.get(index), 0);
            next();
            return;
        }
        live.clear();
        LaneRecording waiting = head.waiting(settings);
        board.showWaiting(index, waiting, "loading and warming up");
        form.progress.setValue(0);
        form.status.setText(RaceTexts.lane(index, heads.size(), head.model()) + ": loading");
        latest.start(ticket -> runner.run(head, settings, new RaceRunner.Listener() {
            @Override
            public void started(int evaluations) {
                if (!ticket.isLatest()) return;
                total = evaluations;
                board.showWaiting(index, waiting, "running");
                form.progress.setMaximum(Math.max(1, evaluations));
                form.status.setText(RaceTexts.lane(index, heads.size(), head.model()) + ": running");
            }

            @Override
            public void frames(List<LaneRecording.Moment> batch) {
                if (!ticket.isLatest() || batch.isEmpty()) return;
                live.addAll(batch);
                LaneRecording.Moment last = batch.get(batch.size() - 1);
                LaneRecording sofar = new LaneRecording(waiting.model(), waiting.family(), waiting.method(), total, live, null, null);
                board.showLane(index, sofar, last.nanos());
                form.progress.setValue(last.evaluations());
            }

            @Override
            public void done(LaneRecording lane) {
                if (!ticket.isLatest()) return;
                ticket.end();
                recorded.add(lane);
                board.showLane(index, lane, Long.MAX_VALUE);
                next();
            }

            @Override
            public void failed(Exception e) {
                if (!ticket.isLatest()) return;
                ticket.end();
                recorded.add(LaneRecording.notRun(waiting.model(), waiting.family(), waiting.method(), RaceTexts.problem(e)));
                board.showLane(index, recorded.get(index), 0);
                next();
            }

            @Override
            public void cancelled() {
                if (!ticket.isLatest()) return;
                ticket.end();
                long shown = live.isEmpty() ? 0 : live.get(live.size() - 1).nanos();
                recorded.add(LaneRecording.notRun(waiting.model(), waiting.family(), waiting.method(),
                        "Cancelled after " + RaceTexts.seconds(shown) + "."));
                for (int k = index + 1; k < heads.size(); k++) {
                    LaneRecording rest = heads.get(k).waiting(settings);
                    recorded.add(rest.problem() != null ? rest
                            : LaneRecording.notRun(rest.model(), rest.family(), rest.method(), "Not run: the race was cancelled."));
                }
                finish("Cancelled.");
            }
        }));
    }

    private void finish(String message) {
        Consumer<RaceRecording> done = then;
        then = null;
        form.setRunning(false);
        form.status.setText(message);
        done.accept(new RaceRecording(title, recorded));
    }
}
