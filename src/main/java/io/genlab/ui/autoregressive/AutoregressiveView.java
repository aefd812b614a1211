package io.genlab.ui.autoregressive;

import io.genlab.autoregressive.PixelCnnModel;
import io.genlab.data.DatasetSpec;
import io.genlab.data.Datasets;
import io.genlab.data.ImageDataset;
import io.genlab.train.GenerationRequest;
import io.genlab.train.ModelInfo;
import io.genlab.train.RunFolder;
import io.genlab.ui.shell.ActiveModel;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.ModelWorker;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Autoregressive view: the active PixelCNN draws pictures one value at a time. Generate shows
 * the canvas filling in with each pixel's 256-way distribution and a counter of network passes and
 * time, then the player scrubs through every value; a click on the canvas shows what that pixel
 * sees (its receptive field and blind spot); Complete lets the model finish a test image from its
 * top rows. For any other model it offers to open the shipped PixelCNN.
 */
public final class AutoregressiveView implements WorkbenchView {
    /** The shipped PixelCNN the view offers to open. */
    static final String SHIPPED = "pixelcnn-s-fashion";
    static final String NOT_PIXEL = "The model in the toolbar is not an autoregressive pixel model. Open " + SHIPPED
            + " (the button above), or train one: ./genlab train --model pixelcnn-s --dataset fashion --minutes 60";
    private final WorkbenchContext context;
    private final PixelForm form = new PixelForm();
    private final PixelTracePanel trace = new PixelTracePanel(ActiveModel.NONE_MESSAGE, this::showField);
    private final CompletionPanel completion = new CompletionPanel();
    private final JTabbedPane tabs = new JTabbedPane();
    private final JLabel about = new JLabel(" ");
    private final JButton openShipped = new JButton("Open " + SHIPPED);
    private final JPanel panel = new JPanel(new BorderLayout(8, 8));
    private final PixelJobs jobs;
    private final CompletionControl completions;
    private PixelCnnModel model;
    private ModelInfo info;
    private PixelLesson waiting;                       // what a lesson asked that waits for the model or the images
    private String title = "";

    public AutoregressiveView(WorkbenchContext context) {
        this.context = context;
        PixelRunner runner = new PixelRunner(context.activeModel().worker(), ModelWorker.forSwing("autoregressive-images"),
                SwingUtilities::invokeLater);
        this.jobs = new PixelJobs(runner, form, trace, completion, context.problems());
        this.completions = new CompletionControl(form, completion, jobs, this::runWaiting);
        Path shipped = context.pretrainedFolder().resolve(SHIPPED);
        openShipped.setEnabled(RunFolder.isRun(shipped));
        openShipped.addActionListener(e -> context.activeModel().open(shipped, () -> { }));
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        top.add(about);
        top.add(openShipped);
        tabs.addTab("Filling in", trace);
        tabs.addTab("Completion", completion);
        JScrollPane formScroll = new JScrollPane(form);
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        formScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        panel.add(top, BorderLayout.NORTH);
        panel.add(formScroll, BorderLayout.WEST);
        panel.add(tabs, BorderLayout.CENTER);
        form.generate.addActionListener(e -> generate());
        form.complete.addActionListener(e -> complete());
        form.cancel.addActionListener(e -> jobs.cancel());
        context.activeModel().addListener(this::modelChanged);
        modelChanged(context.activeModel().current());
    }

    @Override public String id() { return "autoregressive"; }

    @Override public String title() { return "Autoregressive"; }

    @Override
    public String explanation() {
        return "An autoregressive model such as a PixelCNN draws a picture one value at a time, in reading order. For each "
                + "pixel the network looks at the pixels drawn so far and gives a distribution over the 256 grey levels (the "
                + "bar chart); one value is drawn from it, and the next pixel is predicted with that value in place. Press "
                + "Generate and watch the canvas fill in, then scrub back and forth. The counter shows why this is slow: a "
                + "28x28 image needs 784 network passes, one after another, where a GAN needs one. Temperature below 1 "
                + "sharpens every distribution, above 1 flattens it. Click a pixel to see which pixels it can see: not all "
                + "pixels before it, because of the blind spot. Complete gives the model the top rows of a test image it "
                + "never trained on and lets it draw the rest, several times.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        return PixelExports.of(trace, completion, title);
    }

    @Override
    public Set<String> settings() {
        return PixelLesson.names();
    }

    /** Sets the view up as a lesson asks; the class, image, Generate and Complete wait for what they need. */
    @Override
    public void apply(Map<String, String> settings) {
        ImageDataset images = completions.images();
        PixelLesson lesson = PixelLesson.read(settings, form, info == null ? null : info.shape().classNames(),
                images == null ? 0 : images.size());
        if ((lesson.generate() || lesson.complete()) && info == null && context.activeModel().loading().isEmpty()) {
            throw new IllegalArgumentException("there is no autoregressive model to draw with; open " + SHIPPED + " or choose one in the toolbar");
        }
        lesson.setForm(form);
        if (lesson.tab() != null) tabs.setSelectedIndex(lesson.tab());
        waiting = lesson;
        completions.want();
        runWaiting();
    }

    @Override
    public void shown() {
        completions.want();
    }

    @Override
    public void close() {
        jobs.close();
        trace.player().stop();
    }

    private void modelChanged(Optional<ActiveModel.Loaded> loaded) {
        if (loaded.isEmpty()) {
            useModel(null, null, null);
            context.activeModel().loading().ifPresent(run -> showMessage("Loading " + run.getFileName() + "…"));
        } else if (!(loaded.get().model() instanceof PixelCnnModel pixels)) {
            waiting = null;                                        // nothing a lesson asked can run on it
            useModel(null, null, null);
            showMessage(NOT_PIXEL + " (open now: " + loaded.get().label() + ")");
        } else {
            ActiveModel.Loaded l = loaded.get();
            useModel(l.label(), pixels, () -> Datasets.loadImages(DatasetSpec.parse(l.config().dataset()).unseen(), context.locations(),
                    l.config().seed()));
        }
    }

    /** Starts using a PixelCNN (null: none) whose test images come from {@code source}; its name and shape are read on the worker. */
    void useModel(String label, PixelCnnModel newModel, PixelRunner.ImageSource source) {
        jobs.forget();
        model = null;
        info = null;
        completions.use(null, null);
        form.setModelShape(null);
        form.setRunning(false, false);
        form.model.setText(newModel == null ? "No model" : label);
        about.setText(newModel == null ? "No autoregressive pixel model is open." : label);
        if (newModel == null) {
            showMessage(ActiveModel.NONE_MESSAGE);
            return;
        }
        showMessage("Reading the model…");
        jobs.info(newModel, i -> {
            model = newModel;
            info = i;
            form.setModelShape(i.shape());
            form.setRunning(false, true);
            trace.clear("Choose the settings on the left and press Generate.");
            completion.clear(CompletionPanel.WAITING);
            about.setText(String.format(Locale.ROOT, "%s: %,d parameters, %d values per image", label, i.parameters(),
                    i.shape().channels() * i.shape().height() * i.shape().width()));
            completions.use(i, source);
            runWaiting();
        });
    }

    private void showMessage(String message) {
        trace.clear(message);
        completion.clear(message);
        form.status.setText(" ");
    }

    /** Runs what a lesson asked as far as the model and the test images allow; the rest keeps waiting. */
    private void runWaiting() {
        if (waiting != null && info != null) {
            waiting = waiting.proceed(form, info.shape().classNames(), completions.images(), context.problems(), this::generate, this::complete);
        }
    }

    private void generate() {
        if (model == null) return;
        PixelSettings settings = form.settings();
        GenerationRequest request;
        try {
            request = settings.request(info.shape().numClasses());
        } catch (IllegalArgumentException e) {
            context.problems().report("Generating", e);
            return;
        }
        title = info.name() + ", " + settings.describe();
        tabs.setSelectedIndex(0);
        jobs.generate(model, request, PixelTexts.sampleNames(request.labels(), info.shape().classNames()));
    }

    private void complete() {
        if (completions.images() == null) return;
        tabs.setSelectedIndex(1);
        completions.complete(model);
    }

    private void showField(int row, int col) {
        if (model != null) jobs.field(model, row, col);
    }

    PixelForm form() { return form; }

    PixelTracePanel tracePanel() { return trace; }

    CompletionPanel completionPanel() { return completion; }

    JTabbedPane tabs() { return tabs; }

    JButton openShippedButton() { return openShipped; }

    PixelJobs jobs() { return jobs; }

    /** The worker the test images load on. */
    ModelWorker imageWorker() { return jobs.imageWorker(); }
}
