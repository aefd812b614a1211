package io.genlab.cli;

import io.genlab.data.DatasetSpec;
import io.genlab.data.Toy2D;
import io.genlab.gan.GanPlayground;
import io.genlab.gan.GanPresets;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.PlaygroundPictures;
import io.genlab.viz.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code genlab playground}: the GAN view's 2D playground without a window. Trains a preset as
 * the view does and draws the playground (a PNG of the end, or a GIF of the run); on the ring it
 * says how evenly the fakes cover its eight modes.
 */
@Command(name = "playground", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train the GAN playground (gan-2d on a 2D set, as the GAN view does) and draw it: the discriminator's",
                "verdict over the plane, the real and fake points, the pull on each fake and the generator's noise grid."})
final class PlaygroundCommand implements Callable<Integer> {
    /** Fake points counted near the ring's modes. */
    static final int COUNTED = 1000;
    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "toy2d:ring", description = "A Toy2D set (default ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--preset", defaultValue = "Balanced", description = "Balanced, Mode collapse or Vanishing gradient (default ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change a preset's option, e.g. --set k=3 (repeatable).")
    Map<String, String> changes = new LinkedHashMap<>();

    @Option(names = "--steps", defaultValue = "2000", description = "Training steps: k discriminator updates, then one generator update (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the networks and the batches (default ${DEFAULT-VALUE}, as the view).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "playground.png (the end), or run.gif (a frame every --every steps)")
    Path out;

    @Option(names = "--every", description = "Steps between the GIF's frames (default: 60 frames in all).")
    Integer every;

    @Override
    public Integer call() throws IOException {
        boolean gif = Arguments.isGif(spec, out);
        Map<String, Object> options = new LinkedHashMap<>(presetOptions());
        options.putAll(changes);
        DatasetSpec dataset = Arguments.dataset(spec, data);
        if (dataset.kind() != DatasetSpec.Kind.TOY2D && dataset.kind() != DatasetSpec.Kind.TOY2D_FILE) {
            usage("--data must be a set of 2D points (toy2d:ring, toy2d:spiral, ... or a points file), got " + data);
        }
        if (steps < 1) usage("--steps must be at least 1, got " + steps);
        int frameEvery = every != null ? every : Math.max(1, steps / 60);
        if (frameEvery < 1) usage("--every must be at least 1, got " + every);
        GanPlayground playground;
        try {
            playground = GanPlayground.create(data, options, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }

        List<BufferedImage> frames = new ArrayList<>();
        long start = System.nanoTime();
        Map<String, Double> losses = Map.of();
        for (int step = 1; step <= steps; step++) {
            losses = playground.stepBoth();
            if (gif && (step % frameEvery == 0 || step == steps)) frames.add(draw(playground.frame(losses)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        GanPlayground.Frame end = playground.frame(losses);
        if (gif) ImageFiles.writeGif(frames, 100, out);
        else ImageFiles.writePng(draw(end), out);

        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s on %s: %,d steps (D %,d updates, G %,d) in %.1f s%s%n", preset, data, steps, end.dSteps(), end.gSteps(),
                seconds, gif ? ", drawing a frame every " + frameEvery : "");
        o.printf(Locale.ROOT, "D(real) %.3f, D(fake) %.3f%n", losses.getOrDefault("d_real", Double.NaN), losses.getOrDefault("d_fake", Double.NaN));
        if (data.equals("toy2d:ring")) {
            double[] shares = Toy2D.ringModeShares(playground.fakes(COUNTED, seed));
            StringBuilder line = new StringBuilder("share of " + COUNTED + " fakes near each of the ring's 8 modes:");
            double least = 1;
            for (double s : shares) {
                line.append(String.format(Locale.ROOT, " %.1f%%", 100 * s));
                least = Math.min(least, s);
            }
            o.println(line);
            o.printf(Locale.ROOT, "smallest mode %.1f%%: %s%n", 100 * least,
                    least >= 0.05 ? "all 8 modes covered" : "not every mode covered (5% or more near each)");
        }
        o.println("wrote " + out);
        return 0;
    }

    private Map<String, Object> presetOptions() {
        Map<String, Map<String, Object>> all = GanPresets.all();
        Map<String, Object> chosen = all.get(preset);
        if (chosen == null) usage("no preset '" + preset + "'; the presets are " + String.join(", ", all.keySet()));
        return chosen;
    }

    private BufferedImage draw(GanPlayground.Frame f) {
        String title = String.format(Locale.ROOT, "%s, %s: D %,d updates, G %,d", preset, data, f.dSteps(), f.gSteps());
        return PlaygroundPictures.frame(GanPlayground.BOUND, f.real(), f.fake(), f.map(), f.grid(), f.pull(), title, Theme.LIGHT, 640);
    }

    private void usage(String message) {
        throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
