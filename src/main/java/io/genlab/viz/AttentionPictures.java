package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Pictures of attention over an image: a map over the token grid laid over the picture (viridis,
 * strongest where the query looks most), the query token outlined; and strips of such pictures,
 * one row per layer, one column per traced step, for {@code genlab trace --attention}.
 */
public final class AttentionPictures {
    /** The query token's outline. */
    public static final Color QUERY = PixelPictures.CURRENT;
    /** The lines between tokens: a light grey that shows on black and on the heat colours. */
    private static final Color GRID = new Color(0xB0B0B0);
    private static final int SCALE = 4;

    private AttentionPictures() {}

    /**
     * Sample {@code sample} of images [N, C, H, W] in grey, enlarged {@code scale} times, under
     * {@code map} ([side * side] weights over the token grid, drawn relative to their largest),
     * with token {@code query} outlined (none if negative).
     */
    public static BufferedImage overlay(Tensor images, int sample, float[] map, int side, int query, int scale) {
        int c = images.shape()[1], h = images.shape()[2], w = images.shape()[3];
        if (map.length != side * side || h % side != 0 || w % side != 0) {
            throw new IllegalArgumentException("a " + side + "x" + side + " token grid does not cover a " + h + "x" + w + " image");
        }
        float[] chw = new float[c * h * w];
        System.arraycopy(images.data(), sample * chw.length, chw, 0, chw.length);
        BufferedImage picture = ImageTensors.toImage(chw, c, h, w);
        float max = 0;
        for (float v : map) max = Math.max(max, v);
        int patchH = h / side, patchW = w / side;
        BufferedImage out = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h * scale; y++) {
            for (int x = 0; x < w * scale; x++) {
                int rgb = picture.getRGB(x / scale, y / scale);
                int grey = ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3;
                double u = max > 0 ? map[(y / scale / patchH) * side + x / scale / patchW] / max : 0;
                int heat = ColourMap.VIRIDIS.rgb(u);
                double a = 0.35 + 0.5 * u;                                     // the picture shows through where attention is weak
                out.setRGB(x, y, blend(grey, heat, a));
            }
        }
        if (query >= 0) {
            Graphics2D g = out.createGraphics();
            g.setColor(QUERY);
            g.setStroke(new BasicStroke(2));
            g.drawRect((query % side) * patchW * scale, (query / side) * patchH * scale, patchW * scale - 1, patchH * scale - 1);
            g.dispose();
        }
        return out;
    }

    /** A copy of {@code picture} with the borders between the cells of a side x side token grid drawn over it. */
    public static BufferedImage withGrid(BufferedImage picture, int side) {
        BufferedImage out = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(picture, 0, 0, null);
        drawGrid(g, picture.getWidth(), picture.getHeight(), side);
        g.dispose();
        return out;
    }

    /**
     * What a token of an image is: sample {@code sample} of images [N, C, H, W], enlarged
     * {@code scale} times, cut into a side x side grid of patches, each numbered in raster order
     * (token {@code row * side + column}), as a vision transformer numbers its tokens.
     */
    public static BufferedImage tokens(Tensor images, int sample, int side, int scale) {
        int c = images.shape()[1], h = images.shape()[2], w = images.shape()[3];
        if (h % side != 0 || w % side != 0) throw new IllegalArgumentException("a " + side + "x" + side + " token grid does not cover a " + h + "x" + w + " image");
        float[] chw = new float[c * h * w];
        System.arraycopy(images.data(), sample * chw.length, chw, 0, chw.length);
        BufferedImage out = ImageTensors.toRgb(ImageTensors.upscale(ImageTensors.toImage(chw, c, h, w), scale));
        Graphics2D g = out.createGraphics();
        drawGrid(g, out.getWidth(), out.getHeight(), side);
        int cellW = out.getWidth() / side, cellH = out.getHeight() / side;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, Math.min(cellW, cellH) / 3)));
        FontMetrics fm = g.getFontMetrics();
        for (int token = 0; token < side * side; token++) {
            String text = Integer.toString(token);
            int x = (token % side) * cellW + (cellW - fm.stringWidth(text)) / 2;
            int y = (token / side) * cellH + (cellH - fm.getHeight()) / 2 + fm.getAscent();
            g.setColor(Color.BLACK);                                            // a dark edge keeps the number legible on white
            for (int[] d : new int[][]{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) g.drawString(text, x + d[0], y + d[1]);
            g.setColor(QUERY);
            g.drawString(text, x, y);
        }
        g.dispose();
        return out;
    }

    private static void drawGrid(Graphics2D g, int width, int height, int side) {
        g.setColor(GRID);
        for (int i = 1; i < side; i++) {
            g.drawLine(i * width / side, 0, i * width / side, height - 1);
            g.drawLine(0, i * height / side, width - 1, i * height / side);
        }
    }

    private static int blend(int grey, int heat, double a) {
        int r = (int) Math.round(grey * (1 - a) + (heat >> 16 & 255) * a);
        int g = (int) Math.round(grey * (1 - a) + (heat >> 8 & 255) * a);
        int b = (int) Math.round(grey * (1 - a) + (heat & 255) * a);
        return r << 16 | g << 8 | b;
    }

    /**
     * The strip: one row per attention layer, one column per frame (frames without attention are
     * skipped); each cell is where {@code query} looks in that layer at that step (or, for a
     * negative query, the attention each token receives on average), for one head or
     * {@link AttentionMaps#MEAN_OF_HEADS}, over the frame's {@code image} tensor (e.g. "x0").
     */
    public static BufferedImage strip(List<TraceFrame> frames, String image, int sample, int query, int head, String title) {
        List<TraceFrame> traced = frames.stream().filter(f -> !AttentionMaps.layers(f).isEmpty()).toList();
        if (traced.isEmpty()) throw new IllegalArgumentException("no frame of the trace holds attention maps");
        List<String> layers = AttentionMaps.layers(traced.get(0));
        List<BufferedImage> cells = new ArrayList<>();
        for (String layer : layers) {
            for (TraceFrame f : traced) cells.add(cell(f, layer, image, sample, query, head));
        }
        return ImageGrid.builder().setImages(cells).setColumns(traced.size())
                .optRowLabels(layers).optColumnLabels(traced.stream().map(TraceFrame::caption).toList())
                .optTitle(title + " — " + what(query, head)).build().render();
    }

    /**
     * The animation: for every frame with attention, the layers side by side for that step; all
     * the same size (a GIF needs it), whatever each caption's width.
     */
    public static List<BufferedImage> animation(List<TraceFrame> frames, String image, int sample, int query, int head, String title) {
        List<BufferedImage> out = new ArrayList<>();
        for (TraceFrame f : frames) {
            List<String> layers = AttentionMaps.layers(f);
            if (layers.isEmpty()) continue;
            List<BufferedImage> cells = new ArrayList<>();
            for (String layer : layers) cells.add(cell(f, layer, image, sample, query, head));
            out.add(ImageGrid.builder().setImages(cells).setColumns(layers.size()).optColumnLabels(layers)
                    .optTitle(title + ", " + f.caption() + " — " + what(query, head)).build().render());
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no frame of the trace holds attention maps");
        int width = out.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int height = out.stream().mapToInt(BufferedImage::getHeight).max().orElseThrow();
        return out.stream().map(i -> centred(i, width, height)).toList();
    }

    private static BufferedImage centred(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height) return image;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, Theme.LIGHT);
        g.drawImage(image, (width - image.getWidth()) / 2, (height - image.getHeight()) / 2, null);
        g.dispose();
        return out;
    }

    private static BufferedImage cell(TraceFrame f, String layer, String image, int sample, int query, int head) {
        AttentionMaps maps = AttentionMaps.of(f, layer);
        Tensor picture = f.tensors().get(image);
        if (picture == null) throw new IllegalArgumentException("frame " + f.caption() + " has no tensor \"" + image + "\"");
        float[] map = query < 0 ? maps.received(sample, head) : maps.query(sample, head, query);
        return overlay(picture, sample, map, maps.side(), query, SCALE);
    }

    private static String what(int query, int head) {
        String who = query < 0 ? "attention each token receives, mean of all queries" : "where token " + query + " looks";
        return who + ", " + (head == AttentionMaps.MEAN_OF_HEADS ? "mean of the heads" : "head " + head);
    }
}
