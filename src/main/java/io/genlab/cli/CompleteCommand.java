package io.genlab.cli;

import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.train.Checkpoints;
import io.genlab.train.Completion;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceSink;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.PixelPictures;
import io.genlab.viz.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** {@code genlab complete}: an autoregressive model finishes a dataset image of which it is given the top rows. */
@Command(name = "complete", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Give an autoregressive model (pixelcnn-s) the top rows of a dataset image and let it draw the rest,",
                "several times: a PNG of the original, what was given, and the completions."})
final class CompleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CheckpointSource source;

    @Option(names = "--dataset", description = "Image dataset (default: the run's; for Fashion-MNIST its test split).")
    String dataset;

    @Option(names = "--index", defaultValue = "0", description = "Which image (default ${DEFAULT-VALUE}).")
    int index;

    @Option(names = "--rows", description = "Rows given (default: the top half).")
    Integer rows;

    @Option(names = "--n", defaultValue = "4", description = "Completions (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
    Path out;

    @Mixin
    SamplingOptions sampling;

    @Mixin
    DataLocationOption data;

    @Override
    public Integer call() throws IOException {
        Checkpoints.Loaded checkpoint = source.read();
        GenerativeModel model = ModelRegistry.discover().load(checkpoint);
        if (!(model instanceof Completion completion)) {
            throw new CommandLine.ParameterException(spec.commandLine(), model.info().name() + " generates a whole image at once and cannot "
                    + "complete one; completion needs an autoregressive model such as pixelcnn-s");
        }
        DataShape shape = model.info().shape();
        ImageDataset images = Arguments.imagesFor(spec, checkpoint, dataset, shape, index, data);
        int given = rows == null ? shape.height() / 2 : rows;
        if (given < 0 || given >= shape.height()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rows must be in 0.." + (shape.height() - 1) + ", got " + given);
        }
        if (count < 1 || count > 16) throw new CommandLine.ParameterException(spec.commandLine(), "--n must be in 1..16, got " + count);
        float[] image = images.image(index);
        float[] copies = new float[count * image.length];
        for (int i = 0; i < count; i++) System.arraycopy(image, 0, copies, i * image.length, image.length);
        int[] labels = new int[count];
        Arrays.fill(labels, Math.min(images.label(index), shape.numClasses() - 1));
        GenerationRequest request = new GenerationRequest(count, labels, seed, sampling.toMap());
        Tensor completed;
        try {
            completed = completion.complete(new Tensor(copies, new int[]{count, shape.channels(), shape.height(), shape.width()}),
                    given, request, TraceSink.NONE);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        String title = model.info().name() + " completes " + images.name() + " #" + index + " ("
                + images.classNames().get(images.label(index)) + ") from its top " + given + " rows, seed " + seed;
        Tensor original = new Tensor(image, new int[]{1, shape.channels(), shape.height(), shape.width()});
        ImageFiles.writePng(PixelPictures.completions(original, completed, given, title, Theme.LIGHT), out);
        spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
