package io.genlab.cli;


import io.genlab.data.DatasetLocations;
import io.genlab.data.DatasetSpec;
import io.genlab.data.Datasets;
import io.genlab.data.ImageDataset;
import io.genlab.data.PointSet;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.ImageGrid;
import io.genlab.viz.ScatterPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code genlab dataset preview}: a labelled grid of a dataset's images, or a scatter plot of its points. */
@Command(name = "dataset", mixinStandardHelpOptions = true, description = "Look at a dataset.",
        subcommands = DatasetCommand.Preview.class)
final class DatasetCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "Write a labelled grid of a dataset's first images (a scatter plot for Toy2D) as a PNG.")
    static final class Preview implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "DATASET",
                description = "fashion, fashion-test, shapes, toy2d:ring|spiral|moons|checkerboard, toy2d:file=CSV, idx:PATH")
        String name;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
        Path out;

        @Option(names = "--n", defaultValue = "40", paramLabel = "N", description = "Images to show (default ${DEFAULT-VALUE}); points to plot for Toy2D: 100x this.")
        int count;

        @Option(names = "--seed", defaultValue = "1", description = "Seed for procedural datasets (default ${DEFAULT-VALUE}).")
        long seed;

        @picocli.CommandLine.Mixin

        DataLocationOption data;

        @Override
        public Integer call() throws IOException {
            if (count < 1 || count > 400) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--n must be in 1..400, got " + count);
            DatasetSpec ds = Arguments.dataset(spec, name);
            DatasetLocations where = data.locations();
            BufferedImage picture = ds.isImages() ? imageGrid(Datasets.loadImages(ds, where, seed))
                    : scatter(Datasets.loadPoints(ds, count * 100, seed));
            ImageFiles.writePng(picture, out);
            spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
            spec.commandLine().getOut().flush();
            return 0;
        }

        private BufferedImage imageGrid(ImageDataset ds) {
            int n = Math.min(count, ds.size());
            boolean captioned = ds.captions().isPresent();
            List<BufferedImage> images = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                images.add(io.genlab.viz.ImageTensors.toImage(ds.image(i), ds.channels(), ds.height(), ds.width()));
                labels.add(captioned ? ds.captions().get().get(i) : ds.classNames().get(ds.label(i)));
            }
            // Captions are long sentences: fewer, larger cells, and captions wrap, so they stay readable.
            int columns = captioned ? Math.min(4, n) : Math.min(10, n);
            int scale = captioned ? 12 : Math.max(1, 112 / ds.height());
            ImageGrid.Builder grid = ImageGrid.builder().setImages(images).setColumns(columns).optCellScale(scale)
                    .optCellLabels(labels).optTitle(ds.name() + ": first " + n + " of " + ds.size());
            if (captioned) grid.optWrapCellLabels();
            return grid.build().render();
        }

        private BufferedImage scatter(PointSet points) {
            return ScatterPlot.builder().addPoints(points.name(), points.points())
                    .optTitle(points.name() + ": " + points.size() + " points").build().render();
        }
    }
}
