package io.genlab.eval.race;

import io.genlab.train.CheckpointManifest;
import io.genlab.train.Checkpoints;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A lane's model as its run folder describes it, read from the last checkpoint's manifest without
 * loading any weights: the model's name, its family and its data; or what is wrong with the folder.
 *
 * @param folder     the run folder's name, e.g. "unet-s-fashion"
 * @param checkpoint the checkpoint the lane will load; null with a problem
 * @param model      the model's name, e.g. "unet-s" (the folder's name with a problem)
 * @param family     its family, e.g. "diffusion"; empty with a problem
 * @param shape      the pictures it draws; null with a problem
 * @param problem    why the lane cannot race; null if it can
 */
public record LaneHead(String folder, Path run, Path checkpoint, String model, String family, DataShape shape, String problem) {
    /** The shipped models that race, in lane order: folders of the lessons' model folder. */
    public static final List<String> SHIPPED = List.of("unet-s-fashion", "dit-s-fashion", "dcgan-s-fashion", "pixelcnn-s-fashion");

    /** Reads the lane of the run in {@code run}; a missing, damaged or unsuitable folder gives a head with its problem. */
    public static LaneHead read(Path run) {
        Path name = run.getFileName();
        String folder = name == null ? run.toString() : name.toString();
        try {
            RunFolder runFolder = RunFolder.open(run);
            Path checkpoint = runFolder.latestCheckpoint()
                    .orElseThrow(() -> new IOException(run + " has no checkpoint yet: train it for a few steps first"));
            CheckpointManifest manifest = Checkpoints.readManifest(checkpoint);
            if (manifest.shape().kind() != DataShape.Kind.IMAGES) {
                throw new IOException(run + " holds a model of " + manifest.shape() + "; the race draws pictures");
            }
            return new LaneHead(folder, run, checkpoint, manifest.model(), manifest.family(), manifest.shape(), null);
        } catch (IOException | RuntimeException e) {
            return new LaneHead(folder, run, null, folder, "", null, RaceTexts.problem(e));
        }
    }

    /** The lanes of the shipped models in {@code models} (the lessons' model folder), in lane order. */
    public static List<LaneHead> shipped(Path models) {
        return SHIPPED.stream().map(name -> read(models.resolve(name))).toList();
    }

    public boolean ready() { return problem == null; }

    /** The lane as it shows before it has run: its name, family and what it will do; or its problem. */
    public LaneRecording waiting(RaceSettings settings) {
        return LaneRecording.notRun(model, family, ready() ? RaceTexts.method(family, shape, settings) : "", problem);
    }

    /**
     * Loads the lane's model from its checkpoint, as every command that samples a run does; runs on
     * any thread, and the model is then used on that thread only.
     *
     * @throws IOException naming the file when the checkpoint is missing or damaged
     */
    public GenerativeModel load(ModelRegistry registry) throws IOException {
        if (!ready()) throw new IOException(problem);
        return registry.load(Checkpoints.read(checkpoint));
    }

    /** The classes of the first lane that can race; empty if none can. */
    public static List<String> classNames(List<LaneHead> heads) {
        return heads.stream().filter(LaneHead::ready).findFirst().map(h -> h.shape().classNames()).orElse(List.of());
    }
}
