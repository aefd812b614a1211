package io.genlab.cli;

import io.genlab.autoregressive.PixelCnnModel;
import io.genlab.autoregressive.ReceptiveField;
import io.genlab.data.Tensor;
import io.genlab.train.Checkpoints;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.Montage;
import io.genlab.viz.PixelPictures;
import io.genlab.viz.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code genlab field}: which pixels a PixelCNN's prediction for a pixel can see, read off its masks. */
@Command(name = "field", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The receptive field of an autoregressive model (pixelcnn-s): for each chosen pixel, the pixels its",
                "predicted distribution can depend on, tinted blue, the pixel itself outlined. Shows the blind spot."})
final class FieldCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CheckpointSource source;

    @Option(names = "--pixel", required = true, split = ";", paramLabel = "ROW,COL",
            description = "Pixels to show, e.g. 14,14 (several: \"4,4;14,14;27,20\").")
    List<String> pixels;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Checkpoints.Loaded checkpoint = source.read();
        GenerativeModel model = ModelRegistry.discover().load(checkpoint);
        if (!(model instanceof PixelCnnModel pixelCnn)) {
            throw new CommandLine.ParameterException(spec.commandLine(), model.info().name()
                    + " does not predict pixels one at a time; the receptive field is shown for pixelcnn-s");
        }
        DataShape shape = model.info().shape();
        float[] grey = new float[shape.channels() * shape.height() * shape.width()];
        Arrays.fill(grey, 0.6f);
        Tensor canvas = new Tensor(grey, new int[]{1, shape.channels(), shape.height(), shape.width()});
        List<BufferedImage> fields = new ArrayList<>();
        for (String p : pixels) {
            int[] rc = pixel(p, shape);
            fields.add(Montage.titled(PixelPictures.receptiveField(canvas, 0, ReceptiveField.of(pixelCnn, rc[0], rc[1]), rc[0], rc[1]),
                    "pixel (" + rc[0] + ", " + rc[1] + ")", Theme.LIGHT));
        }
        ImageFiles.writePng(Montage.titled(Montage.row(fields, 16, Theme.LIGHT), "What " + model.info().name()
                + " sees when it predicts a pixel", "blue: pixels that can change the prediction; the rest, including a wedge up and to the right, cannot",
                Theme.LIGHT), out);
        spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int[] pixel(String text, DataShape shape) {
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                int row = Integer.parseInt(parts[0].strip()), col = Integer.parseInt(parts[1].strip());
                if (row >= 0 && row < shape.height() && col >= 0 && col < shape.width()) return new int[]{row, col};
            }
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--pixel wants ROW,COL with ROW in 0.." + (shape.height() - 1)
                + " and COL in 0.." + (shape.width() - 1) + ", got \"" + text + "\"");
    }
}
