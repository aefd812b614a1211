package io.genlab.cli;

import io.genlab.data.DatasetSpec;
import io.genlab.train.ModelRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks of argument values that picocli cannot make itself; a bad value is a usage error (exit code 2). */
final class Arguments {
    private Arguments() {}

    static DatasetSpec dataset(CommandSpec spec, String value) {
        try {
            return DatasetSpec.parse(value);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    static void model(CommandSpec spec, ModelRegistry registry, String value) {
        try {
            registry.get(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /**
     * The images a command shows one of: {@code --dataset} if given, else the run's data (for
     * Fashion-MNIST its test split, images the model never trained on), checked against the
     * model's shape and {@code --index}.
     */
    static io.genlab.data.ImageDataset imagesFor(CommandSpec spec, io.genlab.train.Checkpoints.Loaded checkpoint, String dataset,
                                                 io.genlab.train.DataShape shape, int index, DataLocationOption data) {
        DatasetSpec ds = dataset != null ? dataset(spec, dataset)
                : DatasetSpec.parse(checkpoint.manifest().config().dataset()).unseen();
        io.genlab.data.ImageDataset images = io.genlab.data.Datasets.loadImages(ds, data.locations(), 1);
        if (images.channels() != shape.channels() || images.height() != shape.height() || images.width() != shape.width()) {
            throw new CommandLine.ParameterException(spec.commandLine(), ds + " has " + images.channels() + "x" + images.height() + "x"
                    + images.width() + " images; the model takes " + shape);
        }
        if (index < 0 || index >= images.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--index must be in 0.." + (images.size() - 1) + ", got " + index);
        }
        return images;
    }

    /** Whether {@code out} names a GIF (else a PNG); any other extension is a usage error. */
    static boolean isGif(CommandSpec spec, java.nio.file.Path out) {
        String file = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (file.endsWith(".gif")) return true;
        if (file.endsWith(".png")) return false;
        throw new CommandLine.ParameterException(spec.commandLine(), "--out must end in .png or .gif, got " + out);
    }
}
