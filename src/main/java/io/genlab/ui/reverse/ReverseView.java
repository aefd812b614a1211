package io.genlab.ui.reverse;

import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.ActiveModel;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.ReversePictures;
import io.genlab.viz.Theme;
import io.genlab.viz.TracePictures;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Reverse process view: the active diffusion model turns pure noise into pictures, step by
 * step. Generate records the steps (x_t, predicted noise, predicted x0; about 200 of a long run) and
 * shows them live; then the player scrubs through the steps, the strip shows the way from noise to
 * image, and the sampler grid compares samplers and step counts from the same start noise.
 */
public final class ReverseView implements WorkbenchView {
    static final int STRIP_COLUMNS = 8;
    static final int GRID_SAMPLES = 4;
    private final WorkbenchContext context;
    private final JPanel panel = new JPanel(new BorderLayout(8, 8)) {
        @Override
        public void updateUI() {                    // presenter mode changed the fonts: redraw the figures
            super.updateUI();
            if (ready) SwingUtilities.invokeLater(ReverseView.this::redrawFigures);
        }
    };
    private boolean ready;
    private final ReverseForm form = new ReverseForm();
    private final ReversePlayer player = new ReversePlayer("Choose the settings on the left and press Generate.");
    private final PicturePanel strip = new PicturePanel("The strip appears when a generation has finished.");
    private final SamplerGridTab gridTab = new SamplerGridTab();
    private final JTabbedPane tabs = new JTabbedPane();
    private final ReverseJobs jobs;
    private GenerativeModel model;
    private ReverseRunner.Facts facts;
    private String modelName = "";
    private ReverseRunner.Trace lastTrace;
    private String lastTitle;
    private String waitingClass;                                      // a lesson's class, chosen when the model is known
    private List<Consumer<Runnable>> waiting = List.of();             // a lesson's actions, run when the model is ready

    public ReverseView(WorkbenchContext context) {
        this.context = context;
        ReverseRunner runner = new ReverseRunner(context.activeModel().worker(), SwingUtilities::invokeLater);
        this.jobs = new ReverseJobs(runner, form, player, gridTab, context.problems());
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        JScrollPane formScroll = new JScrollPane(form);
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        formScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        panel.add(formScroll, BorderLayout.WEST);
        tabs.addTab("Step by step", player);
        tabs.addTab("Noise to image", strip);
        tabs.addTab("Sampler grid", gridTab.panel());
        panel.add(tabs, BorderLayout.CENTER);
        form.generate.addActionListener(e -> generate(() -> { }));
        form.grid.addActionListener(e -> samplerGrid(() -> { }));
        form.cancel.addActionListener(e -> jobs.cancel());
        context.activeModel().addListener(this::modelChanged);
        modelChanged(context.activeModel().current());
        ready = true;
    }

    @Override public String id() { return "reverse"; }

    @Override public String title() { return "Reverse process"; }

    @Override
    public String explanation() {
        return "A diffusion model makes a picture by starting from pure noise and removing a little noise at every "
                + "step. At each step it looks at the noisy picture x_t, guesses the noise in it (middle) and so also "
                + "guesses the clean picture x0 (right). Press Generate, then play or scrub through the steps: first "
                + "only blurry blobs appear, then basic shapes, then clear forms, and the details come last. The "
                + "seed fixes the start noise: the same seed with DDIM and eta 0 gives the same pictures every time. "
                + "The sampler grid starts every sampler from the same noise: compare how many steps each one needs.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        List<Export> out = new ArrayList<>();
        BufferedImage step = player.picture();
        if (step != null) out.add(new Export.Picture("Reverse step (x_t, noise, x0)", "reverse-step", () -> step));
        BufferedImage s = strip.picture();
        if (s != null) out.add(new Export.Picture("Noise to image strip", "reverse-strip", () -> s));
        BufferedImage g = gridTab.picture();
        if (g != null) out.add(new Export.Picture(gridTab.complete() ? "Sampler grid" : "Sampler grid (unfinished)", "sampler-grid", () -> g));
        List<TraceFrame> frames = player.frames();
        if (!frames.isEmpty()) {
            int samples = player.samples();
            String title = player.title();
            Theme theme = ReversePlayer.theme();
            out.add(new Export.Animation("Reverse process", "reverse-process", () -> animation(frames, samples, title, theme), 100));
        }
        return out;
    }

    @Override
    public Set<String> settings() {
        return ReverseLesson.names();
    }

    /** Sets the form as a lesson asks; generate and grid run now, or when the model is ready. */
    @Override
    public void apply(Map<String, String> settings) {
        List<String> classNames = facts == null ? null : facts.info().shape().classNames();
        ReverseLesson lesson = ReverseLesson.read(settings, form, classNames, facts == null ? 0 : facts.timesteps());
        boolean ready = model != null && facts != null;
        if (!ready && context.activeModel().loading().isEmpty() && (lesson.generate() || lesson.grid())) {
            throw new IllegalArgumentException("there is no model of images to generate with; choose one in the toolbar");
        }
        lesson.setForm(form, classNames);
        waitingClass = classNames == null && context.activeModel().loading().isPresent() ? lesson.classText() : null;
        List<Consumer<Runnable>> actions = new ArrayList<>();
        if (lesson.generate()) actions.add(then -> { generate(then); showTab(lesson.tab()); });
        if (lesson.grid()) actions.add(then -> { samplerGrid(then); showTab(lesson.tab()); });
        showTab(lesson.tab());
        if (ready) {
            waiting = List.of();
            runActions(actions);
        } else {
            waiting = actions;
            if (!actions.isEmpty()) form.status.setText("Starts when the model is ready.");
        }
    }

    @Override
    public void close() {
        jobs.forget();
        player.stop();
    }

    /** The GIF frames: at most 60 of the kept steps, evenly spaced, holding the last one a little longer. */
    static List<BufferedImage> animation(List<TraceFrame> frames, int samples, String title, Theme theme) {
        List<BufferedImage> out = new ArrayList<>();
        for (int i : TracePictures.evenlySpaced(frames.size(), 60)) out.add(ReversePictures.frame(frames.get(i), samples, title, theme));
        out.addAll(Collections.nCopies(8, out.get(out.size() - 1)));
        return out;
    }

    private void modelChanged(Optional<ActiveModel.Loaded> loaded) {
        if (loaded.isPresent()) {
            useModel(loaded.get().label(), loaded.get().model());
        } else {
            useModel(null, null);
            if (context.activeModel().loading().isPresent()) showMessage("Loading " + context.activeModel().loading().get().getFileName() + "…");
        }
    }

    /** Starts using a model (null: none); its facts are read on the worker. A lesson's waiting actions stay. */
    void useModel(String label, GenerativeModel newModel) {
        jobs.forget();
        model = null;
        facts = null;
        gridTab.clear();
        lastTrace = null;
        form.setModelShape(null, 0);
        form.setRunning(false, false);
        strip.setMessage("The strip appears when a generation has finished.");
        if (newModel == null) {
            form.model.setText("No model");
            showMessage(ActiveModel.NONE_MESSAGE);
            return;
        }
        form.model.setText(label);
        showMessage("Reading the model…");
        jobs.facts(newModel, f -> applyFacts(newModel, f));
    }

    private void applyFacts(GenerativeModel newModel, ReverseRunner.Facts f) {
        modelName = f.info().name();
        if (!f.diffusionOfImages()) {
            String what = f.info().shape().kind() == DataShape.Kind.POINTS ? "a model of 2D points" : "a " + f.info().family() + " model";
            showMessage(modelName + " is " + what + ": this view shows diffusion models of images. Choose one in the toolbar.");
            waiting = List.of();
            return;
        }
        model = newModel;
        facts = f;
        form.setModelShape(f.info().shape(), f.timesteps());
        panel.revalidate();                     // the form grew (class names, T); its scroll pane does not pass that on
        form.setRunning(false, true);
        showMessage("Choose the settings on the left and press Generate.");
        if (waitingClass != null) {
            try {
                form.selectClass(ReverseSettings.parseClass(waitingClass, f.info().shape().classNames()));
            } catch (IllegalArgumentException e) {
                context.problems().report("The lesson's setting for " + modelName, e);
            }
            waitingClass = null;
        }
        List<Consumer<Runnable>> actions = waiting;
        waiting = List.of();
        runActions(actions);
    }

    /** Runs the first action, and the next when it has finished. */
    private void runActions(List<Consumer<Runnable>> actions) {
        if (!actions.isEmpty()) actions.get(0).accept(() -> runActions(actions.subList(1, actions.size())));
    }

    private void showTab(Integer tab) {
        if (tab != null) tabs.setSelectedIndex(tab);
    }

    private void showMessage(String message) {
        player.clear(message);
        form.status.setText(" ");
    }

    private void generate(Runnable then) {
        if (model == null) return;
        GenerationRequest request;
        ReverseSettings settings = form.settings();
        try {
            request = settings.request(facts.info().shape().numClasses());
        } catch (IllegalArgumentException e) {
            context.problems().report("Generating", e);
            return;
        }
        lastTrace = null;
        tabs.setSelectedIndex(0);
        jobs.generate(model, request, modelName + ", " + settings.describe(), this::showTrace, then);
    }

    /** Shows a finished trace: the player on its last step and the strip from noise to image. */
    void showTrace(ReverseRunner.Trace trace, String title) {
        player.start(title, trace.request().count(), " ");
        player.finish(trace.frames());
        List<String> rows = new ArrayList<>();
        int[] labels = trace.request().labels();
        DataShape shape = facts == null ? null : facts.info().shape();
        for (int i = 0; i < labels.length; i++) {
            boolean named = shape != null && labels[i] >= 0 && labels[i] < shape.numClasses() && shape.numClasses() > 1;
            rows.add("#" + (i + 1) + (named ? " " + shape.classNames().get(labels[i]) : ""));
        }
        strip.setPicture(ReversePictures.strip(trace.frames(), trace.samples(), rows, STRIP_COLUMNS, title, ReversePlayer.theme()));
        lastTrace = trace;
        lastTitle = title;
    }

    private void redrawFigures() {
        player.redraw();
        if (lastTrace != null) {
            int step = player.scrubber().getValue();
            showTrace(lastTrace, lastTitle);
            player.scrubber().setValue(step);
        }
        gridTab.redraw();
    }

    private void samplerGrid(Runnable then) {
        if (model == null) return;
        ReverseSettings settings = form.settings();
        int samples = Math.min(GRID_SAMPLES, settings.count());
        tabs.setSelectedIndex(2);
        jobs.samplerGrid(model, SamplerGridPlan.standard(facts.timesteps()), settings, samples,
                facts.info().shape().batchShape(samples), then);
    }

    ReverseForm form() { return form; }

    ReversePlayer player() { return player; }

    PicturePanel stripPanel() { return strip; }

    SamplerGridTab gridTab() { return gridTab; }

    JTabbedPane tabs() { return tabs; }
}
