package io.genlab.cli;

import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.RunFolder;
import io.genlab.train.TrainingControl;
import io.genlab.train.TrainingSetup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code genlab train}: starts a new training run in a run folder. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a model on a dataset; the run folder gets config.json, metrics.csv, checkpoints/ and snapshots/.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, description = "Model to train (see 'genlab models').")
    String model;

    @Option(names = "--dataset", required = true, description = "Dataset (see 'genlab datasets'), e.g. fashion, shapes, toy2d:ring.")
    String dataset;

    @Option(names = "--steps", defaultValue = "0", description = "Stop after this many steps (0 = no step limit).")
    long steps;

    @Option(names = "--minutes", defaultValue = "0", description = "Stop after this many minutes (0 = no time limit).")
    double minutes;

    @Option(names = "--run", paramLabel = "DIR", description = "Run folder (default runs/MODEL-DATASET-TIME).")
    Path runDir;

    @Option(names = "--batch", defaultValue = "64", description = "Batch size (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lr", description = "Learning rate (default: the model's).")
    Double lr;

    @Option(names = "--seed", defaultValue = "1", description = "The run's seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--limit", defaultValue = "0", description = "Use only the first N examples (0 = all).")
    int limit;

    @Option(names = "--snapshot-every", defaultValue = "500", description = "Sample grid every N steps (0 = never; default ${DEFAULT-VALUE}).")
    int snapshotEvery;

    @Option(names = "--checkpoint-every", defaultValue = "1000", description = "Checkpoint every N steps (0 = only at the end; default ${DEFAULT-VALUE}).")
    int checkpointEvery;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A model option, e.g. --set width=64 (repeatable).")
    Map<String, String> modelOptions = new LinkedHashMap<>();

    @picocli.CommandLine.Mixin

    DataLocationOption data;

    @Override
    public Integer call() throws IOException {
        if (steps < 0 || minutes < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--steps and --minutes must not be negative");
        if (steps == 0 && minutes == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --steps N or --minutes M (or both), or the run would never end");
        }
        Map<String, Object> options = new LinkedHashMap<>(modelOptions);
        if (lr != null) options.put("lr", lr);
        RunConfig config;
        try {
            config = RunConfig.defaults(model, dataset, steps, minutes).withOptions(options).withData(dataset, limit, batch)
                    .withSeed(seed).withSchedule(snapshotEvery, checkpointEvery, 16);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ModelRegistry registry = ModelRegistry.discover();
        Arguments.model(spec, registry, model);
        Arguments.dataset(spec, dataset);
        Path dir = runDir != null ? runDir : defaultRunDir();
        if (RunFolder.isRun(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + " already holds a run; continue it with "
                    + "'genlab resume --run " + dir + "', or choose another --run folder");
        }
        TrainingSetup.Ready ready;
        try {
            ready = TrainingSetup.newRun(registry, config, dir, data.locations(), new TrainingControl());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        spec.commandLine().getOut().println("run folder " + ready.run().dir().toAbsolutePath());
        return TrainingSession.run(ready, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private Path defaultRunDir() {
        return Path.of("runs", RunFolder.suggestedName(model, dataset, LocalDateTime.now()));
    }
}
