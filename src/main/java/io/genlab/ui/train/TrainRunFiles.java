package io.genlab.ui.train;

import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.train.RunHistory;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.LossChart;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Train view's Open… and Save as…: reads a run's history, or copies the run shown, on the
 * training worker (so it never overlaps a session) with the view BUSY meanwhile, and shows the
 * result, unless the view has moved on since.
 */
final class TrainRunFiles {
    private final WorkbenchContext context;
    private final TrainingController controller;
    private final TrainState state;
    private final TrainSettings settings;
    private final TrainControls controls;
    private final RunFolderBox folder;
    private final LossChart chart;
    private final SnapshotScrubber scrubber;
    private final Runnable update;

    /** @param update sets the buttons from the state (the view's) */
    TrainRunFiles(WorkbenchContext context, TrainingController controller, TrainState state, TrainSettings settings,
                  TrainControls controls, RunFolderBox folder, LossChart chart, SnapshotScrubber scrubber, Runnable update) {
        this.context = context;
        this.controller = controller;
        this.state = state;
        this.settings = settings;
        this.controls = controls;
        this.folder = folder;
        this.chart = chart;
        this.scrubber = scrubber;
        this.update = update;
    }

    /** Shows a run folder's curves and snapshots; Continue then trains it further if its checkpoint allows. */
    void open(Path dir) {
        if (!state.idle()) return;
        long ticket = state.beginBusy();
        controls.setStatus("Reading " + dir + "…");
        update.run();
        controller.submit(job -> RunHistory.read(dir, context.registry()), h -> {
            if (state.endBusy(ticket)) showHistory(h);
        }, e -> {
            if (!state.endBusy(ticket)) return;
            controls.setStatus("Could not open " + dir.getFileName() + ".");
            context.problems().report("Opening the run " + dir, e);
            update.run();
        });
    }

    private void showHistory(RunHistory h) {
        RunConfig config = h.run().config();
        state.run = h.run().dir();
        state.chosenFolder = null;
        state.hasCheckpoint = h.checkpoint().isPresent();
        state.cannotContinue = h.cannotContinue().filter(why -> state.hasCheckpoint).orElse(null);
        state.readOnly = state.run.toAbsolutePath().normalize().startsWith(context.pretrainedFolder().toAbsolutePath().normalize());
        state.modelKnown = settings.modelNames().contains(config.model());
        settings.showRun(config);
        long at = h.checkpointStep().orElse(h.lastStep());
        settings.setSteps(config.steps() > at ? config.steps() : at + settings.roundSteps());
        chart.load(h.metrics());
        scrubber.load(h.snapshots(), h.shape(), config.steps());
        controls.showProgress(h.lastStep(), config.steps());
        controls.setStatus(state.openedText(at));
        folder.show(state.run, null);
        update.run();
    }

    void saveAs(Component parent) {
        if (!state.idle()) return;
        Optional<Path> target;
        try {
            target = folder.chooseNewFolder(parent, state.run == null ? "Folder for the new run" : "Copy the run to a new folder");
        } catch (java.io.IOException e) {
            context.problems().report("Choosing the run folder", e);
            return;
        }
        if (target.isEmpty()) return;
        if (state.run == null) {
            state.chosenFolder = target.get();
            folder.show(null, state.chosenFolder);
            return;
        }
        copy(target.get());
    }

    /** Copies the run shown to {@code target}, which becomes the run shown; Continue then trains the copy. */
    void copy(Path target) {
        if (!state.idle() || state.run == null) return;
        Path from = state.run;
        long ticket = state.beginBusy();
        controls.setStatus("Copying " + from.getFileName() + " to " + target + "…");
        update.run();
        controller.submit(job -> RunFolder.open(from).copyTo(target), copy -> {
            if (!state.endBusy(ticket)) return;
            state.run = copy.dir();
            state.readOnly = false;
            folder.show(state.run, null);
            controls.setStatus("Saved a copy as " + state.run + "; training continues there.");
            update.run();
        }, e -> {
            if (!state.endBusy(ticket)) return;
            controls.setStatus("Could not copy " + from.getFileName() + ".");
            context.problems().report("Saving the run as " + target, e);
            update.run();
        });
    }
}
