package io.genlab.ui.attention;

import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.RunFolder;
import io.genlab.ui.shell.ActiveModel;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Choice;
import io.genlab.ui.widgets.Export;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Attention view: where the tokens of a diffusion model's attention layers look while it
 * denoises one picture (dit-s's six transformer blocks, unet-s's one layer at its 7x7 bottom).
 * Generate records every layer at every step; the player scrubs the steps, a click on a patch makes
 * it the query, and every layer and head is shown beside the chosen one. "What is a token?" shows
 * the patch grid and the positional encoding. For a model without attention it says which have it.
 */
public final class AttentionView implements WorkbenchView {
    /** The shipped models with attention the view offers to open, the first that exists. */
    static final List<String> SHIPPED = List.of("dit-s-fashion", "unet-s-fashion");
    static final String READY = "Choose the settings on the left and press Generate.";
    private final WorkbenchContext context;
    private final AttentionForm form = new AttentionForm();
    private final AttentionState state = new AttentionState();
    private final AttentionFigures figures;
    private final AttentionJobs jobs;
    private final JLabel about = new JLabel(" ");
    private final JButton openShipped = new JButton();
    private final String shipped;
    private final JPanel panel = new JPanel(new BorderLayout(8, 8)) {
        @Override
        public void updateUI() {                    // presenter mode changed the fonts: redraw the figures
            super.updateUI();
            if (figures != null) SwingUtilities.invokeLater(figures::redraw);
        }
    };
    private GenerativeModel model;
    private AttentionRunner.Facts facts;
    private AttentionLesson waiting;               // what a lesson asked that waits for the model or a generation
    private String title = "";

    public AttentionView(WorkbenchContext context) {
        this.context = context;
        figures = new AttentionFigures(state, ActiveModel.NONE_MESSAGE, this::chooseQuery, this::chooseCell);
        jobs = new AttentionJobs(new AttentionRunner(context.activeModel().worker(), SwingUtilities::invokeLater), form, figures,
                context.problems());
        shipped = SHIPPED.stream().filter(name -> RunFolder.isRun(context.pretrainedFolder().resolve(name))).findFirst().orElse(null);
        openShipped.setText("Open " + (shipped == null ? SHIPPED.get(0) : shipped));
        openShipped.setEnabled(shipped != null);
        openShipped.addActionListener(e -> context.activeModel().open(context.pretrainedFolder().resolve(shipped), () -> { }));
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        top.add(about);
        top.add(openShipped);
        JScrollPane formScroll = new JScrollPane(form);
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        formScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        panel.add(top, BorderLayout.NORTH);
        panel.add(formScroll, BorderLayout.WEST);
        panel.add(figures.panel(), BorderLayout.CENTER);
        form.generate.addActionListener(e -> generate());
        form.cancel.addActionListener(e -> jobs.cancel());
        form.layer.addActionListener(e -> { state.setLayer(form.layerChoice()); figures.redraw(); });
        form.head.addActionListener(e -> { state.setHead(form.headChoice()); figures.redraw(); });
        form.query.addActionListener(e -> { state.setMode((AttentionState.Query) form.query.getSelectedItem()); figures.redraw(); });
        form.noisy.addActionListener(e -> {
            state.setPicture(form.noisy.isSelected() ? AttentionState.Picture.XT : AttentionState.Picture.X0);
            figures.redraw();
        });
        context.activeModel().addListener(this::modelChanged);
        modelChanged(context.activeModel().current());
    }

    @Override public String id() { return "attention"; }

    @Override public String title() { return "Attention"; }

    @Override
    public String explanation() {
        return "A transformer cuts the picture into patches, its tokens, and in every attention layer each token looks at all the "
                + "others and takes in what it finds, more from some than from others. Press Generate: the model denoises one "
                + "picture and every layer's attention is recorded at every step. Click a patch to see where it looks (bright: "
                + "much attention), in one head or averaged over the heads; beside it every layer and head at once. Play or "
                + "scrub the steps: in the noisy first steps the tokens look around broadly, later nearer, at their neighbours "
                + "(genlab trace --attention measures both). 'Attention received' shows which patches everybody looks at. 'What is a "
                + "token?' shows the patch grid and the positional encoding each token gets so that the model knows where it is.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        return AttentionExports.of(figures, state, title);
    }

    @Override
    public Set<String> settings() {
        return AttentionLesson.names();
    }

    /** Sets the view up as a lesson asks; the class and layer wait for the model, head, query and step for a generation. */
    @Override
    public void apply(Map<String, String> settings) {
        boolean known = model != null;
        AttentionLesson lesson = AttentionLesson.read(settings, form, known ? facts.info().shape().classNames() : null,
                known ? facts.layers() : null);
        boolean coming = context.activeModel().loading().isPresent() || (!known && jobs.busy());     // loading, or being read
        if (lesson.generate() && !known && !coming) {
            throw new IllegalArgumentException("there is no model with attention to generate with; open " + SHIPPED.get(0)
                    + " or " + SHIPPED.get(1) + ", or choose a dit-s or unet-s run in the toolbar");
        }
        lesson.setForm(form);
        if (lesson.tab() != null) figures.tabs().setSelectedIndex(lesson.tab());
        waiting = lesson;
        runWaiting();
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
            context.activeModel().loading().ifPresent(run -> showMessage("Loading " + run.getFileName() + "…"));
        }
    }

    /** Starts using a model (null: none); what its attention is gets read on the worker. A lesson's wishes stay. */
    void useModel(String label, GenerativeModel newModel) {
        jobs.forget();
        model = null;
        facts = null;
        form.setModel(null, List.of());
        form.setHeads(0);
        form.setRunning(false, false);
        form.model.setText(newModel == null ? "No model" : label);
        openShipped.setVisible(true);
        about.setText(newModel == null ? "No model is open." : label);
        if (newModel == null) {
            showMessage(ActiveModel.NONE_MESSAGE);
            return;
        }
        showMessage("Reading the model…");
        jobs.facts(newModel, f -> useFacts(label, newModel, f));
    }

    private void useFacts(String label, GenerativeModel newModel, AttentionRunner.Facts f) {
        facts = f;
        if (!f.hasAttention()) {
            waiting = null;                                        // nothing a lesson asked can run on it
            showMessage(AttentionTexts.noAttention(f.info().name(), shipped));
            about.setText(label + ": no attention layers");
            return;
        }
        model = newModel;
        openShipped.setVisible(false);                 // the offer is for models without attention
        form.setModel(f.info().shape(), f.layers());
        state.setLayers(f.layers());
        figures.setModel(f.info().name(), f.positions());
        panel.revalidate();                         // the form grew (class names, layers); its scroll pane does not pass that on
        form.setRunning(false, true);
        about.setText(label + ": " + f.layers().size() + (f.layers().size() == 1 ? " attention layer" : " attention layers"));
        showMessage(READY);
        runWaiting();
    }

    private void showMessage(String message) {
        figures.clear(message);
        form.status.setText(" ");
    }

    /** Does what a lesson asked as far as the model and the generation on screen allow; the rest keeps waiting. */
    private void runWaiting() {
        if (waiting == null || model == null) return;
        AttentionLesson lesson = waiting;
        lesson.setModelChoices(form, facts.info().shape().classNames(), facts.layers(), context.problems());
        waiting = lesson.afterGeneration();
        if (lesson.generate()) {
            generate();
        } else if (waiting != null && !state.isEmpty() && !jobs.busy()) {
            waiting.setTraceChoices(form, state, state.size(), figures.player()::show, context.problems());
            waiting = null;
            figures.redraw();
        }
    }

    /** Generates with the form's settings; what a lesson asked of the generation follows when it has finished. */
    private void generate() {
        if (model == null) return;
        AttentionSettings settings = form.settings();
        GenerationRequest request;
        try {
            request = settings.request(facts.info().shape().numClasses());
        } catch (IllegalArgumentException e) {
            context.problems().report("Generating", e);
            return;
        }
        title = facts.info().name() + ", " + ((Choice) form.classes.getSelectedItem()).label() + ", " + settings.describe();
        jobs.generate(model, request, this::runWaiting);
    }

    /** A click on the main picture: that patch becomes the query. */
    private void chooseQuery(int token) {
        if (state.isEmpty()) return;
        state.setQuery(token);
        form.query.setSelectedItem(AttentionState.Query.CLICKED);
        figures.redraw();
    }

    /** A click on the small multiples: that layer and head are shown large. */
    private void chooseCell(int layer, int head) {
        Choice.select(form.layer, layer);
        Choice.select(form.head, head);
    }

    AttentionForm form() { return form; }

    AttentionState state() { return state; }

    AttentionFigures figures() { return figures; }

    AttentionJobs jobs() { return jobs; }

    JButton openShippedButton() { return openShipped; }
}
