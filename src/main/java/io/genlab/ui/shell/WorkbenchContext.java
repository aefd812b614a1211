package io.genlab.ui.shell;

import io.genlab.data.DatasetLocations;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunFolder;
import io.genlab.ui.widgets.ModelWorker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the views share: where GenLab lives, the datasets and models it has, the preferences, the
 * problem banner, the trained model the views look at and the way to other views and lessons.
 * Created once per window.
 */
public final class WorkbenchContext {
    private final Path home;
    private final DatasetLocations locations;
    private final ModelRegistry registry;
    private final UiPrefs prefs;
    private final Problems problems;
    private final ActiveModel activeModel;
    private final Navigation navigation;

    public WorkbenchContext(Path home, ModelRegistry registry, UiPrefs prefs, Problems problems, ModelWorker modelWorker) {
        this.home = home;
        this.locations = DatasetLocations.of(home);
        this.registry = registry;
        this.prefs = prefs;
        this.problems = problems;
        this.activeModel = new ActiveModel(registry, modelWorker, problems);
        this.navigation = new Navigation(problems);
    }

    public Path home() { return home; }

    public DatasetLocations locations() { return locations; }

    public ModelRegistry registry() { return registry; }

    public UiPrefs prefs() { return prefs; }

    public Problems problems() { return problems; }

    public ActiveModel activeModel() { return activeModel; }

    /** Following links and opening lessons from a view; the window connects it. */
    public Navigation navigation() { return navigation; }

    /**
     * Where new runs started in the workbench go: the {@code genlab.runs} system property, else
     * {@code ~/genlab-runs}.
     */
    public Path runsFolder() {
        String configured = System.getProperty("genlab.runs");
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        return Path.of(System.getProperty("user.home"), "genlab-runs");
    }

    /** Folder of the pretrained models that ship with GenLab (the lessons open them). */
    public Path pretrainedFolder() {
        return home.resolve("lessons").resolve("models");
    }

    /** The shipped runs that hold a checkpoint, by folder name. */
    public List<Path> pretrainedRuns() {
        Path dir = pretrainedFolder();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))       // a retraining's temporary copies
                    .filter(p -> Files.isRegularFile(p.resolve(RunFolder.CONFIG)) && Files.isDirectory(p.resolve("checkpoints")))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
