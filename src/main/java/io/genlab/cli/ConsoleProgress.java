package io.genlab.cli;

import io.genlab.train.TrainingEvent;
import io.genlab.train.TrainingListener;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a training run's progress: a line with step, losses, examples per second, elapsed
 * time and ETA at most every {@code intervalSeconds}, and every snapshot, checkpoint and ending.
 */
final class ConsoleProgress implements TrainingListener {
    private final PrintWriter out;
    private final double intervalSeconds;
    private long lastPrintNanos;
    private TrainingEvent.StepCompleted lastStep;

    ConsoleProgress(PrintWriter out, double intervalSeconds) {
        this.out = out;
        this.intervalSeconds = intervalSeconds;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.Started s) {
            println(String.format(Locale.ROOT, "training %s (%s, %,d parameters) on %s from step %d; %s",
                    s.model().name(), s.model().family(), s.model().parameters(), s.model().shape(), s.step(), limits(s)));
        } else if (event instanceof TrainingEvent.StepCompleted s) {
            lastStep = s;
            long now = System.nanoTime();
            if (now - lastPrintNanos >= intervalSeconds * 1e9 || s.step() == s.targetSteps()) {
                lastPrintNanos = now;
                println(line(s));
            }
        } else if (event instanceof TrainingEvent.Snapshot s) {
            println("  snapshot at step " + s.step() + ": " + s.file());
        } else if (event instanceof TrainingEvent.CheckpointSaved c) {
            println("  checkpoint at step " + c.step() + ": " + c.dir());
        } else if (event instanceof TrainingEvent.Paused p) {
            println("  paused at step " + p.step());
        } else if (event instanceof TrainingEvent.Resumed r) {
            println("  resumed at step " + r.step());
        } else if (event instanceof TrainingEvent.Finished f) {
            println("finished at step " + f.step() + " (" + f.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + "); last checkpoint " + f.lastCheckpoint());
        } else if (event instanceof TrainingEvent.Failed f) {
            println("FAILED at step " + f.step() + ": " + f.message());
        }
    }

    private static String limits(TrainingEvent.Started s) {
        if (s.targetSteps() > 0 && s.minutes() > 0) return "until step " + s.targetSteps() + " or " + s.minutes() + " minutes";
        return s.targetSteps() > 0 ? "until step " + s.targetSteps() : "for " + s.minutes() + " minutes";
    }

    static String line(TrainingEvent.StepCompleted s) {
        String losses = s.losses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> String.format(Locale.ROOT, "%s %.5f", e.getKey(), e.getValue())).collect(Collectors.joining("  "));
        String step = s.targetSteps() > 0 ? s.step() + "/" + s.targetSteps() : String.valueOf(s.step());
        return String.format(Locale.ROOT, "step %s  %s  %.0f ex/s  elapsed %s  ETA %s", step, losses,
                s.examplesPerSecond(), clock(s.elapsedSeconds()), Double.isFinite(s.etaSeconds()) ? clock(s.etaSeconds()) : "-");
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    private void println(String s) {
        out.println(s);
        out.flush();
    }
}
