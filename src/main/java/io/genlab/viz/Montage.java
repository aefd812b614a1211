package io.genlab.viz;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * Finished figures placed next to each other in one image, e.g. three sample grids side by side or a
 * feature grid beside its colour bar; it neither scales nor labels them.
 */
public final class Montage {
    private Montage() {}

    /** The figures left to right, {@code gap} pixels apart, each centred vertically. */
    public static BufferedImage row(List<BufferedImage> figures, int gap, Theme theme) {
        check(figures, gap);
        int w = gap * (figures.size() - 1), h = 0;
        for (BufferedImage f : figures) {
            w += f.getWidth();
            h = Math.max(h, f.getHeight());
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        try {
            int x = 0;
            for (BufferedImage f : figures) {
                g.drawImage(f, x, (h - f.getHeight()) / 2, null);
                x += f.getWidth() + gap;
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The figures top to bottom, {@code gap} pixels apart, each centred horizontally. */
    public static BufferedImage column(List<BufferedImage> figures, int gap, Theme theme) {
        check(figures, gap);
        int w = 0, h = gap * (figures.size() - 1);
        for (BufferedImage f : figures) {
            w = Math.max(w, f.getWidth());
            h += f.getHeight();
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        try {
            int y = 0;
            for (BufferedImage f : figures) {
                g.drawImage(f, (w - f.getWidth()) / 2, y, null);
                y += f.getHeight() + gap;
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The figure with a bold title centred above it. */
    public static BufferedImage titled(BufferedImage figure, String title, Theme theme) {
        return titled(figure, title, null, theme);
    }

    /** The figure with a bold title and, under it, a subtitle in the label font (null for none), centred above it. */
    public static BufferedImage titled(BufferedImage figure, String title, String subtitle, Theme theme) {
        Objects.requireNonNull(figure, "figure");
        FontMetrics fm = Canvas.metrics(theme.titleFont());
        FontMetrics sub = Canvas.metrics(theme.labelFont());
        int pad = fm.getHeight() / 3;
        int subH = subtitle == null ? 0 : sub.getHeight();
        int w = Math.max(figure.getWidth(), Math.max(fm.stringWidth(title), subtitle == null ? 0 : sub.stringWidth(subtitle)) + 2 * pad);
        int top = fm.getHeight() + subH + 2 * pad;
        BufferedImage out = new BufferedImage(w, figure.getHeight() + top, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        try {
            g.setColor(theme.text());
            g.setFont(theme.titleFont());
            Canvas.centred(g, title, w / 2, pad);
            if (subtitle != null) {
                g.setFont(theme.labelFont());
                Canvas.centred(g, subtitle, w / 2, pad + fm.getHeight());
            }
            g.drawImage(figure, (w - figure.getWidth()) / 2, top, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void check(List<BufferedImage> figures, int gap) {
        if (figures == null || figures.isEmpty()) throw new IllegalArgumentException("a montage needs at least one figure");
        figures.forEach(f -> Objects.requireNonNull(f, "figure"));
        if (gap < 0 || gap > 500) throw new IllegalArgumentException("gap must be in [0, 500] pixels, got " + gap);
    }
}
