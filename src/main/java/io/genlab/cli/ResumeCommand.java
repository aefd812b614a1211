package io.genlab.cli;

import io.genlab.train.ModelRegistry;
import io.genlab.train.TrainingControl;
import io.genlab.train.TrainingSetup;
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

    @Option(names = "--fresh-optimiser", description = {"Go on from the checkpoint's sampling weights with Adam's moments at zero: "
            + "how a shipped model (e.g. lessons/models/...) trains further; copy its folder first, resume writes into it.",
            "Diffusion and PixelCNN models; a GAN needs its discriminator's state."})
    boolean freshOptimiser;

    @picocli.CommandLine.Mixin

    DataLocationOption data;

    @Override
    public Integer call() throws IOException {
        TrainingSetup.Continuation continuation;
        try {
            continuation = TrainingSetup.continuing(runDir, steps, minutes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " (--steps N, --minutes M)");
        }
        TrainingSetup.Ready ready;
        try {
            ModelRegistry registry = ModelRegistry.discover();
            ready = freshOptimiser ? continuation.startWithFreshOptimiser(registry, data.locations(), new TrainingControl())
                    : continuation.start(registry, data.locations(), new TrainingControl());
        } catch (ModelRegistry.SamplingWeightsOnly e) {
            throw new IllegalArgumentException(e.getMessage() + " ('genlab resume --fresh-optimiser' on a copy of the folder), "
                    + "or train a new run ('genlab train')", e);
        }
        spec.commandLine().getOut().println("resuming " + ready.run().dir().toAbsolutePath() + " from "
                + continuation.checkpoint().dir().getFileName() + (freshOptimiser ? " with a fresh optimiser" : ""));
        return TrainingSession.run(ready, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
