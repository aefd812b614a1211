package io.genlab.train;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Training settings that make each model worth watching live in a lesson on a small CPU: a
 * dataset it learns, enough steps to see it improve, and snapshots often enough for a smooth
 * time-lapse. They are starting values the workbench fills in; every one can be changed.
 *
 * <p>diffusion-2d is the default model: on a 2-core CPU it trains 600 steps of batch 256 on the
 * ring in about 35 seconds (a minute with its snapshots), so a class sees noise turn into a ring
 * within a lesson's minute; with 100 noise levels instead of 1000 its samples at step 600 are
 * already a clean ring, as in the README's example. unet-s makes
 * real images but needs about an hour for recognisable Fashion-MNIST samples (2.6 s per step at
 * batch 64), so its preset uses batch 32 and is meant for a run left going over a lesson.
 */
public final class TrainingPresets {
    private TrainingPresets() {}

    /** The model the workbench offers first. */
    public static final String DEFAULT_MODEL = "diffusion-2d";

    /** Noise levels T of the diffusion-2d preset. */
    public static final int DIFFUSION_2D_TIMESTEPS = 100;

    /** Points per snapshot: enough for the cloud's shape to show. */
    public static final int POINT_SAMPLES = 1000;
    /** Images per snapshot: two of each Fashion-MNIST class. */
    public static final int IMAGE_SAMPLES = 20;

    /**
     * @param dataset         preferred dataset spec (the first one the model supports is used if it is missing)
     * @param steps           total steps
     * @param batchSize       examples per step
     * @param snapshotEvery   steps between two snapshots
     * @param checkpointEvery steps between two checkpoints
     * @param options         model options, as a run config takes them
     */
    public record Preset(String dataset, long steps, int batchSize, int snapshotEvery, int checkpointEvery,
                         Map<String, Object> options) {
        public Preset {
            options = Map.copyOf(options);
        }

        /** The options as typed in a form or after {@code --set}: {@code key=value, ...}, sorted by key. */
        public String optionsText() {
            return options.keySet().stream().sorted().map(k -> k + "=" + options.get(k)).collect(Collectors.joining(", "));
        }
    }

    /** The preset for a model; models without their own get one for their kind of data. */
    public static Preset forModel(String model, DataShape.Kind kind) {
        return switch (model) {
            case "diffusion-2d" -> new Preset("toy2d:ring", 600, 256, 25, 200, Map.of("timesteps", DIFFUSION_2D_TIMESTEPS));
            case "unet-s" -> new Preset("fashion", 3000, 32, 100, 250, Map.of());
            case "pixel-gaussian" -> new Preset("fashion", 300, 64, 10, 100, Map.of());
            case "dcgan-s" -> new Preset("fashion", 3000, 64, 100, 500, Map.of());
            default -> kind == DataShape.Kind.POINTS
                    ? new Preset("toy2d:ring", 1000, 256, 50, 250, Map.of())
                    : new Preset("fashion", 2000, 64, 100, 500, Map.of());
        };
    }

    /** Samples per snapshot for data of this kind. */
    public static int snapshotCount(DataShape.Kind kind) {
        return kind == DataShape.Kind.POINTS ? POINT_SAMPLES : IMAGE_SAMPLES;
    }
}
