package io.genlab.ui.train;

import io.genlab.train.TrainingPresets;
import io.genlab.ui.shell.LinkSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings a lesson link gives the Train view, checked all at once before any is applied:
 * either {@code open} (a shipped run's history, to look at) or a new run's {@code config},
 * {@code dataset}, {@code steps}, {@code batch}, {@code snapshot-every} and {@code options}, with
 * {@code start=true} to press Start.
 *
 * @param open          the shipped run folder to show, or null
 * @param config        the model configuration, or null to keep the form's
 * @param dataset       the dataset spec, or null for the model's preset
 * @param steps         total steps, or null for the preset
 * @param batch         batch size, or null for the preset
 * @param snapshotEvery steps between snapshots, or null for the preset
 * @param options       model options as typed in the form, or null for the preset
 * @param start         press Start once set up
 */
record TrainLessonSettings(Path open, String config, String dataset, Long steps, Integer batch, Integer snapshotEvery,
                           String options, boolean start) {
    static final Set<String> NAMES = Set.of("config", "dataset", "steps", "batch", "snapshot-every", "options", "open", "start");
    private static final List<String> ORDER = List.of("config", "dataset", "steps", "batch", "snapshot-every", "options", "open", "start");

    /**
     * Checks a lesson link's settings against the form.
     *
     * @param pretrained the folder of the shipped runs (lessons/models)
     * @param shipped    the runs in it that can be opened
     * @throws IllegalArgumentException naming the setting and the values it takes
     */
    static TrainLessonSettings parse(Map<String, String> values, TrainSettings form, Path pretrained, List<Path> shipped) {
        LinkSettings link = new LinkSettings("train", values, ORDER);
        if (values.containsKey("open")) {
            List<String> others = ORDER.stream().filter(k -> !k.equals("open") && values.containsKey(k)).toList();
            if (!others.isEmpty()) {
                throw new IllegalArgumentException("open shows a shipped run as it was trained, to look at; it cannot be combined with "
                        + String.join(", ", others));
            }
            return new TrainLessonSettings(shippedRun(values.get("open"), pretrained, shipped), null, null, null, null, null, null, false);
        }
        String config = values.get("config");
        if (config != null && !form.modelNames().contains(config)) {
            throw new IllegalArgumentException("config must be one of " + String.join(", ", form.modelNames()) + ", got \"" + config + "\"");
        }
        String model = config != null ? config
                : form.modelNames().contains(form.modelName()) ? form.modelName() : TrainingPresets.DEFAULT_MODEL;
        String dataset = values.get("dataset");
        if (dataset != null && !form.datasetsFor(model).contains(dataset)) {
            throw new IllegalArgumentException("dataset must be one of " + String.join(", ", form.datasetsFor(model))
                    + " (the data " + model + " learns on this computer), got \"" + dataset + "\"");
        }
        Long steps = link.wholeNumber("steps", 1, TrainSettings.MAX_STEPS);
        Long batch = link.wholeNumber("batch", 1, TrainSettings.MAX_BATCH);
        Long every = link.wholeNumber("snapshot-every", 1, TrainSettings.MAX_SNAPSHOT_EVERY);
        String options = values.get("options");
        if (options != null) {
            try {
                ModelOptionsText.parse(options);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("options must be key=value pairs such as timesteps=100, got \"" + options + "\"", e);
            }
        }
        boolean start = Boolean.TRUE.equals(link.bool("start"));
        return new TrainLessonSettings(null, config, dataset, steps, batch == null ? null : batch.intValue(),
                every == null ? null : every.intValue(), options, start);
    }

    /** The shipped run called {@code name}; only the listed folders can be opened. */
    private static Path shippedRun(String name, Path pretrained, List<Path> shipped) {
        return shipped.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("open must be a run folder in " + pretrained + " ("
                        + String.join(", ", shipped.stream().map(p -> p.getFileName().toString()).toList())
                        + "), got \"" + name + "\""));
    }
}
