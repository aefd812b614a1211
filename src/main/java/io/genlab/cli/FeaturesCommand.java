package io.genlab.cli;

import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.train.Checkpoints;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.viz.FeatureMaps;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code genlab features}: what a trained network's layers make of one image (the layer-features view). */
@Command(name = "features", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The feature maps of a trained model's layers for one dataset image: every channel of one layer",
                "(--layer) or one channel of every layer, input to output."})
final class FeaturesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CheckpointSource source;

    @Option(names = "--dataset", description = "Image dataset (default: the run's; for Fashion-MNIST its test split).")
    String dataset;

    @Option(names = "--index", defaultValue = "0", description = "Which image (default ${DEFAULT-VALUE}).")
    int index;

    @Option(names = "--layer", paramLabel = "NAME", description = "One layer, e.g. enc1.0/out (default: one channel of every layer).")
    String layer;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
    Path out;

    @Mixin
    DataLocationOption data;

    @Override
    public Integer call() throws IOException {
        Checkpoints.Loaded checkpoint = source.read();
        GenerativeModel model = ModelRegistry.discover().load(checkpoint);
        DataShape shape = model.info().shape();
        if (shape.kind() != DataShape.Kind.IMAGES) {
            throw new CommandLine.ParameterException(spec.commandLine(), model.info().name() + " is a model of 2D points: it has no feature maps");
        }
        ImageDataset images = Arguments.imagesFor(spec, checkpoint, dataset, shape, index, data);
        Tensor image = new Tensor(images.image(index), new int[]{1, images.channels(), images.height(), images.width()});
        int label = Math.min(images.label(index), shape.numClasses() - 1);
        Map<String, Tensor> layers = model.probe(image, new int[]{label});
        String what = images.name() + " #" + index + " (" + images.classNames().get(images.label(index)) + ")";
        if (layer == null) {
            ImageFiles.writePng(FeatureMaps.overview(layers, "One channel per layer: " + what, Theme.LIGHT), out);
        } else {
            Tensor t = layers.get(layer);
            if (t == null || !FeatureMaps.isFeatureMap(t)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--layer " + layer + " is not a feature map of "
                        + model.info().name() + "; layers: " + String.join(", ", layers.keySet()));
            }
            ImageFiles.writePng(FeatureMaps.layerGrid(t, layer + " of " + what, Theme.LIGHT), out);
        }
        spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
        return 0;
    }
}
