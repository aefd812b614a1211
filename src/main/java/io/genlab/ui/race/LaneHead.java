package io.genlab.ui.race;

import io.genlab.train.CheckpointManifest;
import io.genlab.train.Checkpoints;
import io.genlab.train.DataShape;
import io.genlab.train.RunFolder;
import io.genlab.ui.shell.Problems;

import java.io.IOException;
import java.nio.file.Path;

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
record LaneHead(String folder, Path run, Path checkpoint, String model, String family, DataShape shape, String problem) {

    /** Reads the lane of the run in {@code run}; a missing, damaged or unsuitable folder gives a head with its problem. */
    static LaneHead read(Path run) {
        String folder = run.getFileName().toString();
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
            return new LaneHead(folder, run, null, folder, "", null, Problems.describe(e));
        }
    }

    boolean ready() { return problem == null; }

    /** The lane as it shows before it has run: its name, family and what it will do; or its problem. */
    LaneRecording waiting(RaceSettings settings) {
        return LaneRecording.notRun(model, family, ready() ? RaceTexts.method(family, shape, settings) : "", problem);
    }
}
