package io.genlab.ui;

import io.genlab.train.DataShape;

import java.util.Map;

/**
 * Training settings that make each model worth watching live in a lesson on a small CPU: a
 * dataset it learns, enough steps to see it improve, and snapshots often enough for a smooth
 * time-lapse. They are starting values the Train view fills in; every one can be changed.
 *
 * <p>diffusion-2d is the default model: on a 2-core CPU it trains 600 steps of batch 256 on the
 * ring in about 35 seconds (a minute with its snapshots), so a class sees noise turn into a ring
 * within a lesson's minute; with 100 noise levels instead of 1000 its samples at step 600 are
 * already a clean ring, as in the README's example. unet-s makes
 * real images but needs about an hour for recognisable Fashion-MNIST samples (2.6 s per step at
 * batch 64), so its preset uses batch 32 and is meant for a run left going over a lesson.
 */
final class TrainPresets {
    private TrainPresets() {}

    /** The model the view offers first. */
    static final String DEFAULT_MODEL = "diffusion-2d";

    /** Noise levels T of the diffusion-2d preset; the 2D view trains the same model. */
    static final int DIFFUSION_2D_TIMESTEPS = 100;

    /**
     * @param dataset         preferred dataset spec (the first one the model supports is used if it is missing)
     * @param steps           total steps
     * @param batchSize       examples per step
     * @param snapshotEvery   steps between two snapshots
     * @param checkpointEvery steps between two checkpoints
     * @param options         model options, as typed in the form ("key=value, ...")
     */
    record Preset(String dataset, long steps, int batchSize, int snapshotEvery, int checkpointEvery, String options) {
        /** The options as a run config takes them. */
        Map<String, Object> modelOptions() {
            return TrainSettings.parseOptions(options);
        }
    }

    /** Points per snapshot: enough for the cloud's shape to show. */
    static final int POINT_SAMPLES = 1000;
    /** Images per snapshot: two of each Fashion-MNIST class. */
    static final int IMAGE_SAMPLES = 20;

    /** The preset for a model; models without their own get one for their kind of data. */
    static Preset forModel(String model, DataShape.Kind kind) {
        return switch (model) {
            case "diffusion-2d" -> new Preset("toy2d:ring", 600, 256, 25, 200, "timesteps=" + DIFFUSION_2D_TIMESTEPS);
            case "unet-s" -> new Preset("fashion", 3000, 32, 100, 250, "");
            case "pixel-gaussian" -> new Preset("fashion", 300, 64, 10, 100, "");
            default -> kind == DataShape.Kind.POINTS
                    ? new Preset("toy2d:ring", 1000, 256, 50, 250, "")
                    : new Preset("fashion", 2000, 64, 100, 500, "");
        };
    }

    /** Samples per snapshot for data of this kind. */
    static int snapshotCount(DataShape.Kind kind) {
        return kind == DataShape.Kind.POINTS ? POINT_SAMPLES : IMAGE_SAMPLES;
    }
}
