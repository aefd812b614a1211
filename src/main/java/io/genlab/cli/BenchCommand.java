package io.genlab.cli;

import io.genlab.data.FashionMnist;
import io.genlab.eval.Benchmark;
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

        @Option(names = "--all", description = "Every model there is.")
        boolean all;
    }

    @Option(names = "--steps", defaultValue = "20", description = "Timed training steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed training steps first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", description = "One JSON object per model, as peer/torch_peer.py --json prints.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (steps < 1 || warmup < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--steps must be >= 1 and --warmup >= 0");
        ModelRegistry registry = ModelRegistry.discover();
        List<ModelProvider> providers;
        if (which.all) {
            providers = registry.providers();
        } else {
            Arguments.model(spec, registry, which.model);
            providers = List.of(registry.get(which.model));
        }
        DataShape shape = DataShape.images(1, 28, 28, FashionMnist.CLASS_NAMES);
        PrintWriter out = spec.commandLine().getOut();
        for (ModelProvider p : providers) {
            Benchmark.Result r = Benchmark.run(p, shape, 64, steps, warmup);
            if (json) {
                out.println(Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(r.toMap()));
            } else {
                out.printf(Locale.ROOT, "model=%s  params=%d  train_ms_per_step=%.1f  sample_ms=%.1f  threads=%d  native=%s%n",
                        r.model(), r.params(), r.trainMsPerStep(), r.sampleMs(), r.threads(), r.nativeBuild());
            }
            out.flush();
        }
        return 0;
    }
}
