package io.genlab.cli;

import io.genlab.data.GenLabHome;
import io.genlab.eval.race.LaneHead;
import io.genlab.eval.race.LaneRecording;
import io.genlab.eval.race.LaneTimer;
import io.genlab.eval.race.RaceFigures;
import io.genlab.eval.race.RaceRecording;
import io.genlab.eval.race.RaceSettings;
import io.genlab.eval.race.RaceTexts;
import io.genlab.eval.race.ReplaySpeed;
import io.genlab.train.ModelRegistry;
import io.genlab.viz.ImageFiles;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code genlab race}: the Race view without a window. The lanes run one after another on this
 * thread, each warmed up and then timed alone by {@link LaneTimer}; the command prints each lane as
 * it finishes and a table of the times, and draws the same figure and GIF as the view's exports. A
 * lane that cannot run says why and the others still race; the command then fails at the end.
 */
@Command(name = "race", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Race the four shipped models (or the given runs) on the same class and seed at their real speed on this computer, "
                + "the lanes one after another, each alone after a warm-up. Prints each lane's time and network evaluations, and writes "
                + "the finished pictures side by side (a PNG) and, with --gif, the race replayed on one clock, as the Race view exports them.")
final class RaceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--class", defaultValue = "all", paramLabel = "K|NAME|all",
            description = "What every lane draws: a class index, a class name such as Sneaker, or all (one picture of each class; default).")
    String classChoice;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every lane (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--steps", defaultValue = "50", description = "DDIM steps of the diffusion lanes, eta 0 (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--guidance", defaultValue = "3", description = "Classifier-free guidance of the diffusion lanes (default ${DEFAULT-VALUE}; "
            + "above 1 it takes two network evaluations a step).")
    double guidance;

    @Option(names = "--runs", split = ",", paramLabel = "DIR", description = "Run folders that race, in lane order "
            + "(default: the shipped unet-s-fashion, dit-s-fashion, dcgan-s-fashion and pixelcnn-s-fashion in lessons/models).")
    List<Path> runs;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The finished pictures side by side, with each lane's time.")
    Path out;

    @Option(names = "--gif", paramLabel = "FILE.gif", description = "Also the race replayed on one clock, every lane at its recorded times.")
    Path gif;

    @Option(names = "--speed", defaultValue = "1", converter = SpeedConverter.class, paramLabel = "1|0.5|0.1|0.01",
            description = "Replay speed of the GIF in race seconds a second (default 1, real time).")
    ReplaySpeed speed;

    @Override
    public Integer call() throws IOException {
        extension(out, "--out", ".png");
        if (gif != null) extension(gif, "--gif", ".gif");
        RaceSettings settings = settings(RaceSettings.EVERY_CLASS);
        List<LaneHead> heads = runs != null ? runs.stream().map(LaneHead::read).toList()
                : LaneHead.shipped(GenLabHome.resolve().resolve("lessons").resolve("models"));
        if (heads.stream().noneMatch(LaneHead::ready)) {
            throw new IOException("no lane can race: " + String.join("; ", heads.stream().map(LaneHead::problem).toList()));
        }
        List<String> classNames = LaneHead.classNames(heads);
        settings = settings(parseClass(classNames));
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        o.println("Race: " + settings.describe(classNames));
        o.flush();

        ModelRegistry registry = ModelRegistry.discover();
        List<LaneRecording> lanes = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            LaneRecording lane = race(heads.get(i), settings, registry);
            lanes.add(lane);
            String name = RaceTexts.lane(i, heads.size(), lane.model());
            if (lane.finished()) {
                o.println(name + ": " + RaceTexts.finished(lane) + " (" + RaceTexts.perEvaluation(lane) + ")");
            } else {
                err.println(spec.qualifiedName() + ": " + name + " could not race: " + lane.problem());
            }
            o.flush();
            err.flush();
        }
        RaceRecording race = new RaceRecording(settings.describe(classNames), lanes);
        if (!race.anyFinished()) throw new IllegalStateException("no lane could race (see above)");

        printTable(o, race, settings.pictures(classNames.size()));
        ImageFiles.writePng(RaceFigures.finished(race, Theme.LIGHT), out);
        o.println("wrote " + out.toAbsolutePath());
        if (gif != null) {
            int delay = RaceFigures.frameMillis(race.clock().endNanos(), speed.factor());
            List<BufferedImage> frames = RaceFigures.animation(race, speed.factor(), delay, Theme.LIGHT);
            ImageFiles.writeGif(frames, delay, gif);
            o.println("wrote " + gif.toAbsolutePath() + " (" + frames.size() + " frames, " + delay + " ms apart, "
                    + (speed == ReplaySpeed.REAL ? "real time" : speed.key() + "x real time") + ")");
        }
        o.flush();
        List<String> failed = lanes.stream().filter(l -> !l.finished()).map(LaneRecording::model).toList();
        if (!failed.isEmpty()) {
            throw new IllegalStateException(failed.size() + " of " + lanes.size() + " lanes could not race (" + String.join(", ", failed)
                    + "; see above); the others raced and are drawn");
        }
        return 0;
    }

    /** Loads, warms up and times one lane; a lane that cannot run is recorded with its problem, as in the Race view. */
    private static LaneRecording race(LaneHead head, RaceSettings settings, ModelRegistry registry) {
        LaneRecording waiting = head.waiting(settings);
        if (!head.ready()) return waiting;
        try {
            return LaneTimer.record(head.load(registry), settings, moment -> { }, () -> false);
        } catch (Exception e) {
            return LaneRecording.notRun(waiting.model(), waiting.family(), waiting.method(), RaceTexts.problem(e));
        }
    }

    /** The finished lanes: model, family, method, seconds, network evaluations per picture, milliseconds per evaluation. */
    private static void printTable(PrintWriter o, RaceRecording race, int pictures) {
        List<LaneRecording> finished = race.lanes().stream().filter(LaneRecording::finished).toList();
        int model = "model".length(), family = "family".length(), method = "method".length();
        for (LaneRecording lane : finished) {
            model = Math.max(model, lane.model().length());
            family = Math.max(family, RaceTexts.family(lane.family()).length());
            method = Math.max(method, lane.method().length());
        }
        String row = "%-" + model + "s  %-" + family + "s  %-" + method + "s  %8s  %11s  %13s%n";
        o.println();
        o.printf(Locale.ROOT, row, "model", "family", "method", "seconds", "evaluations", "ms/evaluation");
        for (LaneRecording lane : finished) {
            double seconds = lane.finish().nanos() / 1e9;
            o.printf(Locale.ROOT, row, lane.model(), RaceTexts.family(lane.family()), lane.method(),
                    String.format(Locale.ROOT, "%.3f", seconds), String.format(Locale.ROOT, "%,d", lane.evaluations()),
                    String.format(Locale.ROOT, "%.2f", seconds * 1e3 / Math.max(1, lane.evaluations())));
        }
        o.println();
        int processors = Runtime.getRuntime().availableProcessors();
        o.printf(Locale.ROOT, "Each lane ran alone on this computer (%d %s), one after another, after a warm-up.%n",
                processors, processors == 1 ? "processor" : "processors");
        o.printf(Locale.ROOT, "seconds: the generation only, not loading the model, %s; evaluations: network evaluations per picture.%n",
                pictures == 1 ? "of its one picture" : "of its " + pictures + " pictures drawn as one batch");
    }

    /** The race's settings with {@code classChoice}; a bad --steps or --guidance is a usage error. */
    private RaceSettings settings(int classChoice) {
        try {
            return new RaceSettings(seed, classChoice, steps, guidance);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage(), e);
        }
    }

    private int parseClass(List<String> classNames) {
        try {
            return RaceSettings.parseClass(classChoice, classNames);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage(), e);
        }
    }

    private void extension(Path file, String option, String ending) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ending)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must end in " + ending + ", got " + file);
        }
    }

    /** Reads --speed: 1, 0.5, 0.1 or 0.01. */
    static final class SpeedConverter implements CommandLine.ITypeConverter<ReplaySpeed> {
        @Override
        public ReplaySpeed convert(String value) {
            try {
                return ReplaySpeed.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
