package io.genlab.ui.train;

import io.genlab.data.CatalogEntry;
import io.genlab.train.DataShape;
import io.genlab.train.ModelProvider;
import io.genlab.train.RunConfig;
import io.genlab.train.TrainingData;
import io.genlab.train.TrainingPresets;
import io.genlab.ui.widgets.ActionListenerGuard;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

import java.awt.Component;
import java.awt.GridBagLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Train view's settings form: model, dataset, steps, batch size, learning rate, snapshot
 * interval, seed and model options, turned into a {@link RunConfig} as {@code genlab train}
 * builds one. Choosing a model fills in its {@link TrainingPresets preset} and offers only the
 * datasets it can learn. A run that exists already shows its own settings, and only its step
 * limit can change.
 */
final class TrainSettings extends JPanel {
    private final TrainChoices choices;
    private final JComboBox<ModelProvider> model = new JComboBox<>();
    private final JTextArea description = new JTextArea(3, 20);
    private final JComboBox<String> dataset = new JComboBox<>();
    /** The most steps, batch size and snapshot interval the form takes. */
    static final int MAX_STEPS = 10_000_000, MAX_BATCH = 4096, MAX_SNAPSHOT_EVERY = 1_000_000;
    private final JSpinner steps = new JSpinner(new SpinnerNumberModel(600, 1, MAX_STEPS, 100));
    private final JSpinner batch = new JSpinner(new SpinnerNumberModel(64, 1, MAX_BATCH, 16));
    private final JTextField learningRate = new JTextField(8);
    private final JSpinner snapshotEvery = new JSpinner(new SpinnerNumberModel(25, 1, MAX_SNAPSHOT_EVERY, 5));
    private final JSpinner seed = new JSpinner(new SpinnerNumberModel(Long.valueOf(1), Long.valueOf(Long.MIN_VALUE),
            Long.valueOf(Long.MAX_VALUE), Long.valueOf(1)));
    private final JTextField options = new JTextField(12);
    private TrainingPresets.Preset preset;
    private boolean locked;
    private String missingModel;      // the shown run's model when this GenLab lacks it

    /**
     * @param providers the models to offer
     * @param catalog   the datasets on this machine
     */
    TrainSettings(List<ModelProvider> providers, List<CatalogEntry> catalog) {
        super(new GridBagLayout());
        this.choices = new TrainChoices(providers, catalog);
        setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
        model.setModel(new DefaultComboBoxModel<>(choices.models().toArray(new ModelProvider[0])));
        model.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                String text = value instanceof ModelProvider p ? p.name() + "  (" + p.family() + ")"
                        : missingModel != null ? missingModel + "  (not in this GenLab)" : "";
                return super.getListCellRendererComponent(list, text, index, sel, focus);
            }
        });
        description.setEditable(false);
        description.setFocusable(false);
        description.setLineWrap(true);
        description.setWrapStyleWord(true);
        description.setOpaque(false);
        learningRate.putClientProperty("JTextField.placeholderText", "model default");
        learningRate.setToolTipText("Leave empty for the model's own learning rate");
        options.putClientProperty("JTextField.placeholderText", "key=value, …");
        options.setToolTipText("Model options as in 'genlab train --set', e.g. timesteps=100, schedule=cosine");
        snapshotEvery.setToolTipText("Draw samples every this many steps, for the time-lapse on the right");

        new FormGrid(this)
                .row("Model", model)
                .wide(description)
                .row("Dataset", dataset)
                .row("Steps", steps)
                .row("Batch size", batch)
                .row("Learning rate", learningRate)
                .row("Snapshot every", snapshotEvery)
                .row("Seed", seed)
                .row("Model options", options);

        model.addActionListener(e -> modelChosen());
        choices.model(TrainingPresets.DEFAULT_MODEL).ifPresentOrElse(model::setSelectedItem, this::modelChosen);
    }

    /** The config of a new run with these settings. */
    RunConfig config() {
        ModelProvider p = selectedModel();
        String spec = (String) dataset.getSelectedItem();
        if (p == null || spec == null) throw new IllegalArgumentException("choose a model and a dataset first");
        Map<String, Object> opts = ModelOptionsText.read(options.getText(), learningRate.getText());
        DataShape.Kind kind = TrainChoices.kindOf(spec);
        int checkpointEvery = preset == null ? 1000 : preset.checkpointEvery();
        return RunConfig.defaults(p.name(), spec, steps(), 0).withOptions(opts).withData(spec, 0, (Integer) batch.getValue())
                .withSeed(seed())
                .withSchedule((Integer) snapshotEvery.getValue(), checkpointEvery, TrainingPresets.snapshotCount(kind));
    }

    long steps() { return ((Number) steps.getValue()).longValue(); }

    void setSteps(long value) { steps.setValue((int) Math.min(MAX_STEPS, Math.max(1, value))); }

    long seed() { return ((Number) seed.getValue()).longValue(); }

    /** The model shown: the chosen one, or the name of a shown run's model that this GenLab lacks. */
    String modelName() {
        ModelProvider p = selectedModel();
        return p != null ? p.name() : missingModel != null ? missingModel : "";
    }

    /** The models the form offers, by name. */
    List<String> modelNames() { return choices.modelNames(); }

    /** The datasets the form offers for a model: those on this machine it can learn. */
    List<String> datasetsFor(String modelName) { return choices.datasetsFor(modelName); }

    String datasetSpec() { return (String) dataset.getSelectedItem(); }

    /** Chooses a model by name and fills in its preset; false if there is no such model. */
    boolean chooseModel(String name) {
        Optional<ModelProvider> p = choices.model(name);
        p.ifPresent(model::setSelectedItem);
        return p.isPresent();
    }

    void chooseDataset(String spec) { dataset.setSelectedItem(spec); }

    void setBatchSize(int n) { batch.setValue(n); }

    void setSnapshotEvery(int n) { snapshotEvery.setValue(n); }

    void setModelOptions(String text) { options.setText(text); }

    /** Shows the settings of an existing run; only the step limit stays editable. */
    void showRun(RunConfig config) {
        locked = true;
        ModelProvider p = choices.model(config.model()).orElse(null);
        missingModel = p == null ? config.model() : null;
        ActionListenerGuard.withoutEvents(model, () -> model.setSelectedItem(p));
        description.setText(p != null ? p.description() : config.model()
                + " is not part of this GenLab: its curves and snapshots can be looked at, but it cannot be trained or used here.");
        preset = TrainingPresets.forModel(config.model(), TrainChoices.kindOf(config.dataset()));
        dataset.setModel(new DefaultComboBoxModel<>(new String[]{config.dataset()}));
        batch.setValue(config.batchSize());
        learningRate.setText(ModelOptionsText.learningRate(config.options()));
        snapshotEvery.setValue(Math.max(1, config.snapshotEvery()));
        seed.setValue(config.seed());
        options.setText(ModelOptionsText.options(config.options()));
        setEditable(true);
    }

    /** A run has started with these settings: from now on only its step limit can change. */
    void lock() {
        locked = true;
    }

    /** Steps one more round of training adds, e.g. after a run finished. */
    long roundSteps() {
        return preset == null ? 1000 : preset.steps();
    }

    /** Back to a new run: every setting editable again, with the chosen model's preset. */
    void newRun() {
        locked = false;
        missingModel = null;
        List<ModelProvider> models = choices.models();
        if (selectedModel() == null && !models.isEmpty()) {
            ActionListenerGuard.withoutEvents(model, () -> model.setSelectedItem(
                    choices.model(TrainingPresets.DEFAULT_MODEL).orElse(models.get(0))));
        }
        modelChosen();
    }

    /** Enables the fields that may change now: all for a new run, only the steps for an existing one. */
    void setEditable(boolean editable) {
        for (JComponent c : List.of(model, dataset, batch, learningRate, snapshotEvery, seed, options)) {
            c.setEnabled(editable && !locked);
        }
        steps.setEnabled(editable);
    }

    private ModelProvider selectedModel() { return (ModelProvider) model.getSelectedItem(); }

    private void modelChosen() {
        ModelProvider p = selectedModel();
        if (p == null) return;
        description.setText(p.description());
        List<String> fit = choices.datasetsFor(p.name());
        DataShape.Kind kind = fit.stream().map(TrainingData::expectedShape).flatMap(Optional::stream)
                .map(DataShape::kind).findFirst().orElse(DataShape.Kind.IMAGES);
        preset = TrainingPresets.forModel(p.name(), kind);
        dataset.setModel(new DefaultComboBoxModel<>(fit.toArray(new String[0])));
        if (fit.contains(preset.dataset())) dataset.setSelectedItem(preset.dataset());
        setSteps(preset.steps());
        batch.setValue(preset.batchSize());
        snapshotEvery.setValue(preset.snapshotEvery());
        learningRate.setText("");
        options.setText(preset.optionsText());
    }
}
