package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Pictures of a generation trace: a strip (for each sample, one row per traced tensor, one
 * column per chosen frame) and animation frames (one grid per trace frame).
 */
public final class TracePictures {
    private TracePictures() {}

    /** {@code count} frame indices spread evenly from the first to the last frame. */
    public static List<Integer> evenlySpaced(int frames, int count) {
        List<Integer> out = new ArrayList<>();
        int k = Math.max(1, Math.min(count, frames));
        for (int i = 0; i < k; i++) {
            int idx = k == 1 ? frames - 1 : (int) Math.round(i * (frames - 1) / (double) (k - 1));
            if (out.isEmpty() || out.get(out.size() - 1) != idx) out.add(idx);
        }
        return out;
    }

    /**
     * The strip: rows are (sample, tensor name) pairs, e.g. "#1 x_t", "#1 x0", columns the chosen
     * frames labelled with their captions. Only images are drawn; every frame must hold the named
     * tensors as [N, C, H, W].
     */
    public static BufferedImage strip(List<TraceFrame> frames, List<String> names, int samples, String title) {
        List<BufferedImage> cells = new ArrayList<>();
        List<String> rowLabels = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            for (String name : names) {
                rowLabels.add("#" + (s + 1) + " " + name);
                for (TraceFrame f : frames) cells.add(image(f, name, s));
            }
        }
        List<String> columnLabels = frames.stream().map(TraceFrame::caption).toList();
        int height = cells.get(0).getHeight();
        return ImageGrid.builder().setImages(cells).setColumns(frames.size()).optCellScale(Math.max(1, 84 / height))
                .optRowLabels(rowLabels).optColumnLabels(columnLabels).optTitle(title).build().render();
    }

    /** One animation frame: the named tensors as rows, the samples as columns, the frame's caption as title. */
    public static BufferedImage frame(TraceFrame frame, List<String> names, int samples, String title) {
        List<BufferedImage> cells = new ArrayList<>();
        for (String name : names) {
            for (int s = 0; s < samples; s++) cells.add(image(frame, name, s));
        }
        int height = cells.get(0).getHeight();
        return ImageGrid.builder().setImages(cells).setColumns(samples).optCellScale(Math.max(1, 112 / height))
                .optRowLabels(names).optTitle(title + ": " + frame.caption()).build().render();
    }

    /** A 2D generation: a scatter plot of x_t per chosen frame, side by side, on fixed axes. */
    public static BufferedImage pointsStrip(List<TraceFrame> frames, String title) {
        List<BufferedImage> cells = new ArrayList<>();
        for (TraceFrame f : frames) cells.add(pointsFrame(f, null, 300));
        return ImageGrid.builder().setImages(cells).setColumns(frames.size())
                .optColumnLabels(frames.stream().map(TraceFrame::caption).toList()).optTitle(title).build().render();
    }

    /**
     * One frame of a 2D generation: x_t as a scatter plot on fixed axes [-2, 2]^2 (so an
     * animation does not jump), the frame's caption as title.
     *
     * @param title heading, or null for the caption alone
     */
    public static BufferedImage pointsFrame(TraceFrame frame, String title, int size) {
        Tensor xt = frame.tensors().get("x_t");
        if (xt == null || xt.rank() != 2) throw new IllegalArgumentException("trace frame " + frame.index() + " holds no 2D points 'x_t'");
        return ScatterPlot.builder().addPoints("x_t", xt.data()).optBounds(-2, 2, -2, 2).optSize(size, size)
                .optPointRadius(1.5f).optTitle(title == null ? frame.caption() : title + ": " + frame.caption()).build().render();
    }

    private static BufferedImage image(TraceFrame frame, String name, int sample) {
        Tensor t = frame.tensors().get(name);
        if (t == null) throw new IllegalArgumentException("trace frame " + frame.index() + " has no tensor '" + name + "'; it has " + frame.tensors().keySet());
        if (t.rank() != 4) throw new IllegalArgumentException("tensor '" + name + "' is not a batch of images: " + t);
        Tensor one = t.slice(sample);
        return ImageTensors.toImage(one.data(), one.shape()[0], one.shape()[1], one.shape()[2]);
    }
}
