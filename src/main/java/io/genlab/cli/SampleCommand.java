package io.genlab.cli;

import io.genlab.data.Tensor;
import io.genlab.train.Checkpoints;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunFolder;
import io.genlab.train.TraceSink;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.SamplePictures;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code genlab sample}: draws samples from a trained model and writes them as a picture. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generate samples from a run's last checkpoint (or a given checkpoint) and write a PNG grid.")
final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--run", paramLabel = "DIR", description = "Run folder: use its last checkpoint.")
        Path run;

        @Option(names = "--checkpoint", paramLabel = "DIR", description = "A checkpoint folder (runs/.../checkpoints/step-N).")
        Path checkpoint;
    }

    @Option(names = "--n", defaultValue = "16", description = "Number of samples (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--class", paramLabel = "K", description = "Class of every sample (default: cycle through the classes).")
    Integer classLabel;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
    Path out;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A model-specific sampling setting (repeatable).")
    Map<String, String> options = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > 1024) throw new CommandLine.ParameterException(spec.commandLine(), "--n must be in 1..1024, got " + count);
        Path dir = source.checkpoint != null ? source.checkpoint : RunFolder.open(source.run).latestCheckpoint()
                .orElseThrow(() -> new IOException(source.run + " has no checkpoint yet"));
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": checkpoint folder not found");
        Checkpoints.Loaded checkpoint = Checkpoints.read(dir);
        GenerativeModel model = ModelRegistry.discover().load(checkpoint);
        int classes = model.info().shape().numClasses();
        if (classLabel != null && (classLabel < 0 || classLabel >= classes)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--class " + classLabel + " does not exist: "
                    + model.info().name() + " knows classes 0.." + (classes - 1) + " " + model.info().shape().classNames());
        }
        GenerationRequest request = (classLabel == null ? GenerationRequest.cyclingClasses(count, classes, seed)
                : GenerationRequest.ofClass(count, classLabel, seed)).withOptions(options);
        Tensor samples = model.generate(request, TraceSink.NONE);
        String title = model.info().name() + " at step " + checkpoint.manifest().step() + ", seed " + seed;
        ImageFiles.writePng(SamplePictures.render(samples, request.labels(), model.info().shape(), title), out);
        spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
