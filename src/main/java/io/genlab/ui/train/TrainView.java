package io.genlab.ui.train;

import io.genlab.data.DatasetCatalog;
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
 * the other views. What the buttons do is in {@link TrainActions}, what the session reports is
 * shown by {@link TrainEvents}, and which buttons work when is kept in a {@link TrainState}.
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
    private final TrainViewParts parts;
    private final TrainRunFiles files;
    private final TrainActions actions;
    private final TrainEvents events;

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
        this.parts = new TrainViewParts(context, controller, state, settings, controls, folder, chart, scrubber);
        this.files = new TrainRunFiles(parts);
        this.actions = new TrainActions(parts);
        this.events = new TrainEvents(parts, actions::openInOtherViews);
        controller.addListener(events::apply);

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

        controls.start.addActionListener(e -> actions.start());
        controls.pause.addActionListener(e -> actions.pauseOrResume());
        controls.step.addActionListener(e -> controller.step());
        controls.stop.addActionListener(e -> actions.stop());
        controls.use.addActionListener(e -> actions.useModel());
        folder.newRun.addActionListener(e -> actions.newRun());
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
        actions.newRun();
        if (lesson.config() != null) settings.chooseModel(lesson.config());
        if (lesson.dataset() != null) settings.chooseDataset(lesson.dataset());
        if (lesson.steps() != null) settings.setSteps(lesson.steps());
        if (lesson.batch() != null) settings.setBatchSize(lesson.batch());
        if (lesson.snapshotEvery() != null) settings.setSnapshotEvery(lesson.snapshotEvery());
        if (lesson.options() != null) settings.setModelOptions(lesson.options());
        if (lesson.start()) actions.start();
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
    TrainEvents events() { return events; }

    /** Shows a run folder's curves and snapshots; Continue then trains it further if its checkpoint allows. */
    void openRun(Path dir) {
        files.open(dir);
    }

    private void update() {
        parts.showState();
    }
}
