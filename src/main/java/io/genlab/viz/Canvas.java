package io.genlab.viz;

import java.awt.FontMetrics;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Small Java2D helpers shared by the figures: a prepared graphics context and text placement; not a
 * layout engine.
 */
final class Canvas {
    private static final BufferedImage SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);

    private Canvas() {
    }

    /** A new RGB image filled with the theme background, and its graphics with antialiased text and lines. */
    static Graphics2D begin(BufferedImage image, Theme theme) {
        Graphics2D g = image.createGraphics();
        g.setColor(theme.background());
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    /** Font metrics without a target image, for measuring before the figure size is known. */
    static synchronized FontMetrics metrics(Font font) {
        Graphics2D g = SCRATCH.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    /**
     * The text with each of its lines broken at spaces into lines that fit in {@code maxWidth}
     * pixels, joined by {@code \n}; a single word wider than that keeps a line of its own.
     */
    static String wrap(String text, FontMetrics fm, int maxWidth) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                if (current.length() > 0 && fm.stringWidth(current + " " + word) > maxWidth) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) current.append(' ');
                current.append(word);
            }
            out.add(current.toString());
        }
        return String.join("\n", out);
    }

    /** The text, shortened with an ellipsis until it fits in {@code maxWidth} pixels. */
    static String fit(String text, FontMetrics fm, int maxWidth) {
        if (fm.stringWidth(text) <= maxWidth) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && fm.stringWidth(s + "\u2026") > maxWidth) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "\u2026";
    }

    /** Draws text horizontally centred on {@code cx} with its top at {@code top}. */
    static void centred(Graphics2D g, String text, int cx, int top) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, cx - fm.stringWidth(text) / 2, top + fm.getAscent());
    }

    /** Draws text ending at {@code right}, vertically centred on {@code cy}. */
    static void rightAligned(Graphics2D g, String text, int right, int cy) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, right - fm.stringWidth(text), cy - fm.getHeight() / 2 + fm.getAscent());
    }
}
