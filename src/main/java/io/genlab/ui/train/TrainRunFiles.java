package io.genlab.ui.train;

import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.train.RunHistory;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Train view's Open… and Save as…: reads a run's history, or copies the run shown, on the
 * training worker (so it never overlaps a session) with the view BUSY meanwhile, and shows the
 * result, unless the view has moved on since.
 */
final class TrainRunFiles {
    private final TrainViewParts parts;

    TrainRunFiles(TrainViewParts parts) {
        this.parts = parts;
    }

    /** Shows a run folder's curves and snapshots; Continue then trains it further if its checkpoint allows. */
    void open(Path dir) {
        if (!parts.state().idle()) return;
        long ticket = parts.state().beginBusy();
        parts.controls().setStatus("Reading " + dir + "…");
        parts.showState();
        parts.controller().submit(job -> RunHistory.read(dir, parts.context().registry()), h -> {
            if (parts.state().endBusy(ticket)) showHistory(h);
        }, e -> {
            if (!parts.state().endBusy(ticket)) return;
            parts.controls().setStatus("Could not open " + dir.getFileName() + ".");
            parts.context().problems().report("Opening the run " + dir, e);
            parts.showState();
        });
    }

    private void showHistory(RunHistory h) {
        RunConfig config = h.run().config();
        parts.state().run = h.run().dir();
        parts.state().chosenFolder = null;
        parts.state().hasCheckpoint = h.checkpoint().isPresent();
        parts.state().cannotContinue = h.cannotContinue().filter(why -> parts.state().hasCheckpoint).orElse(null);
        parts.state().readOnly = parts.state().run.toAbsolutePath().normalize().startsWith(parts.context().pretrainedFolder().toAbsolutePath().normalize());
        parts.state().modelKnown = parts.settings().modelNames().contains(config.model());
        parts.settings().showRun(config);
        long at = h.checkpointStep().orElse(h.lastStep());
        parts.settings().setSteps(config.steps() > at ? config.steps() : at + parts.settings().roundSteps());
        parts.chart().load(h.metrics());
        parts.scrubber().load(h.snapshots(), h.shape(), config.steps());
        parts.controls().showProgress(h.lastStep(), config.steps());
        parts.controls().setStatus(parts.state().openedText(at));
        parts.folder().show(parts.state().run, null);
        parts.showState();
    }

    void saveAs(Component parent) {
        if (!parts.state().idle()) return;
        Optional<Path> target;
        try {
            target = parts.folder().chooseNewFolder(parent, parts.state().run == null ? "Folder for the new run" : "Copy the run to a new folder");
        } catch (java.io.IOException e) {
            parts.context().problems().report("Choosing the run folder", e);
            return;
        }
        if (target.isEmpty()) return;
        if (parts.state().run == null) {
            parts.state().chosenFolder = target.get();
            parts.folder().show(null, parts.state().chosenFolder);
            return;
        }
        copy(target.get());
    }

    /** Copies the run shown to {@code target}, which becomes the run shown; Continue then trains the copy. */
    void copy(Path target) {
        if (!parts.state().idle() || parts.state().run == null) return;
        Path from = parts.state().run;
        long ticket = parts.state().beginBusy();
        parts.controls().setStatus("Copying " + from.getFileName() + " to " + target + "…");
        parts.showState();
        parts.controller().submit(job -> RunFolder.open(from).copyTo(target), copy -> {
            if (!parts.state().endBusy(ticket)) return;
            parts.state().run = copy.dir();
            parts.state().readOnly = false;
            parts.folder().show(parts.state().run, null);
            parts.controls().setStatus("Saved a copy as " + parts.state().run + "; training continues there.");
            parts.showState();
        }, e -> {
            if (!parts.state().endBusy(ticket)) return;
            parts.controls().setStatus("Could not copy " + from.getFileName() + ".");
            parts.context().problems().report("Saving the run as " + target, e);
            parts.showState();
        });
    }
}
