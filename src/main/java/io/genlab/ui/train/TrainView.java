package io.genlab.ui.train;

import io.genlab.data.DatasetCatalog;
import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.train.Snapshots;
import io.genlab.train.TrainingEvent;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.LossChart;
import io.genlab.ui.widgets.ModelWorker;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The Train view: choose a model and a dataset, train it on a worker of its own with Start,
 * Pause, Step and Stop, and watch the loss curves and the samples over training time. Runs are
 * folders written as training goes, the same as {@code genlab train}; an opened run shows its
 * history and can be trained further if its checkpoint allows. "Use this model" hands the run to
 * the other views. Which buttons work when is kept in a {@link TrainState}.
 */
public final class TrainView implements WorkbenchView {
    private final WorkbenchContext context;
    private final TrainingController controller;
    private final TrainSettings settings;
    private final TrainControls controls = new TrainControls();
    private final RunFolderBox folder;
    private final LossChart chart = new LossChart();
    private final SnapshotScrubber scrubber = new SnapshotScrubber(chart::markStep);
    private final JPanel panel = new JPanel(new BorderLayout(12, 0));
    private final TrainState state = new TrainState();
    private final TrainRunFiles files;

    /** @param runsRoot where new runs go by default, e.g. ~/genlab-runs */
    public TrainView(WorkbenchContext context, Path runsRoot) {
        this(context, runsRoot, SwingUtilities::invokeLater);
    }

    /** @param ui where results and training events are delivered: the event dispatch thread, or a test's executor */
    public TrainView(WorkbenchContext context, Path runsRoot, Executor ui) {
        this.context = context;
        this.controller = new TrainingController(context.registry(), context.locations(), new ModelWorker("training", ui), ui);
        this.settings = new TrainSettings(context.registry().providers(), DatasetCatalog.available(context.locations()));
        this.folder = new RunFolderBox(runsRoot);
        this.files = new TrainRunFiles(context, controller, state, settings, controls, folder, chart, scrubber, this::update);
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
        folder.saveAs.addActionListener(e -> files.saveAs(panel));
        folder.show(null, null);
        update();
    }

    @Override public String id() { return "train"; }

    @Override public String title() { return "Train"; }

    @Override
    public String explanation() {
        return "Training shows a model thousands of examples and nudges its numbers after each batch so its "
                + "predictions get a little less wrong. The curve on the left is the loss, how wrong the model still "
                + "is, on a log scale so that every halving is the same height: it falls fast at first, then slowly, "
                + "and it is noisy because every batch is different (the thick line is its average). On the right are "
                + "samples the model draws at regular steps, always from the same random seed; drag the slider to "
                + "watch them go from random guessing, through rough patterns, to convincing examples. Pause and Step "
                + "to train one batch at a time, and press \"Use this model\" to explore the half-trained model in the "
                + "other views.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        return TrainExports.of(chart, scrubber);
    }

    @Override
    public Set<String> settings() { return TrainLessonSettings.NAMES; }

    /**
     * Sets the view up from a lesson link: {@code open} shows a shipped run's history to look at;
     * otherwise a new run is set up from the model's preset with the given values, and
     * {@code start=true} presses Start. Nothing changes if a value is wrong or a session runs.
     */
    @Override
    public void apply(Map<String, String> values) {
        TrainLessonSettings lesson = TrainLessonSettings.parse(values, settings, context.pretrainedFolder(), context.pretrainedRuns());
        if (!state.idle()) {
            String what = state.run != null ? state.run.getFileName().toString() : "a new run";
            throw new IllegalArgumentException("the Train view is busy with " + what
                    + "; press Stop, wait until it has stopped, and follow the link again");
        }
        if (values.isEmpty()) return;
        if (lesson.open() != null) {
            openRun(lesson.open());
            return;
        }
        newRun();
        if (lesson.config() != null) settings.chooseModel(lesson.config());
        if (lesson.dataset() != null) settings.chooseDataset(lesson.dataset());
        if (lesson.steps() != null) settings.setSteps(lesson.steps());
        if (lesson.batch() != null) settings.setBatchSize(lesson.batch());
        if (lesson.snapshotEvery() != null) settings.setSnapshotEvery(lesson.snapshotEvery());
        if (lesson.options() != null) settings.setModelOptions(lesson.options());
        if (lesson.start()) start();
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
    TrainState.Phase phase() { return state.phase; }
    Optional<Path> run() { return Optional.ofNullable(state.run); }
    TrainRunFiles files() { return files; }

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
                state.hasCheckpoint = true;
                if (state.useWhenSaved) openInOtherViews();
            } else if (e instanceof TrainingEvent.Paused p) {
                state.paused = true;
                controls.showPaused(p.step());
            } else if (e instanceof TrainingEvent.Resumed) {
                state.paused = false;
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
        state.run = s.runDir();
        state.ownRun(s.step() > 0);
        settings.lock();
        chart.truncateAfter(s.step());
        scrubber.truncateAfter(s.step());
        scrubber.setRun(s.model().shape(), s.targetSteps());
        folder.show(state.run, null);
        if (state.phase != TrainState.Phase.STOPPING) state.phase = TrainState.Phase.RUNNING;
        controls.showStarted(s);
    }

    private void finished(long step, Path checkpoint) {
        state.sessionEnded(checkpoint != null);
        if (state.useWhenSaved) {
            if (state.hasCheckpoint) openInOtherViews();
            else state.useWhenSaved = false;
        }
        if (settings.steps() <= step) settings.setSteps(step + settings.roundSteps());
    }

    private void start() {
        if (!state.idle() || (state.run != null && !state.canContinue())) return;
        RunConfig config = null;
        if (state.run == null) {
            try {
                config = settings.config();
            } catch (IllegalArgumentException e) {
                context.problems().report("Starting training", e);
                return;
            }
        }
        state.paused = state.pauseRequested = false;
        state.phase = TrainState.Phase.STARTING;
        if (config != null) {
            Path dir = state.chosenFolder != null ? state.chosenFolder
                    : folder.runsRoot().resolve(RunFolder.suggestedName(config.model(), config.dataset(), LocalDateTime.now()));
            chart.clear();
            scrubber.load(List.of(), scrubber.shape(), config.steps());
            controls.setStatus("Loading " + config.dataset() + " and building " + config.model() + "…");
            controller.startNew(config, dir, this::failedToStart);
        } else {
            controls.setStatus("Loading the last checkpoint of " + state.run.getFileName() + "…");
            controller.continueRun(state.run, settings.steps(), this::failedToStart);
        }
        update();
    }

    /** The session could not start (bad data, options or folder) or broke off outside the trainer (out of memory). */
    private void failedToStart(Exception e) {
        state.sessionEnded(state.hasCheckpoint);
        state.useWhenSaved = false;
        controls.setStatus("Training stopped; see the message above.");
        context.problems().report(state.run == null ? "Starting training" : "Training " + state.run.getFileName(), e);
        update();
    }

    private void pauseOrResume() {
        state.pauseRequested = !state.pauseRequested;
        if (state.pauseRequested) {
            controller.pause();
            if (!state.paused) controls.setStatus("Pausing after this step…");
        } else {
            controller.resume();
            controls.setStatus("Training…");
        }
        update();
    }

    private void stop() {
        controller.stop();
        state.phase = TrainState.Phase.STOPPING;
        controls.setStatus("Stopping after this step…");
        update();
    }

    private void useModel() {
        if (state.idle()) {
            if (state.run != null && state.hasCheckpoint) openInOtherViews();
            return;
        }
        state.useWhenSaved = true;
        controller.requestCheckpoint();
        controls.setStatus("Saving a checkpoint for the other views…");
        update();
    }

    private void openInOtherViews() {
        state.useWhenSaved = false;
        Path r = state.run;
        context.activeModel().open(r, () -> context.prefs().addRecentRun(r));
        controls.setStatus("The other views now use " + r.getFileName() + ".");
    }

    private void newRun() {
        if (!state.idle()) return;
        state.run = null;
        state.chosenFolder = null;
        state.ownRun(false);
        settings.newRun();
        chart.clear();
        scrubber.load(List.of(), scrubber.shape(), 0);
        controls.resetProgress();
        controls.setStatus("Choose a model and a dataset, then press Start.");
        folder.show(null, null);
        update();
    }

    /** Shows a run folder's curves and snapshots; Continue then trains it further if its checkpoint allows. */
    void openRun(Path dir) {
        files.open(dir);
    }

    private void update() {
        state.showOn(controls, folder, settings);
    }
}
