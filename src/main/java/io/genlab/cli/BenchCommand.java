package io.genlab.cli;

import io.genlab.data.FashionMnist;
import io.genlab.eval.Benchmark;
import io.genlab.eval.OpProfile;
import io.genlab.train.DataShape;
import io.genlab.train.Json;
import io.genlab.train.ModelProvider;
import io.genlab.train.ModelRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code genlab bench}: times training steps and sampling runs per the protocol in REFERENCE_MODELS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time a model's training step (batch 64, 28x28x1) and sampling run, as the PyTorch twin does.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @CommandLine.ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--model", description = "The model to time.")
        String model;

        @Option(names = "--all", description = "Every model that takes 28x28x1 images (the protocol's input).")
        boolean all;
    }

    @Option(names = "--steps", defaultValue = "20", description = "Timed training steps (default ${DEFAULT-VALUE}). The resident memory after the warm-up and after these "
            + "steps is printed too: with --steps 5000 it shows whether a long run's memory stays flat.")
    int steps;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed training steps first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "One JSON object per model, as bench/torch_peer.py --json prints.")
    boolean json;

    @Option(names = "--profile", description = "Instead of timing, show where the time of a training step (default: 5 steps) and of a sampling run goes, op by op.")
    boolean profile;

    @Override
    public Integer call() throws Exception {
        if (steps < 1 || warmup < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--steps must be >= 1 and --warmup >= 0");
        if (profile && json) throw new CommandLine.ParameterException(spec.commandLine(), "--profile prints a table; --json is for the timings");
        ModelRegistry registry = ModelRegistry.discover();
        DataShape shape = DataShape.images(1, 28, 28, FashionMnist.CLASS_NAMES);
        List<ModelProvider> providers;
        if (which.all) {
            providers = registry.providers().stream().filter(p -> p.supports(shape)).toList();
        } else {
            Arguments.model(spec, registry, which.model);
            ModelProvider p = registry.get(which.model);
            if (!p.supports(shape)) {
                throw new CommandLine.ParameterException(spec.commandLine(), which.model
                        + " does not take 28x28x1 images, the input the benchmark protocol times; --all lists the models that do");
            }
            providers = List.of(p);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (profile) {
            boolean stepsGiven = spec.commandLine().getParseResult().hasMatchedOption("--steps");
            for (ModelProvider p : providers) printProfile(out, Benchmark.profile(p, shape, 64, stepsGiven ? steps : 5, warmup));
            return 0;
        }
        for (ModelProvider p : providers) {
            Benchmark.Result r = Benchmark.run(p, shape, 64, steps, warmup);
            if (json) {
                out.println(Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(r.toMap()));
            } else {
                out.printf(Locale.ROOT, "model=%s  params=%d  train_ms_per_step=%.1f  sample_ms=%.1f  threads=%d  native=%s"
                                + "  resident_mb=%d after warm-up, %d after the timed steps%n",
                        r.model(), r.params(), r.trainMsPerStep(), r.sampleMs(), r.threads(), r.nativeBuild(),
                        r.residentMbAfterWarmup(), r.residentMbAfterSteps());
            }
            out.flush();
        }
        return 0;
    }

    private static void printProfile(PrintWriter out, Benchmark.Profile p) {
        printPart(out, p.model() + " training step, batch 64", "step", p.training());
        out.println();
        printPart(out, p.model() + " sampling run (the protocol's)", "run", p.sampling());
    }

    private static void printPart(PrintWriter out, String what, String unit, Benchmark.Part p) {
        long bytes = p.ops().stream().mapToLong(OpProfile.Row::outputBytes).sum();
        out.printf(Locale.ROOT, "%s: %.0f ms per %s over %d %ss, %.0f ms of it inside ops, %.0f MB of op outputs per %s%n",
                what, p.msPerRun(), unit, p.runs(), unit, p.opMsPerRun(), bytes / 1e6 / p.runs(), unit);
        if (p.ops().isEmpty()) {
            out.println("(no graph ops: this model computes it outside its SameDiff graph)");
            return;
        }
        out.printf(Locale.ROOT, "%-24s %9s %6s %10s %9s%n", "op", "ms/" + unit, "share", "calls/" + unit, "MB/" + unit);
        double total = p.opMsPerRun();
        for (OpProfile.Row r : p.ops()) {
            double ms = r.nanos() / 1e6 / p.runs();
            if (ms < 0.05) continue;
            out.printf(Locale.ROOT, "%-24s %9.1f %5.1f%% %10d %9.0f%n", r.op(), ms, 100 * ms / total, r.calls() / p.runs(), r.outputBytes() / 1e6 / p.runs());
        }
        out.flush();
    }
}
