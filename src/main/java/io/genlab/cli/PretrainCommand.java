package io.genlab.cli;

import io.genlab.data.GenLabHome;
import io.genlab.train.AtomicFiles;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.RunExport;
import io.genlab.train.RunFolder;
import io.genlab.train.TrainingControl;
import io.genlab.train.TrainingEvent;
import io.genlab.train.TrainingSetup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code genlab pretrain NAME}: retrains a model that ships in lessons/models from the config it
 * ships with, then writes its shareable copy ({@link RunExport}) in place of the shipped one.
 */
@Command(name = "pretrain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Retrain a shipped lesson model (a folder of lessons/models) from its own config.json, then",
                "replace the shipped copy with the new one (sampling weights, metrics, snapshots). Without NAME,",
                "lists the shipped models."})
final class PretrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The model, e.g. unet-s-fashion.")
    String name;

    @Option(names = "--run", paramLabel = "DIR", description = "Where to train (default runs/pretrain-NAME-TIME); kept afterwards.")
    Path runDir;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the copy (default: replace lessons/models/NAME).")
    Path out;

    @Option(names = "--steps", description = "Another step limit, e.g. for a quick check (default: the shipped config's).")
    Long steps;

    @Option(names = "--minutes", description = "Another time limit in minutes (default: the shipped config's).")
    Double minutes;

    @Mixin
    DataLocationOption data;

    @Override
    public Integer call() throws IOException {
        Path models = GenLabHome.resolve().resolve("lessons").resolve("models");
        if (name == null) {
            try (Stream<Path> s = Files.list(models)) {
                for (Path p : s.filter(RunFolder::isRun).sorted().toList()) {
                    RunConfig c = RunFolder.open(p).config();
                    spec.commandLine().getOut().printf("%-20s %s on %s, %s%n", p.getFileName(), c.model(), c.dataset(), limits(c));
                }
            }
            return 0;
        }
        Path shipped = models.resolve(name);
        if (!RunFolder.isRun(shipped)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no shipped model '" + name + "' in " + models
                    + " ('genlab pretrain' lists them)");
        }
        RunConfig config = RunFolder.open(shipped).config();
        try {
            if (steps != null || minutes != null) {
                config = config.withLimits(steps != null ? steps : config.steps(), minutes != null ? minutes : config.minutes());
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = runDir != null ? runDir : Path.of("runs", "pretrain-" + RunFolder.suggestedName(config.model(), name, LocalDateTime.now()));
        if (RunFolder.isRun(dir)) throw new CommandLine.ParameterException(spec.commandLine(), dir + " already holds a run; choose another --run");
        Path target = out != null ? out : shipped;
        if (out != null && Files.exists(out)) throw new CommandLine.ParameterException(spec.commandLine(), out + " already exists");

        spec.commandLine().getOut().println("retraining " + name + " (" + limits(config) + ") in " + dir.toAbsolutePath());
        TrainingSetup.Ready ready = TrainingSetup.newRun(ModelRegistry.discover(), config, dir, data.locations(), new TrainingControl());
        TrainingEvent last = TrainingSession.runToEnd(ready, spec.commandLine().getOut(), spec.commandLine().getErr());
        if (!(last instanceof TrainingEvent.Finished f) || f.reason() == TrainingEvent.Reason.CANCELLED) {
            spec.commandLine().getErr().println("genlab: training did not finish; " + shipped + " is unchanged");
            return GenLabCli.FAILED;                                 // the shipped copy stays as it was
        }

        RunFolder run = RunFolder.open(dir);
        Path checkpoint = run.latestCheckpoint().orElseThrow(() -> new IOException(dir + " ended without a checkpoint"));
        Path fresh = target.resolveSibling("." + target.getFileName() + ".pretrained");
        AtomicFiles.deleteTree(fresh);
        RunExport.samplingCopy(run, checkpoint, fresh, ModelRegistry.discover());
        keepOwnFiles(shipped, fresh);
        replace(target, fresh);
        spec.commandLine().getOut().println("wrote " + target.toAbsolutePath() + " from " + checkpoint.getFileName());
        return 0;
    }

    private static String limits(RunConfig c) {
        return c.minutes() > 0 ? String.format("%.0f minutes", c.minutes()) : String.format("%,d steps", c.steps());
    }

    /** The shipped folder's own files (its README) that a run does not write go into the new copy. */
    private static void keepOwnFiles(Path target, Path fresh) throws IOException {
        if (!Files.isDirectory(target)) return;
        try (Stream<Path> s = Files.list(target)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path copy = fresh.resolve(f.getFileName());
                if (!Files.exists(copy)) Files.copy(f, copy);
            }
        }
    }

    /**
     * Puts {@code fresh} where {@code target} is. The old folder is set aside first and removed
     * only once the new one is in place; if the swap fails, the old one is put back.
     */
    private static void replace(Path target, Path fresh) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".replaced");
        if (Files.exists(old) && !Files.exists(target)) {
            throw new IOException(target + " is missing but " + old + " holds the previous copy; move it back by hand first");
        }
        AtomicFiles.deleteTree(old);
        if (Files.exists(target)) Files.move(target, old);
        try {
            Files.move(fresh, target);
        } catch (IOException e) {
            if (Files.exists(old) && !Files.exists(target)) Files.move(old, target);
            throw e;
        }
        AtomicFiles.deleteTree(old);
    }
}
