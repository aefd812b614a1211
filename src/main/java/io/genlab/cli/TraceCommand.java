package io.genlab.cli;

import io.genlab.data.Tensor;
import io.genlab.diffusion.AttentionRecorder;
import io.genlab.diffusion.DiffusionModel;
import io.genlab.train.Checkpoints;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.KeptTrace;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceFrame;
import io.genlab.viz.AttentionMaps;
import io.genlab.viz.AttentionPictures;
import io.genlab.viz.CrossAttentionMaps;
import io.genlab.viz.CrossAttentionPictures;
import io.genlab.viz.ImageFiles;
import io.genlab.viz.PixelPictures;
import io.genlab.viz.Theme;
import io.genlab.viz.TracePictures;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code genlab trace}: the generation process of a trained model, step by step — for diffusion,
 * x_t and the predicted x0 from pure noise to the final image; for a PixelCNN, the canvas filling
 * in pixel by pixel with each pixel's distribution; with {@code --attention}, where an attention
 * model's tokens look at each step — as a PNG strip or an animated GIF of at most
 * {@value #MAX_FRAMES} evenly spaced frames.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show generation step by step: a PNG strip (rows x_t and predicted x0, columns chosen steps) or an animated GIF.")
final class TraceCommand implements Callable<Integer> {
    /** Frames a trace keeps: a PixelCNN draws 784 values, a DDPM run takes 1000 steps. */
    static final int MAX_FRAMES = 200;

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    CheckpointSource source;

    @Option(names = "--n", defaultValue = "4", description = "Number of samples (default ${DEFAULT-VALUE}; for 2D points try 2000).")
    int count;

    @Option(names = "--class", paramLabel = "K", description = "Class of every sample (default: cycle through the classes).")
    Integer classLabel;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--frames", defaultValue = "10", description = "Columns of the strip: steps shown, evenly spaced (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--show", split = ",", description = "Traced tensors to draw, as rows (default: x_t,x0 for diffusion, x otherwise).")
    List<String> show;

    @Option(names = "--walk", paramLabel = "N", description = "For a GAN: a latent walk of N frames between two noise vectors.")
    Integer walk;

    @Option(names = "--attention", description = "Draw the attention maps instead (dit-s, unet-s): one row per layer, one column per step, over the predicted x0.")
    boolean attention;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "What a text-conditioned model (unet-s-text) draws.")
    String prompt;

    @Option(names = "--cross-attention", description = "With --prompt: draw where each word of the prompt is read instead: one row per word, "
            + "one column per step, over the predicted x0 (the mean of the heads and of the cross-attention layers).")
    boolean crossAttention;

    @Option(names = "--query", defaultValue = "centre", paramLabel = "ROW,COL|centre|all",
            description = "With --attention: the token whose attention is drawn, as its row and column in the patch grid (0-based), "
                    + "the centre one (default), or all: the attention each token receives, averaged over every query.")
    String query;

    @Option(names = "--head", defaultValue = "mean", paramLabel = "H|mean", description = "With --attention: one head (0-based) or the mean of the heads (default).")
    String head;

    @Option(names = "--sample", defaultValue = "0", paramLabel = "S", description = "With --attention or --cross-attention: which of the --n samples to draw (0-based, default 0).")
    int sample;

    @Option(names = "--delay", defaultValue = "120", description = "GIF frame delay in milliseconds (default ${DEFAULT-VALUE}).")
    int delayMillis;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "strip.png or animation.gif")
    Path out;

    @picocli.CommandLine.Mixin
    SamplingOptions sampling;

    /** Grey level above which a patch of a picture in [-1, 1] counts as the object, not the black background. */
    static final float OBJECT_LEVEL = -0.75f;

    /** Steps whose attention maps an animation records (each holds every layer's [N, heads, T, T]). */
    static final int MAX_ATTENTION_FRAMES = 50;

    @Override
    public Integer call() throws IOException {
        boolean gif = Arguments.isGif(spec, out);
        if (frames < 2) throw new CommandLine.ParameterException(spec.commandLine(), "--frames must be at least 2");
        Checkpoints.Loaded checkpoint = source.read();
        GenerativeModel model = ModelRegistry.discover().load(checkpoint);
        boolean points = model.info().shape().kind() == DataShape.Kind.POINTS;
        if (!points && count > 16) throw new CommandLine.ParameterException(spec.commandLine(), "--n must be at most 16 for an image trace");
        if (walk != null) sampling.extra.put("walk", String.valueOf(walk));
        if (attention) {
            if (!(model instanceof DiffusionModel d) || d.attentionNames().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--attention needs a model with attention layers "
                        + "(dit-s, or unet-s at its 7x7 bottom); " + model.info().name() + " has none");
            }
            if (sample < 0 || sample >= count) throw new CommandLine.ParameterException(spec.commandLine(), "--sample must be in 0.." + (count - 1));
            sampling.extra.put(AttentionRecorder.OPTION, String.valueOf(gif ? MAX_ATTENTION_FRAMES : frames));
        }
        boolean text = Prompts.tokenizerOf(model).isPresent();
        if (text != (prompt != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), text ? model.info().name() + " draws what a prompt says: give --prompt"
                    : "--prompt needs a text-conditioned model such as unet-s-text; " + model.info().name() + " is conditioned on classes");
        }
        if (crossAttention) {
            if (!text) throw new CommandLine.ParameterException(spec.commandLine(), "--cross-attention needs a text-conditioned model and --prompt");
            if (sample < 0 || sample >= count) throw new CommandLine.ParameterException(spec.commandLine(), "--sample must be in 0.." + (count - 1));
            sampling.extra.put(AttentionRecorder.CROSS_OPTION, String.valueOf(gif ? MAX_ATTENTION_FRAMES : frames));
        }
        GenerationRequest request = text ? Prompts.request(spec, model, List.of(prompt), count, seed, sampling.toMap())
                : SampleCommand.request(spec, model, count, classLabel, seed, sampling);
        KeptTrace kept = new KeptTrace(MAX_FRAMES);
        SampleCommand.generate(spec, model, request, kept);
        List<TraceFrame> trace = kept.frames();
        if (trace.isEmpty()) throw new IllegalStateException(model.info().name() + " reported no trace frames");
        String title = model.info().name() + " at step " + checkpoint.manifest().step() + ", seed " + seed;
        Map<String, Tensor> first = trace.get(0).tensors();
        List<String> show = this.show != null ? this.show : first.containsKey("x_t") ? List.of("x_t", "x0")
                : first.keySet().stream().filter(name -> first.get(name).rank() == 4 || points).toList();
        boolean pixels = first.containsKey("probabilities");
        if (attention) {
            writeAttention(trace, gif, title);
        } else if (crossAttention) {
            writeCrossAttention(trace, Prompts.tokenizerOf(model).orElseThrow().encode(prompt).tokens(), gif, title);
        } else if (gif) {
            List<BufferedImage> images = new ArrayList<>();
            for (TraceFrame f : trace) {
                images.add(points ? TracePictures.pointsFrame(f, title, 480)
                        : pixels ? PixelPictures.frame(f, count, title, Theme.LIGHT) : TracePictures.frame(f, show, count, title));
            }
            ImageFiles.writeGif(images, delayMillis, out);
        } else {
            List<TraceFrame> chosen = TracePictures.evenlySpaced(trace.size(), frames).stream().map(trace::get).toList();
            ImageFiles.writePng(points ? TracePictures.pointsStrip(chosen, title) : TracePictures.strip(chosen, show, count, title), out);
        }
        spec.commandLine().getOut().println("wrote " + out.toAbsolutePath() + " (" + kept.received() + " steps traced"
                + (kept.received() > trace.size() ? ", " + trace.size() + " of them evenly spaced shown" : "") + ")");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void writeCrossAttention(List<TraceFrame> trace, List<String> words, boolean gif, String title) throws IOException {
        List<TraceFrame> traced = trace.stream().filter(f -> !CrossAttentionMaps.layers(f).isEmpty()).toList();
        if (gif) {
            List<BufferedImage> images = new ArrayList<>();
            for (TraceFrame f : traced) images.add(CrossAttentionPictures.strip(List.of(f), words, "x0", sample, title));
            ImageFiles.writeGif(images, delayMillis, out);
        } else {
            ImageFiles.writePng(CrossAttentionPictures.strip(traced, words, "x0", sample, title), out);
        }
    }

    private void writeAttention(List<TraceFrame> trace, boolean gif, String title) throws IOException {
        List<TraceFrame> traced = trace.stream().filter(f -> !AttentionMaps.layers(f).isEmpty()).toList();
        AttentionMaps maps = AttentionMaps.of(traced.get(0), AttentionMaps.layers(traced.get(0)).get(0));
        int token = token(maps.side());
        int h = head(maps.heads());
        if (gif) {
            ImageFiles.writeGif(AttentionPictures.animation(traced, "x0", sample, token, h, title), delayMillis, out);
        } else {
            ImageFiles.writePng(AttentionPictures.strip(traced, "x0", sample, token, h, title), out);
        }
        printShareOnObject(traced, maps.side(), h);
    }

    /**
     * How much of each layer's attention lands on the patches of the finished picture's object
     * (patches brighter on average than {@value #OBJECT_LEVEL}), at each traced step, beside the
     * share those patches have of the grid (what attention spread evenly would give); and how far
     * the tokens look.
     */
    private void printShareOnObject(List<TraceFrame> traced, int side, int h) {
        TraceFrame last = traced.get(traced.size() - 1);
        boolean[] object = AttentionMaps.brighterThan(last.tensors().get("x0"), sample, side, OBJECT_LEVEL);
        int patches = 0;
        for (boolean b : object) if (b) patches++;
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "share of the attention on the object's %d of %d patches (%.0f%% of the grid), sample %d, %s:%n",
                patches, object.length, 100.0 * patches / object.length, sample, h == AttentionMaps.MEAN_OF_HEADS ? "mean of the heads" : "head " + h);
        o.printf(Locale.ROOT, "  %-16s", "layer");
        for (TraceFrame f : traced) o.printf(Locale.ROOT, " %7s", f.caption());
        o.println();
        for (String layer : AttentionMaps.layers(traced.get(0))) {
            o.printf(Locale.ROOT, "  %-16s", layer);
            for (TraceFrame f : traced) o.printf(Locale.ROOT, " %6.0f%%", 100 * AttentionMaps.of(f, layer).shareOn(object, sample, h));
            o.println();
        }
        o.printf(Locale.ROOT, "how far a token looks: mean distance in patches from a query to where it looks (%.1f if spread evenly):%n",
                AttentionMaps.of(last, AttentionMaps.layers(last).get(0)).evenDistance());
        for (String layer : AttentionMaps.layers(traced.get(0))) {
            o.printf(Locale.ROOT, "  %-16s", layer);
            for (TraceFrame f : traced) o.printf(Locale.ROOT, " %7.1f", AttentionMaps.of(f, layer).meanDistance(sample, h));
            o.println();
        }
    }

    /** The --query token in raster order, or -1 for "all". */
    private int token(int side) {
        if (query.equals("all")) return -1;
        if (query.equals("centre")) return (side / 2) * side + side / 2;
        String[] parts = query.split(",");
        try {
            if (parts.length == 2) {
                int row = Integer.parseInt(parts[0].trim()), col = Integer.parseInt(parts[1].trim());
                if (row >= 0 && row < side && col >= 0 && col < side) return row * side + col;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--query must be ROW,COL with both in 0.." + (side - 1)
                + " (this model's tokens form a " + side + "x" + side + " grid), centre or all; got " + query);
    }

    private int head(int heads) {
        if (head.equals("mean")) return AttentionMaps.MEAN_OF_HEADS;
        try {
            int h = Integer.parseInt(head.trim());
            if (h >= 0 && h < heads) return h;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--head must be mean or a head in 0.." + (heads - 1) + ", got " + head);
    }
}
