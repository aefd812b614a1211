package io.genlab.cli;


import io.genlab.data.DatasetLocations;
import io.genlab.train.Checkpoints;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.train.Trainer;
import io.genlab.train.TrainingControl;
import io.genlab.train.TrainingData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code genlab resume}: continues a run from its last checkpoint with the same config. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continue a run from its last checkpoint, with the same data order and seeds.")
final class ResumeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "The run folder.")
    Path runDir;

    @Option(names = "--steps", description = "New total step limit (default: the run's own).")
    Long steps;

    @Option(names = "--minutes", description = "Time limit for this session in minutes (default: the run's own).")
    Double minutes;

    @picocli.CommandLine.Mixin

    DataLocationOption data;

    @Override
    public Integer call() throws IOException {
        RunFolder run = RunFolder.open(runDir);
        Path latest = run.latestCheckpoint().orElseThrow(() -> new IOException(
                runDir + " has no checkpoint to resume from; start a new run with 'genlab train'"));
        Checkpoints.Loaded checkpoint = Checkpoints.read(latest);
        RunConfig config = run.config();
        if (steps != null || minutes != null) {
            try {
                config = config.withLimits(steps != null ? steps : config.steps(), minutes != null ? minutes : config.minutes());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        long at = checkpoint.manifest().step();
        if (config.minutes() == 0 && config.steps() <= at) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the run is already at step " + at
                    + " of " + config.steps() + "; give --steps N with N > " + at + " (or --minutes M) to train further");
        }
        if (!config.equals(run.config())) run = run.withConfig(config);
        DatasetLocations where = data.locations();
        TrainingData data = TrainingData.load(config, where);
        GenerativeModel model = ModelRegistry.discover().loadForTraining(checkpoint);
        spec.commandLine().getOut().println("resuming " + run.dir().toAbsolutePath() + " from " + latest.getFileName());
        Trainer trainer = Trainer.resuming(model, data, run, new TrainingControl(), checkpoint);
        return TrainingSession.run(trainer, data, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
