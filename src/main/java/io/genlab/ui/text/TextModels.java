package io.genlab.ui.text;

import io.genlab.train.ModelRegistry;
import io.genlab.train.RunFolder;
import io.genlab.ui.shell.WorkbenchContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs the Text view offers in its model chooser: the shipped ones and the recently opened
 * ones whose config.json names a model that reads prompts (unet-s-text). Only the config is read,
 * never a checkpoint, so it is quick enough for the UI thread.
 */
final class TextModels {
    /** One run to offer and how to label it, e.g. "unet-s-shapes-text (pretrained)". */
    record Entry(Path run, String label) {
        @Override
        public String toString() { return label; }
    }

    private TextModels() {}

    /** The text-conditioned runs among the shipped and the recent ones, shipped first, each once. */
    static List<Entry> find(WorkbenchContext context) {
        List<Entry> out = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (Path p : context.pretrainedRuns()) {
            if (readsText(context.registry(), p)) out.add(new Entry(p, p.getFileName() + " (pretrained)"));
            seen.add(p.toAbsolutePath().normalize());
        }
        for (Path p : context.prefs().recentRuns()) {
            if (seen.contains(p.toAbsolutePath().normalize())) continue;
            seen.add(p.toAbsolutePath().normalize());
            Path parent = p.getParent();
            if (readsText(context.registry(), p)) out.add(new Entry(p, p.getFileName() + (parent == null ? "" : "  — " + parent)));
        }
        return out;
    }

    /** Whether the run's config names a model that reads prompts; false for a folder that is no run or names an unknown model. */
    static boolean readsText(ModelRegistry registry, Path run) {
        try {
            return registry.get(RunFolder.open(run).config().model()).textConditioned();
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
