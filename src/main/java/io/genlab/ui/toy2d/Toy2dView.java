package io.genlab.ui.toy2d;

import io.genlab.data.Datasets;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.ThemedChartPanel;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
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

    private final WorkbenchContext context;
    private final Toy2dTraining training;
    private final Toy2dTrainingPanel trainingPanel = new Toy2dTrainingPanel();
    private final Toy2dGenerationPanel generationPanel = new Toy2dGenerationPanel();
    private final JPanel panel = new JPanel(new BorderLayout(0, 4));
    private final Toy2dForm form = new Toy2dForm();
    private ModelWorker.Job generating;
    private Object running;                  // the token of the generation whose progress still counts
    private boolean generateWhenTrained;     // a lesson asked for Generate once a model is there
    private long step;
    private String shownData;                // the dataset the panels show

    public Toy2dView(WorkbenchContext context) {
        this.context = context;
        this.training = new Toy2dTraining(context.registry(), context.locations(), ModelWorker.forSwing("toy2d"),
                SwingUtilities::invokeLater, this);
        form.dataset.addActionListener(e -> {
            if (!form.data().equals(shownData)) dataChanged();          // the box also fires for the same item
        });
        form.start.addActionListener(e -> startTraining());
        form.pause.addActionListener(e -> training.pause());
        form.stop.addActionListener(e -> training.stop());
        form.generate.addActionListener(e -> generate());
        form.cancel.addActionListener(e -> {
            if (generating != null) generating.cancel();
        });

        JPanel figures = new JPanel(new GridLayout(1, 2, 8, 0));
        figures.add(trainingPanel.component());
        figures.add(generationPanel.component());
        panel.add(form, BorderLayout.NORTH);
        panel.add(figures, BorderLayout.CENTER);
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        dataChanged();
        stateChanged(Toy2dTraining.State.NEW);
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

    private void startTraining() {
        if (training.state() != Toy2dTraining.State.PAUSED) {    // a new model: a new loss curve
            step = 0;
            dataChanged();
        }
        training.start(form.trainingSettings());
    }

    /**
     * Shows the chosen data; a finished model of other data is dropped, so Generate means this data,
     * and so is a generation from it, finished or running.
     */
    private void dataChanged() {
        String spec = form.data();
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
        form.generate.setEnabled(false);
        form.cancel.setEnabled(true);
        int n = form.points.getNumber().intValue();
        String method = (String) form.sampler.getSelectedItem();
        int k = form.samplerSteps.getNumber().intValue();
        Object token = new Object();
        running = token;
        generating = training.generate(n, method, k, form.seed.getNumber().longValue(), done -> {
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
        form.cancel.setEnabled(false);
        form.generate.setEnabled(training.state() != Toy2dTraining.State.NEW);
        return wanted;
    }

    @Override
    public void updates(List<Toy2dTraining.Update> batch) {
        trainingPanel.add(batch);
        for (Toy2dTraining.Update u : batch) {
            if (u instanceof Toy2dTraining.Step s) {
                step = s.step();
                form.progress.setText(String.format(Locale.ROOT, "step %,d of %,d   loss %.4f", s.step(), training.targetSteps(), s.loss()));
            }
        }
    }

    @Override
    public void stateChanged(Toy2dTraining.State state) {
        form.showState(state, generating != null, step);
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
        return Toy2dLesson.names();
    }

    /**
     * Sets the form from a lesson link, then presses Start ({@code train=true}) and Generate
     * ({@code generate=true}: at once if there is a model and the link does not train, otherwise
     * once training has finished).
     */
    @Override
    public void apply(Map<String, String> values) {
        Toy2dLesson lesson = Toy2dLesson.read(values, form);
        lesson.setForm(form);
        boolean pressStart = Boolean.TRUE.equals(lesson.train());
        if (pressStart && form.start.isEnabled()) startTraining();
        if (lesson.generate() != null) generateWhenTrained = false;
        if (Boolean.TRUE.equals(lesson.generate())) {
            if (!pressStart && form.generate.isEnabled()) generate();
            else if (generating == null) generateWhenTrained = true;
        }
    }

    boolean generatesWhenTrained() { return generateWhenTrained; }

    /** The form as a lesson link would give it (without the actions). */
    Map<String, String> form() { return form.values(); }

    String progressText() { return form.progress.getText(); }

    Toy2dTraining training() { return training; }

    Toy2dGenerationPanel generation() { return generationPanel; }

    Toy2dTrainingPanel trainingPanel() { return trainingPanel; }

    Toy2dGenerationPanel generationPanel() { return generationPanel; }
}
