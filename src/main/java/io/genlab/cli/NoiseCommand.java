package io.genlab.cli;

import io.genlab.data.DatasetSpec;
import io.genlab.data.Datasets;
import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.diffusion.ForwardProcess;
import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.viz.ForwardPictures;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code genlab noise}: the forward process on one dataset image, x_0 to x_T, with pixel histograms. */
@Command(name = "noise", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Add noise to a dataset image step by step (the forward process): a PNG strip or an animated GIF.")
final class NoiseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", defaultValue = "fashion", description = "Image dataset (default ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--index", defaultValue = "0", description = "Which image (default ${DEFAULT-VALUE}).")
    int index;

    @Option(names = "--schedule", defaultValue = "linear", description = "linear or cosine (default ${DEFAULT-VALUE}).")
    String schedule;

    @Option(names = "--timesteps", defaultValue = "1000", description = "T (default ${DEFAULT-VALUE}).")
    int timesteps;

    @Option(names = "--at", split = ",", paramLabel = "T1,T2,...", description = "Timesteps to show (default: 8 from 0 to T-1).")
    List<Integer> at;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the noise (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "strip.png, or anim.gif with one frame per timestep")
    Path out;

    @CommandLine.Mixin
    DataLocationOption data;

    @Override
    public Integer call() throws IOException {
        boolean gif = Arguments.isGif(spec, out);
        NoiseSchedule s;
        try {
            s = NoiseSchedule.forName(schedule, timesteps);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DatasetSpec ds = Arguments.dataset(spec, dataset);
        if (!ds.isImages()) throw new CommandLine.ParameterException(spec.commandLine(), dataset + " is not an image dataset");
        ImageDataset images = Datasets.loadImages(ds, data.locations(), seed);
        if (index < 0 || index >= images.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--index must be in 0.." + (images.size() - 1) + ", got " + index);
        }
        int[] ts = timesteps(gif);
        Tensor image = new Tensor(images.image(index), new int[]{1, images.channels(), images.height(), images.width()});
        List<ForwardProcess.Frame> frames = new ForwardProcess(s).frames(image, ts, seed);
        String title = images.name() + " #" + index + ", " + schedule + " schedule, T=" + timesteps;
        if (gif) {
            List<BufferedImage> pictures = new ArrayList<>();
            for (ForwardProcess.Frame f : frames) pictures.add(ForwardPictures.frame(f, title, Theme.LIGHT));
            ImageFiles.writeGif(pictures, 80, out);
        } else {
            ImageFiles.writePng(ForwardPictures.strip(frames, title, Theme.LIGHT), out);
        }
        spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The chosen timesteps, checked; by default 8 evenly spaced (40 for a GIF). */
    private int[] timesteps(boolean gif) {
        if (at != null) {
            for (int t : at) {
                if (t < 0 || t >= timesteps) throw new CommandLine.ParameterException(spec.commandLine(), "--at " + t + " is outside 0.." + (timesteps - 1));
            }
            return at.stream().mapToInt(Integer::intValue).toArray();
        }
        int k = gif ? 40 : 8;
        int[] ts = new int[k];
        for (int i = 0; i < k; i++) ts[i] = (int) Math.round(i * (timesteps - 1) / (double) (k - 1));
        return ts;
    }
}
