package io.genlab.ui.text;

import io.genlab.text.Tokenizer;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.RunFolder;
import io.genlab.ui.shell.ActiveModel;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Text view: a text prompt becoming tokens, vectors and an image. As the prompt is typed it
 * shows the tokens with their ids (words the model does not know flagged: it reads them as
 * {@code <unk>}) and their vectors before and after the text encoder; Generate draws the prompt
 * with DDIM and records, at every denoising step, where in the picture each word is read, which
 * the player scrubs. It needs a text-conditioned model (unet-s-text) and says so for any other.
 */
public final class TextView implements WorkbenchView {
    /** The shipped text model, which lesson 8 opens. */
    static final String SHIPPED = "unet-s-shapes-text";
    static final String READY = "Type a prompt above, choose the settings on the left and press Generate.";
    /** How long typing pauses before the prompt's vectors are computed. */
    static final int ENCODE_DELAY_MILLIS = 200;
    private final WorkbenchContext context;
    private final TextForm form = new TextForm();
    private final TextState state = new TextState();
    private final PromptPanel prompt = new PromptPanel(this::promptEdited);
    private final TextFigures figures;
    private final TextJobs jobs;
    private final TextModelChooser chooser = new TextModelChooser(this::open);
    private final JLabel about = new JLabel(" ");
    private final Timer encodeTimer = new Timer(ENCODE_DELAY_MILLIS, e -> encode());
    private final JPanel panel = new JPanel(new BorderLayout(8, 8)) {
        @Override
        public void updateUI() {                    // presenter mode changed the fonts: redraw the figures
            super.updateUI();
            if (figures != null) SwingUtilities.invokeLater(figures::redraw);
        }
    };
    private GenerativeModel model;                  // a model that reads text, or null
    private String modelName = "";
    private boolean runWhenReady;                   // a lesson asked to generate before the model was ready

    public TextView(WorkbenchContext context) {
        this.context = context;
        figures = new TextFigures(state, this::chooseSample);
        jobs = new TextJobs(new TextRunner(context.activeModel().worker(), SwingUtilities::invokeLater), form, figures,
                context.problems());
        encodeTimer.setRepeats(false);
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        top.add(new JLabel("Text model:"));
        top.add(chooser);
        top.add(about);
        JPanel centre = new JPanel(new BorderLayout(4, 4));
        centre.add(prompt, BorderLayout.NORTH);
        centre.add(figures.tabs(), BorderLayout.CENTER);
        JScrollPane formScroll = new JScrollPane(form);
        formScroll.setBorder(BorderFactory.createEmptyBorder());
        formScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        panel.add(top, BorderLayout.NORTH);
        panel.add(formScroll, BorderLayout.WEST);
        panel.add(centre, BorderLayout.CENTER);
        form.generate.addActionListener(e -> generate());
        form.cancel.addActionListener(e -> jobs.cancel());
        form.noisy.addActionListener(e -> {
            state.setNoisy(form.noisy.isSelected());
            figures.redraw();
        });
        context.activeModel().addListener(this::modelChanged);
        modelChanged(context.activeModel().current());
    }

    @Override public String id() { return "text"; }

    @Override public String title() { return "Text to image"; }

    @Override
    public String explanation() {
        return "A text-to-image model reads a prompt in three steps. The tokenizer cuts it into words and looks each up in its "
                + "vocabulary, the words of its training captions: every token gets an id, and a word it never saw becomes <unk>, "
                + "which means nothing to it. Each id becomes a vector of numbers, and the text encoder mixes every token's vector "
                + "with the others', so that 'circle' knows it is purple. While the picture is denoised, every position of the "
                + "image looks at these vectors (cross-attention) and takes in the words it finds useful there. Type a prompt to "
                + "see its tokens and vectors; press Generate, then play or scrub the steps to see where each word is read "
                + "(bright: much; the percentage is the word's share of the attention): colours and shapes land on their objects. "
                + "Guidance sets how strongly "
                + "each step is pushed towards the prompt and away from the empty prompt.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        return TextExports.of(prompt, figures, state);
    }

    @Override
    public Set<String> settings() {
        return TextLesson.names();
    }

    /** Sets the prompt and the form as a lesson asks; {@code run=true} generates now, or once a text model is ready. */
    @Override
    public void apply(Map<String, String> settings) {
        TextLesson lesson = TextLesson.read(settings, form);
        boolean coming = context.activeModel().loading().isPresent() || (model == null && jobs.busy());     // loading, or being read
        if (lesson.run() && model == null && !coming) {
            throw new IllegalArgumentException("there is no text-conditioned model to generate with; open " + SHIPPED
                    + " or choose a unet-s-text run in the Text model box");
        }
        lesson.setForm(form, prompt);
        if (lesson.tab() != null) figures.tabs().setSelectedIndex(lesson.tab());
        if (!lesson.run()) return;
        if (model != null) generate();
        else runWhenReady = true;
    }

    /** The text models are looked for again: one may have been trained or copied in. */
    @Override
    public void shown() {
        refreshChooser();
    }

    @Override
    public void close() {
        jobs.forget();
        encodeTimer.stop();
        figures.player().stop();
    }

    private void modelChanged(Optional<ActiveModel.Loaded> loaded) {
        refreshChooser();
        if (loaded.isPresent()) {
            useModel(loaded.get().label(), loaded.get().model());
        } else {
            useModel(null, null);
            context.activeModel().loading().ifPresent(run -> showMessage("Loading " + run.getFileName() + "…"));
        }
    }

    /** Starts using a model (null: none); whether it reads text is found out on the worker. A lesson's run waits. */
    void useModel(String label, GenerativeModel newModel) {
        jobs.forget();
        model = null;
        prompt.setTokenizer(null);
        form.setRunning(false, false);
        form.model.setText(newModel == null ? "No model" : label);
        about.setText(" ");
        if (newModel == null) {
            showMessage(TextTexts.noTextModel(null, shipped()));
            return;
        }
        showMessage("Reading the model…");
        jobs.facts(newModel, f -> useFacts(label, newModel, f));
    }

    private void useFacts(String label, GenerativeModel newModel, TextRunner.Facts f) {
        if (!f.readsText()) {
            runWhenReady = false;                                   // a lesson's run cannot happen on it
            showMessage(TextTexts.noTextModel(f.info().name(), shipped()));
            about.setText(label + ": reads no text");
            return;
        }
        model = newModel;
        modelName = f.info().name();
        useTokenizer(f.tokenizer());
        about.setText(label + ": knows " + f.tokenizer().vocabulary().size() + " words");
        form.setRunning(false, true);
        showMessage(READY);
        encode();
        if (runWhenReady) {
            runWhenReady = false;
            generate();
        }
    }

    /** Tokenizes the prompt with this tokenizer from now on (as the model in use does). */
    void useTokenizer(Tokenizer tokenizer) {
        prompt.setTokenizer(tokenizer);
    }

    private void showMessage(String message) {
        figures.clear(message);
        figures.clearEncoding(message);
        form.status.setText(" ");
    }

    /** The shipped text model's name if it is installed, else null. */
    private String shipped() {
        return RunFolder.isRun(context.pretrainedFolder().resolve(SHIPPED)) ? SHIPPED : null;
    }

    private void refreshChooser() {
        ActiveModel active = context.activeModel();
        chooser.setRuns(TextModels.find(context), active.loading().or(() -> active.current().map(ActiveModel.Loaded::run)).orElse(null));
    }

    /** Opens a run the chooser names, unless it is the one in use or loading. */
    private void open(Path run) {
        ActiveModel active = context.activeModel();
        Path now = active.loading().or(() -> active.current().map(ActiveModel.Loaded::run)).orElse(null);
        if (now != null && now.toAbsolutePath().normalize().equals(run.toAbsolutePath().normalize())) return;
        active.open(run, () -> context.prefs().addRecentRun(run));
    }

    private void promptEdited() {
        if (model != null) encodeTimer.restart();
    }

    /** Computes the vectors of the prompt as typed on the worker; a prompt that cannot be read says why instead. */
    private void encode() {
        if (model == null) return;
        if (prompt.tokens() == null) figures.clearEncoding(prompt.noteText());
        else jobs.encode(model, prompt.text());
    }

    /** Draws the prompt with the form's settings. */
    private void generate() {
        if (model == null) return;
        Tokenizer.Tokens tokens = prompt.tokens();
        TextSettings settings;
        GenerationRequest request;
        try {
            if (tokens == null) throw new IllegalArgumentException(prompt.noteText());
            settings = form.settings(prompt.text());
            request = settings.request();
        } catch (IllegalArgumentException e) {
            context.problems().report("Generating", e);
            return;
        }
        jobs.generate(model, request, tokens, modelName + ": \"" + prompt.text().strip() + "\", " + settings.describe());
    }

    /** A click on a sample: its words are shown. */
    private void chooseSample(int sample) {
        if (state.isEmpty()) return;
        state.setSample(sample);
        figures.redraw();
    }

    TextForm form() { return form; }

    PromptPanel prompt() { return prompt; }

    TextState state() { return state; }

    TextFigures figures() { return figures; }

    TextJobs jobs() { return jobs; }

    TextModelChooser chooser() { return chooser; }
}
