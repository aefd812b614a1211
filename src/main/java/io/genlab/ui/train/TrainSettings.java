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
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final List<ModelProvider> providers;
    private final List<String> datasetSpecs;
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
        this.providers = List.copyOf(providers);
        this.datasetSpecs = catalog.stream().filter(e -> e.active() && e.usable()).map(CatalogEntry::spec).distinct().toList();
        setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
        model.setModel(new DefaultComboBoxModel<>(this.providers.toArray(new ModelProvider[0])));
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

        int row = 0;
        row = addRow(row, "Model", model);
        GridBagConstraints d = constraints(0, row++);
        d.gridwidth = 2;
        d.fill = GridBagConstraints.HORIZONTAL;
        add(description, d);
        row = addRow(row, "Dataset", dataset);
        row = addRow(row, "Steps", steps);
        row = addRow(row, "Batch size", batch);
        row = addRow(row, "Learning rate", learningRate);
        row = addRow(row, "Snapshot every", snapshotEvery);
        row = addRow(row, "Seed", seed);
        addRow(row, "Model options", options);

        model.addActionListener(e -> modelChosen());
        providers.stream().filter(p -> p.name().equals(TrainingPresets.DEFAULT_MODEL)).findFirst()
                .ifPresentOrElse(model::setSelectedItem, this::modelChosen);
    }

    /** The config of a new run with these settings. */
    RunConfig config() {
        ModelProvider p = selectedModel();
        String spec = (String) dataset.getSelectedItem();
        if (p == null || spec == null) throw new IllegalArgumentException("choose a model and a dataset first");
        Map<String, Object> opts = parseOptions(options.getText());
        String lr = learningRate.getText().strip();
        if (!lr.isEmpty()) {
            double value;
            try {
                value = Double.parseDouble(lr);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the learning rate must be a number such as 0.001, not '" + lr + "'");
            }
            if (!(value > 0) || Double.isInfinite(value)) throw new IllegalArgumentException("the learning rate must be above 0, got " + lr);
            opts.put("lr", value);
        }
        DataShape.Kind kind = kindOf(spec);
        int checkpointEvery = preset == null ? 1000 : preset.checkpointEvery();
        return RunConfig.defaults(p.name(), spec, steps(), 0).withOptions(opts).withData(spec, 0, (Integer) batch.getValue())
                .withSeed(seed())
                .withSchedule((Integer) snapshotEvery.getValue(), checkpointEvery, TrainingPresets.snapshotCount(kind));
    }

    /** Model options typed as {@code key=value} pairs, separated by commas or spaces. */
    static Map<String, Object> parseOptions(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("model options are key=value pairs such as timesteps=100, not '" + part + "'");
            }
            out.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return out;
    }

    /** Points or images, as far as the spec tells; images when it cannot tell. */
    static DataShape.Kind kindOf(String spec) {
        try {
            return TrainingData.expectedShape(spec).map(DataShape::kind).orElse(DataShape.Kind.IMAGES);
        } catch (RuntimeException e) {
            return DataShape.Kind.IMAGES;
        }
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
    List<String> modelNames() {
        return providers.stream().map(ModelProvider::name).toList();
    }

    /** The datasets the form offers for a model: those on this machine it can learn. */
    List<String> datasetsFor(String modelName) {
        ModelProvider p = providers.stream().filter(m -> m.name().equals(modelName)).findFirst().orElse(null);
        if (p == null) return List.of();
        List<String> fit = new ArrayList<>();
        for (String spec : datasetSpecs) {
            Optional<DataShape> shape = TrainingData.expectedShape(spec);
            if (shape.isEmpty() || p.supports(shape.get())) fit.add(spec);
        }
        return fit;
    }


    String datasetSpec() { return (String) dataset.getSelectedItem(); }

    /** Chooses a model by name and fills in its preset; false if there is no such model. */
    boolean chooseModel(String name) {
        for (ModelProvider p : providers) {
            if (p.name().equals(name)) {
                model.setSelectedItem(p);
                return true;
            }
        }
        return false;
    }

    void chooseDataset(String spec) { dataset.setSelectedItem(spec); }

    void setBatchSize(int n) { batch.setValue(n); }

    void setSnapshotEvery(int n) { snapshotEvery.setValue(n); }

    void setModelOptions(String text) { options.setText(text); }

    /** Shows the settings of an existing run; only the step limit stays editable. */
    void showRun(RunConfig config) {
        locked = true;
        ModelProvider p = providers.stream().filter(m -> m.name().equals(config.model())).findFirst().orElse(null);
        missingModel = p == null ? config.model() : null;
        ActionListenerGuard.withoutEvents(model, () -> model.setSelectedItem(p));
        description.setText(p != null ? p.description() : config.model()
                + " is not part of this GenLab: its curves and snapshots can be looked at, but it cannot be trained or used here.");
        preset = TrainingPresets.forModel(config.model(), kindOf(config.dataset()));
        dataset.setModel(new DefaultComboBoxModel<>(new String[]{config.dataset()}));
        batch.setValue(config.batchSize());
        Object lr = config.options().get("lr");
        learningRate.setText(lr == null ? "" : lr.toString());
        snapshotEvery.setValue(Math.max(1, config.snapshotEvery()));
        seed.setValue(config.seed());
        StringBuilder o = new StringBuilder();
        config.options().forEach((k, v) -> {
            if (!k.equals("lr")) o.append(o.length() == 0 ? "" : ", ").append(k).append('=').append(v);
        });
        options.setText(o.toString());
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
        if (selectedModel() == null && !providers.isEmpty()) {
            ActionListenerGuard.withoutEvents(model, () -> model.setSelectedItem(providers.stream()
                    .filter(p -> p.name().equals(TrainingPresets.DEFAULT_MODEL)).findFirst().orElse(providers.get(0))));
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
        List<String> fit = datasetsFor(p.name());
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

    private int addRow(int row, String label, JComponent field) {
        JLabel l = new JLabel(label);
        l.setLabelFor(field);
        add(l, constraints(0, row));
        GridBagConstraints c = constraints(1, row);
        c.weightx = 1;
        add(field, c);
        return row + 1;
    }

    private static GridBagConstraints constraints(int x, int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.WEST;
        c.fill = x == 0 ? GridBagConstraints.NONE : GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(3, x == 0 ? 0 : 8, 3, 0);
        return c;
    }
}
