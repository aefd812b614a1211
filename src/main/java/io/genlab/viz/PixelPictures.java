package io.genlab.viz;

import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Pictures of autoregressive generation: the canvas filling in with the pixel being drawn
 * marked, the 256-way distribution it was drawn from, a receptive field over the image, and a
 * completion of a half-given image.
 */
public final class PixelPictures {
    /** The pixel being drawn, and the value drawn in the distribution. */
    public static final Color CURRENT = new Color(0xE69F00);
    /** The receptive field's pixels. */
    public static final Color FIELD = new Color(0x0072B2);
    private static final int SCALE = 6, LEVELS = 256;

    private PixelPictures() {}

    /**
     * One frame of a pixel-by-pixel trace: for each of the first {@code samples} samples, the
     * canvas so far with the current pixel outlined and, below it, the distribution it was drawn from.
     */
    public static BufferedImage frame(TraceFrame frame, int samples, String title, Theme theme) {
        Tensor canvas = frame.tensors().get("x"), probabilities = frame.tensors().get("probabilities");
        int row = (int) (double) frame.scalars().get("row"), col = (int) (double) frame.scalars().get("column");
        int channel = (int) (double) frame.scalars().get("channel");
        int c = canvas.shape()[1], h = canvas.shape()[2], w = canvas.shape()[3];
        List<BufferedImage> columns = new ArrayList<>();
        for (int s = 0; s < Math.min(samples, canvas.shape()[0]); s++) {
            BufferedImage image = canvas(canvas, s, row, col);
            int drawn = level(canvas.data()[((s * c + channel) * h + row) * w + col]);
            BufferedImage bars = distribution(probabilities.data(), s * LEVELS, drawn, image.getWidth(), 90, theme);
            columns.add(Montage.column(List.of(image, bars), 4, theme));
        }
        String where = "pixel (" + row + ", " + col + ")" + (c == 1 ? "" : ", channel " + channel);
        BufferedImage figure = Montage.row(columns, 12, theme);
        // Every frame of a trace the same size (a GIF needs it), whatever the caption's digits.
        int width = Math.max(Canvas.metrics(theme.titleFont()).stringWidth(title),
                Canvas.metrics(theme.labelFont()).stringWidth("pixel (888, 888), channel 8")) + 40;
        return Montage.titled(padded(figure, width, theme), title, where, theme);
    }

    private static BufferedImage padded(BufferedImage figure, int width, Theme theme) {
        if (figure.getWidth() >= width) return figure;
        BufferedImage out = new BufferedImage(width, figure.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        g.drawImage(figure, (width - figure.getWidth()) / 2, 0, null);
        g.dispose();
        return out;
    }

    /** Sample s of a canvas [N, C, H, W], enlarged, with pixel (row, col) outlined (none if row < 0). */
    public static BufferedImage canvas(Tensor canvas, int s, int row, int col) {
        int c = canvas.shape()[1], h = canvas.shape()[2], w = canvas.shape()[3];
        float[] chw = new float[c * h * w];
        System.arraycopy(canvas.data(), s * chw.length, chw, 0, chw.length);
        BufferedImage out = ImageTensors.upscale(ImageTensors.toRgb(ImageTensors.toImage(chw, c, h, w)), SCALE);
        if (row >= 0) {
            Graphics2D g = out.createGraphics();
            g.setColor(CURRENT);
            g.setStroke(new BasicStroke(2));
            g.drawRect(col * SCALE - 1, row * SCALE - 1, SCALE + 1, SCALE + 1);
            g.dispose();
        }
        return out;
    }

    /**
     * A bar chart of one 256-way distribution (probabilities[offset .. offset+255]) from black
     * (value 0) on the left to white (255) on the right, the drawn value's bar highlighted
     * (none if drawn < 0); bar heights are relative to the largest probability.
     */
    public static BufferedImage distribution(float[] probabilities, int offset, int drawn, int width, int height, Theme theme) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        try {
            float max = 1e-12f;
            for (int v = 0; v < LEVELS; v++) max = Math.max(max, probabilities[offset + v]);
            int ramp = 6, plot = height - ramp - 2;
            for (int v = 0; v < LEVELS; v++) {
                int x0 = v * width / LEVELS, x1 = Math.max(x0 + 1, (v + 1) * width / LEVELS);
                int bar = Math.round(plot * probabilities[offset + v] / max);
                g.setColor(v == drawn ? CURRENT : theme.axis());
                g.fillRect(x0, plot - bar, x1 - x0, bar);
                g.setColor(new Color(v, v, v));
                g.fillRect(x0, height - ramp, x1 - x0, ramp);
            }
            if (drawn >= 0) {
                g.setColor(CURRENT);
                int x = drawn * width / LEVELS;
                g.drawLine(x, 0, x, plot);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Sample s of an image [N, C, H, W], enlarged, with the pixels of a receptive field [H*W] tinted and pixel (row, col) outlined. */
    public static BufferedImage receptiveField(Tensor image, int s, boolean[] field, int row, int col) {
        int w = image.shape()[3];
        BufferedImage out = canvas(image, s, row, col);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(FIELD.getRed(), FIELD.getGreen(), FIELD.getBlue(), 110));
        for (int p = 0; p < field.length; p++) {
            if (field[p]) g.fillRect(p % w * SCALE, p / w * SCALE, SCALE, SCALE);
        }
        g.dispose();
        return out;
    }

    /**
     * A completion: the original, what the model was given (rows below {@code givenRows} blank),
     * and the completions [N, C, H, W] side by side, each with a line under the given rows.
     */
    public static BufferedImage completions(Tensor original, Tensor completions, int givenRows, String title, Theme theme) {
        int c = original.shape()[1], h = original.shape()[2], w = original.shape()[3];
        float[] given = original.data().clone();
        for (int ch = 0; ch < c; ch++) {
            for (int p = givenRows * w; p < h * w; p++) given[ch * h * w + p] = -1;
        }
        List<BufferedImage> cells = new ArrayList<>();
        cells.add(marked(canvas(original, 0, -1, -1), givenRows));
        cells.add(marked(canvas(new Tensor(given, original.shape()), 0, -1, -1), givenRows));
        for (int s = 0; s < completions.shape()[0]; s++) cells.add(marked(canvas(completions, s, -1, -1), givenRows));
        return Montage.titled(Montage.row(cells, 8, theme), title, "original, given, then completions", theme);
    }

    private static BufferedImage marked(BufferedImage image, int givenRows) {
        Graphics2D g = image.createGraphics();
        g.setColor(CURRENT);
        g.drawLine(0, givenRows * SCALE, image.getWidth(), givenRows * SCALE);
        g.dispose();
        return image;
    }

    private static int level(float value) {
        return Math.max(0, Math.min(LEVELS - 1, Math.round((value + 1) * 127.5f)));
    }
}
