package io.genlab.ui;

import io.genlab.data.DatasetCatalog;
import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.train.RunHistory;
import io.genlab.train.Snapshots;
import io.genlab.train.TrainingEvent;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The Train view: choose a model and a dataset, train it on a worker of its own with Start,
 * Pause, Step and Stop, and watch the loss curves and the samples over training time. Runs are
 * folders written as training goes, the same as {@code genlab train}; an opened run shows its
 * history and can be trained further. "Use this model" hands the run to the other views.
 */
final class TrainView implements WorkbenchView {
    /** What the training session is doing; the buttons follow it. */
    enum Phase { IDLE, STARTING, RUNNING, STOPPING }

    private final WorkbenchContext context;
    private final TrainingController controller;
    private final TrainSettings settings;
    private final TrainControls controls = new TrainControls();
    private final RunFolderBox folder;
    private final LossChart chart = new LossChart();
    private final SnapshotScrubber scrubber = new SnapshotScrubber(chart::markStep);
    private final JPanel panel = new JPanel(new BorderLayout(12, 0));
    private Phase phase = Phase.IDLE;
    private boolean paused, pauseRequested, useWhenSaved, hasCheckpoint;
    private Path run, chosenFolder;

    /** @param runsRoot where new runs go by default, e.g. ~/genlab-runs */
    TrainView(WorkbenchContext context, Path runsRoot) {
        this(context, runsRoot, SwingUtilities::invokeLater);
    }

    /** @param ui where results and training events are delivered: the event dispatch thread, or a test's executor */
    TrainView(WorkbenchContext context, Path runsRoot, Executor ui) {
        this.context = context;
        this.controller = new TrainingController(context.registry(), context.locations(), new ModelWorker("training", ui), ui);
        this.settings = new TrainSettings(context.registry().providers(), DatasetCatalog.available(context.locations()));
        this.folder = new RunFolderBox(runsRoot);
        controller.addListener(this::apply);

        JPanel form = new JPanel(new BorderLayout());
        form.add(settings, BorderLayout.NORTH);
        form.add(folder, BorderLayout.CENTER);
        JPanel left = new JPanel(new BorderLayout());
        left.add(form, BorderLayout.NORTH);
        left.setPreferredSize(new Dimension(320, 10));
        chart.component().setPreferredSize(new Dimension(480, 400));     // equal halves; the divider moves
        scrubber.setPreferredSize(new Dimension(480, 400));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, chart.component(), scrubber);
        split.setResizeWeight(0.5);
        split.setBorder(null);
        JPanel centre = new JPanel(new BorderLayout());
        centre.add(controls, BorderLayout.NORTH);
        centre.add(split, BorderLayout.CENTER);
        panel.setBorder(BorderFactory.createEmptyBorder(4, 16, 16, 16));
        panel.add(left, BorderLayout.WEST);
        panel.add(centre, BorderLayout.CENTER);

        controls.start.addActionListener(e -> start());
        controls.pause.addActionListener(e -> pauseOrResume());
        controls.step.addActionListener(e -> controller.step());
        controls.stop.addActionListener(e -> stop());
        controls.use.addActionListener(e -> useModel());
        folder.newRun.addActionListener(e -> newRun());
        folder.open.addActionListener(e -> folder.chooseRun(panel).ifPresent(this::openRun));
        folder.saveAs.addActionListener(e -> saveAs());
        folder.show(null, null);
        update();
    }

    @Override public String id() { return "train"; }

    @Override public String title() { return "Train"; }

    @Override
    public String explanation() {
        return "Training shows a model thousands of examples and nudges its numbers after each batch so its "
                + "predictions get a little less wrong. The curve on the left is the loss, how wrong the model still "
                + "is: it falls fast at first, then slowly, and it is noisy because every batch is different (the "
                + "thick line is its average). On the right are samples the model draws at regular steps, always "
                + "from the same random seed; drag the slider to watch them go from random guessing, through rough "
                + "patterns, to convincing examples. Pause and Step to train one batch at a time, and press "
                + "\"Use this model\" to explore the half-trained model in the other views.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        return TrainExports.of(chart, scrubber);
    }

    /** The window is closing: stop after the current step; the final checkpoint is still written. */
    @Override
    public void close() {
        controller.close();
    }

    TrainSettings form() { return settings; }
    TrainControls controls() { return controls; }
    RunFolderBox folderBox() { return folder; }
    LossChart chart() { return chart; }
    SnapshotScrubber scrubber() { return scrubber; }
    TrainingController controller() { return controller; }
    Phase phase() { return phase; }
    Optional<Path> run() { return Optional.ofNullable(run); }

    /** Applies a batch of training events in order; called on the UI thread. */
    void apply(List<TrainingEvent> batch) {
        List<TrainingEvent.StepCompleted> steps = new ArrayList<>();
        for (TrainingEvent e : batch) {
            if (e instanceof TrainingEvent.StepCompleted s) {
                steps.add(s);
                continue;
            }
            showSteps(steps);
            if (e instanceof TrainingEvent.Started s) {
                started(s);
            } else if (e instanceof TrainingEvent.Snapshot s) {
                scrubber.add(new Snapshots.Saved(s.step(), s.samples(), s.labels()));
            } else if (e instanceof TrainingEvent.CheckpointSaved) {
                hasCheckpoint = true;
                if (useWhenSaved) openInOtherViews();
            } else if (e instanceof TrainingEvent.Paused p) {
                paused = true;
                controls.showPaused(p.step());
            } else if (e instanceof TrainingEvent.Resumed) {
                paused = false;
                controls.setStatus("Training…");
            } else if (e instanceof TrainingEvent.Finished f) {
                controls.showFinished(f);
                finished(f.step(), f.lastCheckpoint());
            } else if (e instanceof TrainingEvent.Failed f) {
                controls.showFailed(f);
                finished(f.step(), f.lastCheckpoint());
                context.problems().report("Training", new IllegalStateException(f.message()));
            }
        }
        showSteps(steps);
        update();
    }

    private void showSteps(List<TrainingEvent.StepCompleted> steps) {
        if (steps.isEmpty()) return;
        chart.append(steps);
        controls.showProgress(steps.get(steps.size() - 1));
        steps.clear();
    }

    private void started(TrainingEvent.Started s) {
        run = s.runDir();
        settings.lock();
        chart.truncateAfter(s.step());
        scrubber.truncateAfter(s.step());
        scrubber.setRun(s.model().shape(), s.targetSteps());
        folder.show(run, null);
        phase = phase == Phase.STOPPING ? Phase.STOPPING : Phase.RUNNING;
        controls.showStarted(s);
    }

    private void finished(long step, Path checkpoint) {
        phase = Phase.IDLE;
        paused = pauseRequested = false;
        hasCheckpoint = checkpoint != null;
        if (useWhenSaved) {
            if (hasCheckpoint) openInOtherViews();
            else useWhenSaved = false;
        }
        if (settings.steps() <= step) settings.setSteps(step + settings.roundSteps());
    }

    private void start() {
        if (phase != Phase.IDLE) return;
        paused = pauseRequested = false;
        if (run == null) {
            RunConfig config;
            try {
                config = settings.config();
            } catch (IllegalArgumentException e) {
                context.problems().report("Starting training", e);
                return;
            }
            Path dir = chosenFolder != null ? chosenFolder
                    : folder.runsRoot().resolve(RunFolder.suggestedName(config.model(), config.dataset(), LocalDateTime.now()));
            chart.clear();
            scrubber.load(List.of(), scrubber.shape(), config.steps());
            controls.setStatus("Loading " + config.dataset() + " and building " + config.model() + "…");
            phase = Phase.STARTING;
            controller.startNew(config, dir, this::failedToStart);
        } else {
            controls.setStatus("Loading the last checkpoint of " + run.getFileName() + "…");
            phase = Phase.STARTING;
            controller.continueRun(run, settings.steps(), this::failedToStart);
        }
        update();
    }

    /** The session could not start (bad data, options or folder) or broke off outside the trainer (out of memory). */
    private void failedToStart(Exception e) {
        phase = Phase.IDLE;
        paused = pauseRequested = useWhenSaved = false;
        controls.setStatus("Training stopped; see the message above.");
        context.problems().report(run == null ? "Starting training" : "Training " + run.getFileName(), e);
        update();
    }

    private void pauseOrResume() {
        pauseRequested = !pauseRequested;
        if (pauseRequested) {
            controller.pause();
            if (!paused) controls.setStatus("Pausing after this step…");
        } else {
            controller.resume();
            controls.setStatus("Training…");
        }
        update();
    }

    private void stop() {
        controller.stop();
        phase = Phase.STOPPING;
        controls.setStatus("Stopping after this step…");
        update();
    }

    private void useModel() {
        if (phase == Phase.IDLE) {
            if (run != null && hasCheckpoint) openInOtherViews();
            return;
        }
        useWhenSaved = true;
        controller.requestCheckpoint();
        controls.setStatus("Saving a checkpoint for the other views…");
        update();
    }

    private void openInOtherViews() {
        useWhenSaved = false;
        Path r = run;
        context.activeModel().open(r, () -> context.prefs().addRecentRun(r));
        controls.setStatus("The other views now use " + r.getFileName() + ".");
    }

    private void newRun() {
        if (phase != Phase.IDLE) return;
        run = null;
        chosenFolder = null;
        hasCheckpoint = false;
        settings.newRun();
        chart.clear();
        scrubber.load(List.of(), scrubber.shape(), 0);
        controls.resetProgress();
        controls.setStatus("Choose a model and a dataset, then press Start.");
        folder.show(null, null);
        update();
    }

    /** Shows a run folder's curves and snapshots; Continue then trains it further. */
    void openRun(Path dir) {
        if (phase != Phase.IDLE) return;
        controls.setStatus("Reading " + dir + "…");
        controller.submit(job -> RunHistory.read(dir, context.registry()), this::showHistory, e -> {
            controls.setStatus("Could not open " + dir.getFileName() + ".");
            context.problems().report("Opening the run " + dir, e);
        });
    }

    private void showHistory(RunHistory h) {
        if (phase != Phase.IDLE) return;
        RunConfig config = h.run().config();
        run = h.run().dir();
        chosenFolder = null;
        hasCheckpoint = h.checkpoint().isPresent();
        settings.showRun(config);
        long at = h.checkpointStep().orElse(h.lastStep());
        settings.setSteps(config.steps() > at ? config.steps() : at + settings.roundSteps());
        chart.load(h.metrics());
        scrubber.load(h.snapshots(), h.shape(), config.steps());
        controls.showProgress(h.lastStep(), config.steps());
        controls.showOpened(run, hasCheckpoint ? at : -1);
        folder.show(run, null);
        update();
    }

    private void saveAs() {
        if (phase != Phase.IDLE) return;
        Optional<Path> target;
        try {
            target = folder.chooseNewFolder(panel, run == null ? "Folder for the new run" : "Copy the run to a new folder");
        } catch (java.io.IOException e) {
            context.problems().report("Choosing the run folder", e);
            return;
        }
        if (target.isEmpty()) return;
        if (run == null) {
            chosenFolder = target.get();
            folder.show(null, chosenFolder);
            return;
        }
        Path from = run;
        controller.submit(job -> RunFolder.open(from).copyTo(target.get()), copy -> {
            run = copy.dir();
            folder.show(run, null);
            controls.setStatus("Saved a copy as " + run + "; training continues there.");
        }, e -> context.problems().report("Saving the run as " + target.get(), e));
    }

    private void update() {
        boolean idle = phase == Phase.IDLE;
        boolean active = phase == Phase.STARTING || phase == Phase.RUNNING;
        controls.start.setText(run == null ? "Start" : "Continue");
        controls.start.setEnabled(idle && (run == null || hasCheckpoint));
        controls.pause.setText(pauseRequested ? "Resume" : "Pause");
        controls.pause.setEnabled(active);
        controls.step.setEnabled(active && paused);
        controls.stop.setEnabled(active);
        controls.use.setEnabled(active || (idle && run != null && hasCheckpoint));
        folder.newRun.setEnabled(idle);
        folder.open.setEnabled(idle);
        folder.saveAs.setEnabled(idle);
        settings.setEditable(idle);
    }
}
