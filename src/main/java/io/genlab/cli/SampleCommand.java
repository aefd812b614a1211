package io.genlab.cli;

import io.genlab.data.Tensor;
import io.genlab.train.Checkpoints;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code genlab sample}: draws samples from a trained model and writes them as a picture. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generate samples from a run's last checkpoint (or a given checkpoint) and write a PNG grid.")
final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    CheckpointSource source;

    @Option(names = "--n", defaultValue = "16", description = "Number of samples, per prompt with --prompt (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--class", paramLabel = "K", description = "Class of every sample (default: cycle through the classes).")
    Integer classLabel;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "What a text-conditioned model (unet-s-text) draws; repeat it for one "
            + "row per prompt, --n samples each. \"\" is the empty prompt.")
    List<String> prompts = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "PNG file to write; with --format idx or npy, a folder (read back as a dataset with idx:FOLDER).")
    Path out;

    /** How samples are written: a picture to look at, or data for outside tools. */
    enum Format { png, idx, npy }

    @Option(names = "--format", defaultValue = "png", description = "png (a labelled grid), idx (MNIST-format samples-images-idx3-ubyte and "
            + "samples-labels-idx1-ubyte, 8-bit; colour as [N, H, W, C]) or npy (samples.npy float32 in [-1, 1], [N, C, H, W] or [N, 2], "
            + "and labels.npy int32, -1 for unconditional); default ${DEFAULT-VALUE}.")
    Format format;

    @picocli.CommandLine.Mixin
    SamplingOptions sampling;

    @Override
    public Integer call() throws IOException {
        Checkpoints.Loaded checkpoint = source.read();
        GenerativeModel model = ModelRegistry.discover().load(checkpoint);
        boolean text = Prompts.tokenizerOf(model).isPresent();
        if (text && classLabel != null) throw new CommandLine.ParameterException(spec.commandLine(), model.info().name() + " reads prompts, not classes: use --prompt");
        if (text && prompts.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), model.info().name() + " draws what a prompt says: give one, e.g. --prompt \"a large red circle at the left\"");
        }
        GenerationRequest request = prompts.isEmpty() ? request(spec, model, count, classLabel, seed, sampling)
                : Prompts.request(spec, model, prompts, count, seed, sampling.toMap());
        Tensor samples = generate(spec, model, request, TraceSink.NONE);
        String title = model.info().name() + " at step " + checkpoint.manifest().step() + ", seed " + seed;
        switch (format) {
            case png -> ImageFiles.writePng(text
                    ? SamplePictures.renderPrompts(samples, prompts, title, io.genlab.viz.Theme.LIGHT)
                    : SamplePictures.render(samples, request.labels(), model.info().shape(), title), out);
            case idx -> SampleData.writeIdx(spec, samples, request.labels(), out);
            case npy -> SampleData.writeNpy(samples, request.labels(), out);
        }
        spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Runs the generation; settings the model rejects (steps > T, eta outside [0, 1], ...) are usage errors. */
    static Tensor generate(CommandSpec spec, GenerativeModel model, GenerationRequest request, TraceSink sink) {
        try {
            return model.generate(request, sink);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** The request for {@code count} samples of one class (or all classes in turn), checking the arguments. */
    static GenerationRequest request(CommandSpec spec, GenerativeModel model, int count, Integer classLabel, long seed,
                                     SamplingOptions sampling) {
        int max = model.info().shape().kind() == io.genlab.train.DataShape.Kind.POINTS ? 10_000 : 1024;
        if (count < 1 || count > max) throw new CommandLine.ParameterException(spec.commandLine(), "--n must be in 1.." + max + ", got " + count);
        int classes = model.info().shape().numClasses();
        if (classLabel != null && (classLabel < 0 || classLabel >= classes)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--class " + classLabel + " does not exist: "
                    + model.info().name() + " knows classes 0.." + (classes - 1) + " " + model.info().shape().classNames());
        }
        return (classLabel == null ? GenerationRequest.cyclingClasses(count, classes, seed)
                : GenerationRequest.ofClass(count, classLabel, seed)).withOptions(sampling.toMap());
    }
}
