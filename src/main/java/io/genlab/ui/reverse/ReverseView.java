package io.genlab.ui.reverse;

import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.ui.shell.ActiveModel;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PicturePanel;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.util.ArrayList;
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
    static final int GRID_SAMPLES = 4;
    private final WorkbenchContext context;
    private final JPanel panel = new JPanel(new BorderLayout(8, 8)) {
        @Override
        public void updateUI() {                    // presenter mode changed the fonts: redraw the figures
            super.updateUI();
            if (ready) SwingUtilities.invokeLater(() -> figures.redraw(shape()));
        }
    };
    private boolean ready;
    private final ReverseForm form = new ReverseForm();
    private final ReverseFigures figures = new ReverseFigures();
    private final PendingLesson pending = new PendingLesson();
    private final ReverseJobs jobs;
    private GenerativeModel model;
    private ReverseRunner.Facts facts;
    private String modelName = "";

    public ReverseView(WorkbenchContext context) {
        this.context = context;
        ReverseRunner runner = new ReverseRunner(context.activeModel().worker(), SwingUtilities::invokeLater);
        this.jobs = new ReverseJobs(runner, form, figures.player(), figures.gridTab(), context.problems());
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        JScrollPane formScroll = new JScrollPane(form);
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        formScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        panel.add(formScroll, BorderLayout.WEST);
        panel.add(figures.tabs(), BorderLayout.CENTER);
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
        return ReverseExports.of(figures.player(), figures.strip(), figures.gridTab());
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
        pending.waitForClass(classNames == null && context.activeModel().loading().isPresent() ? lesson.classText() : null);
        List<Consumer<Runnable>> actions = new ArrayList<>();
        if (lesson.generate()) actions.add(then -> { generate(then); showTab(lesson.tab()); });
        if (lesson.grid()) actions.add(then -> { samplerGrid(then); showTab(lesson.tab()); });
        showTab(lesson.tab());
        pending.waitToRun(actions);
        if (ready) pending.run();
        else if (!actions.isEmpty()) form.status.setText("Starts when the model is ready.");
    }

    @Override
    public void close() {
        jobs.forget();
        figures.player().stop();
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
        figures.clear();
        form.setModelShape(null, 0);
        form.setRunning(false, false);
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
            pending.dropActions();
            return;
        }
        model = newModel;
        facts = f;
        form.setModelShape(f.info().shape(), f.timesteps());
        panel.revalidate();                     // the form grew (class names, T); its scroll pane does not pass that on
        form.setRunning(false, true);
        showMessage("Choose the settings on the left and press Generate.");
        String classText = pending.takeClass();
        if (classText != null) {
            try {
                form.selectClass(ReverseSettings.parseClass(classText, f.info().shape().classNames()));
            } catch (IllegalArgumentException e) {
                context.problems().report("The lesson's setting for " + modelName, e);
            }
        }
        pending.run();
    }

    /** The model's data shape, or null while it is not known. */
    private DataShape shape() {
        return facts == null ? null : facts.info().shape();
    }

    private void showTab(Integer tab) {
        if (tab != null) figures.tabs().setSelectedIndex(tab);
    }

    private void showMessage(String message) {
        figures.player().clear(message);
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
        figures.forgetTrace();
        figures.tabs().setSelectedIndex(0);
        jobs.generate(model, request, modelName + ", " + settings.describe(), this::showTrace, then);
    }

    /** Shows a finished trace: the player on its last step and the strip from noise to image. */
    void showTrace(ReverseRunner.Trace trace, String title) {
        figures.showTrace(trace, title, shape());
    }

    private void samplerGrid(Runnable then) {
        if (model == null) return;
        ReverseSettings settings = form.settings();
        int samples = Math.min(GRID_SAMPLES, settings.count());
        figures.tabs().setSelectedIndex(2);
        jobs.samplerGrid(model, SamplerGridPlan.standard(facts.timesteps()), settings, samples,
                facts.info().shape().batchShape(samples), then);
    }

    ReverseForm form() { return form; }

    ReversePlayer player() { return figures.player(); }

    PicturePanel stripPanel() { return figures.strip(); }

    SamplerGridTab gridTab() { return figures.gridTab(); }

    JTabbedPane tabs() { return figures.tabs(); }
}
