package io.genlab.ui.toy2d;

import io.genlab.data.Datasets;
import io.genlab.data.Toy2D;
import io.genlab.ui.shell.LinkSettings;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.ThemedChartPanel;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Diffusion on 2D points: train the small diffusion-2d model live on a Toy2D distribution and
 * watch its samples improve, then run the reverse process and scrub through the point cloud as
 * noise turns into data, with the paths of some points. The model is this view's own, trained
 * and sampled on its own {@link ModelWorker}; the toolbar's model is not used.
 */
public final class Toy2dView implements WorkbenchView, Toy2dTraining.Listener {
    private static final int DATA_POINTS = 2000;
    private static final List<String> SETTINGS = List.of("dataset", "steps", "train", "points", "sampler", "sampler-steps",
            "seed", "generate");

    private final WorkbenchContext context;
    private final Toy2dTraining training;
    private final Toy2dTrainingPanel trainingPanel = new Toy2dTrainingPanel();
    private final Toy2dGenerationPanel generationPanel = new Toy2dGenerationPanel();
    private final JPanel panel = new JPanel(new BorderLayout(0, 4));
    private final JComboBox<String> dataset = new JComboBox<>();
    private final SpinnerNumberModel steps = new SpinnerNumberModel(1000, 50, 100_000, 250);
    private final JButton start = new JButton("Start");
    private final JButton pause = new JButton("Pause");
    private final JButton stop = new JButton("Stop");
    private final JLabel progress = new JLabel("no model yet");
    private final SpinnerNumberModel points = new SpinnerNumberModel(1500, 10, 5000, 100);
    private final JComboBox<String> sampler = new JComboBox<>(new String[]{"ddim", "ddpm"});
    private final SpinnerNumberModel samplerSteps = new SpinnerNumberModel(50, 1, Toy2dTraining.TIMESTEPS, 10);
    private final SpinnerNumberModel seed = new SpinnerNumberModel(1, 0, Integer.MAX_VALUE, 1);
    private final JButton generate = new JButton("Generate");
    private final JButton cancel = new JButton("Cancel");
    private ModelWorker.Job generating;
    private Object running;                  // the token of the generation whose progress still counts
    private boolean generateWhenTrained;     // a lesson asked for Generate once a model is there
    private long step;
    private String shownData;                // the dataset the panels show

    public Toy2dView(WorkbenchContext context) {
        this.context = context;
        this.training = new Toy2dTraining(context.registry(), context.locations(), ModelWorker.forSwing("toy2d"),
                SwingUtilities::invokeLater, this);
        for (Toy2D.Kind k : Toy2D.Kind.values()) dataset.addItem("toy2d:" + k.key());
        dataset.addActionListener(e -> {
            if (!dataset.getSelectedItem().equals(shownData)) dataChanged();   // the box also fires for the same item
        });
        start.addActionListener(e -> startTraining());
        pause.addActionListener(e -> training.pause());
        stop.addActionListener(e -> training.stop());
        sampler.addActionListener(e -> samplerSteps.setValue("ddpm".equals(sampler.getSelectedItem()) ? Toy2dTraining.TIMESTEPS : 50));
        generate.addActionListener(e -> generate());
        cancel.addActionListener(e -> {
            if (generating != null) generating.cancel();
        });

        JPanel trainRow = row(new JLabel("Data"), dataset, new JLabel("  Train for"), spinner(steps, 6),
                new JLabel("steps "), start, pause, stop, new JLabel("  "), progress);
        JPanel generateRow = row(new JLabel("Generate"), spinner(points, 5), new JLabel("points with"), sampler,
                spinner(samplerSteps, 4), new JLabel("steps, seed"), spinner(seed, 6), generate, cancel);
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(trainRow);
        top.add(generateRow);
        JPanel figures = new JPanel(new GridLayout(1, 2, 8, 0));
        figures.add(trainingPanel.component());
        figures.add(generationPanel.component());
        panel.add(top, BorderLayout.NORTH);
        panel.add(figures, BorderLayout.CENTER);
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        dataChanged();
        stateChanged(Toy2dTraining.State.NEW);
    }

    private static JSpinner spinner(SpinnerNumberModel model, int columns) {
        JSpinner s = new JSpinner(model);
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(s, "#,##0");
        editor.getTextField().setColumns(columns);
        s.setEditor(editor);
        return s;
    }

    private static JPanel row(JComponent... parts) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        for (JComponent c : parts) p.add(c);
        return p;
    }

    @Override public String id() { return "toy2d"; }

    @Override public String title() { return "2D diffusion"; }

    @Override
    public String explanation() {
        return "The smallest diffusion model: it learns a cloud of 2D points (a ring, a spiral, two moons, a checkerboard) "
                + "instead of images, so you can see everything it does. Press Start: the model practises guessing the "
                + "noise that was added to noisy points, and the loss falls. Every few hundred steps it tries to make "
                + "points from pure noise; watch the blue cloud take the shape of the grey data. Then press Generate and "
                + "drag the slider: each point starts as random noise (orange) and is nudged, step by step, onto the "
                + "shape; the lines are the paths the points took.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public void close() {
        generationPanel.stop();
        training.close();
    }

    @Override
    public List<Export> exports() {
        List<Export> out = new ArrayList<>();
        BufferedImage preview = trainingPanel.samplesPicture().picture();
        if (preview != null) out.add(new Export.Picture("Samples while training", "toy2d-training-samples", () -> preview));
        if (trainingPanel.lossPoints() > 0) {
            out.add(new Export.Picture("Loss chart", "toy2d-loss", () -> ThemedChartPanel.render(trainingPanel.chart, 900, 560)));
        }
        out.addAll(generationPanel.exports());
        return out;
    }

    private Toy2dTraining.Settings trainingSettings() {
        long target = steps.getNumber().longValue();
        int every = (int) Math.max(25, Math.min(250, target / 8));
        return new Toy2dTraining.Settings((String) dataset.getSelectedItem(), target, 256, every, 1000, 1);
    }

    private void startTraining() {
        if (training.state() != Toy2dTraining.State.PAUSED) {    // a new model: a new loss curve
            step = 0;
            dataChanged();
        }
        training.start(trainingSettings());
    }

    /**
     * Shows the chosen data; a finished model of other data is dropped, so Generate means this data,
     * and so is a generation from it, finished or running.
     */
    private void dataChanged() {
        String spec = (String) dataset.getSelectedItem();
        shownData = spec;
        float[] data = Datasets.loadPoints(spec, DATA_POINTS, 1).points();
        trainingPanel.reset(spec, data);
        generationPanel.setData(spec, data);
        if (training.state() == Toy2dTraining.State.FINISHED && !spec.equals(training.dataset())) {
            if (generating != null) generating.cancel();
            running = null;                                  // its outcome no longer counts
            training.discard();
        }
    }

    private void generate() {
        generateWhenTrained = false;
        generationPanel.message("Generating…");
        generate.setEnabled(false);
        cancel.setEnabled(true);
        int n = points.getNumber().intValue();
        String method = (String) sampler.getSelectedItem();
        int k = samplerSteps.getNumber().intValue();
        Object token = new Object();
        running = token;
        generating = training.generate(n, method, k, seed.getNumber().longValue(), done -> {
            if (running == token) generationPanel.message(String.format(Locale.ROOT, "Generating: step %,d of %,d", done, k));
        }, g -> {
            if (generationDone(token)) {
                generationPanel.show(g.frames(), String.format(Locale.ROOT, "%s, %d steps", method.toUpperCase(Locale.ROOT), k));
            }
        }, e -> {
            if (generationDone(token)) generationPanel.message("Generation failed: see the message above");
            context.problems().report("Generating points", e);
        }, () -> {
            if (generationDone(token)) generationPanel.message("Generation cancelled");
        });
    }

    /** A generation ended; true if its outcome is still wanted (the data has not changed since it began). */
    private boolean generationDone(Object token) {
        boolean wanted = running == token;
        generating = null;
        running = null;
        cancel.setEnabled(false);
        generate.setEnabled(training.state() != Toy2dTraining.State.NEW);
        return wanted;
    }

    @Override
    public void updates(List<Toy2dTraining.Update> batch) {
        trainingPanel.add(batch);
        for (Toy2dTraining.Update u : batch) {
            if (u instanceof Toy2dTraining.Step s) {
                step = s.step();
                progress.setText(String.format(Locale.ROOT, "step %,d of %,d   loss %.4f", s.step(), training.targetSteps(), s.loss()));
            }
        }
    }

    @Override
    public void stateChanged(Toy2dTraining.State state) {
        boolean running = state == Toy2dTraining.State.TRAINING;
        start.setText(state == Toy2dTraining.State.PAUSED ? "Resume" : state == Toy2dTraining.State.FINISHED ? "Start again" : "Start");
        start.setEnabled(!running);
        pause.setEnabled(running);
        stop.setEnabled(running || state == Toy2dTraining.State.PAUSED);
        dataset.setEnabled(state == Toy2dTraining.State.NEW || state == Toy2dTraining.State.FINISHED);
        generate.setEnabled(generating == null && state != Toy2dTraining.State.NEW);
        cancel.setEnabled(generating != null);
        if (state == Toy2dTraining.State.TRAINING && step == 0) progress.setText("starting: building the model…");
        if (state == Toy2dTraining.State.PAUSED) progress.setText(progress.getText().replace(" (paused)", "") + " (paused)");
        if (state == Toy2dTraining.State.NEW && step == 0) progress.setText("no model yet");
        if (state == Toy2dTraining.State.FINISHED && generateWhenTrained) {
            SwingUtilities.invokeLater(() -> {                 // after failed(), which cancels the wish
                if (generateWhenTrained && generating == null && training.state() == Toy2dTraining.State.FINISHED) generate();
            });
        }
    }

    @Override
    public void failed(String what, Exception e) {
        generateWhenTrained = false;
        context.problems().report(what, e);
    }

    @Override
    public Set<String> settings() {
        return new LinkedHashSet<>(SETTINGS);
    }

    /**
     * Sets the form from a lesson link, then presses Start ({@code train=true}) and Generate
     * ({@code generate=true}: at once if there is a model and the link does not train, otherwise
     * once training has finished).
     */
    @Override
    public void apply(Map<String, String> values) {
        LinkSettings link = new LinkSettings(id(), values, SETTINGS);
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < dataset.getItemCount(); i++) kinds.add(dataset.getItemAt(i));
        String data = link.choice("dataset", kinds);
        if (data != null && !data.equals(dataset.getSelectedItem()) && !dataset.isEnabled()) {
            throw new IllegalArgumentException("dataset cannot change to " + data + " while a model trains on "
                    + dataset.getSelectedItem() + ": press Stop first");
        }
        Integer trainSteps = link.integer("steps", min(steps), max(steps));
        Boolean train = link.bool("train");
        Integer count = link.integer("points", min(points), max(points));
        String method = link.choice("sampler", List.of("ddim", "ddpm"));
        Integer k = link.integer("sampler-steps", min(samplerSteps), max(samplerSteps));
        Long noiseSeed = link.wholeNumber("seed", 0, Integer.MAX_VALUE);
        Boolean gen = link.bool("generate");

        if (data != null) dataset.setSelectedItem(data);
        if (trainSteps != null) steps.setValue(trainSteps);
        if (count != null) points.setValue(count);
        if (method != null) sampler.setSelectedItem(method);           // resets the step count to the sampler's usual
        if (k != null) samplerSteps.setValue(k);
        if (noiseSeed != null) seed.setValue(noiseSeed.intValue());
        boolean pressStart = Boolean.TRUE.equals(train);
        if (pressStart && start.isEnabled()) startTraining();
        if (gen != null) generateWhenTrained = false;
        if (Boolean.TRUE.equals(gen)) {
            if (!pressStart && generate.isEnabled()) generate();
            else if (generating == null) generateWhenTrained = true;
        }
    }

    private static int min(SpinnerNumberModel m) { return ((Number) m.getMinimum()).intValue(); }

    private static int max(SpinnerNumberModel m) { return ((Number) m.getMaximum()).intValue(); }

    boolean generatesWhenTrained() { return generateWhenTrained; }

    /** The form as a lesson link would give it (without the actions). */
    Map<String, String> form() {
        return Map.of("dataset", (String) dataset.getSelectedItem(), "steps", steps.getNumber().toString(),
                "points", points.getNumber().toString(), "sampler", (String) sampler.getSelectedItem(),
                "sampler-steps", samplerSteps.getNumber().toString(), "seed", seed.getNumber().toString());
    }

    String progressText() { return progress.getText(); }

    Toy2dTraining training() { return training; }

    Toy2dGenerationPanel generation() { return generationPanel; }

    Toy2dTrainingPanel trainingPanel() { return trainingPanel; }

    Toy2dGenerationPanel generationPanel() { return generationPanel; }
}
