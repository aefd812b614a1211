package io.genlab.viz;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A vertical colour bar on its own: the colours of a {@link ColourMap} from {@code low} (bottom) to
 * {@code high} (top) with value ticks on the right, for figures made of many small maps that share
 * one scale; a single {@link Heatmap} draws its own.
 */
public final class ColourBar {
    static final int BAR_WIDTH = 16;
    private final ColourMap map;
    private final float low, high;
    private final Theme theme;
    private final Rectangle bar;
    private final int width, height;

    /**
     * @param height total height in pixels; the bar leaves room for half a line of text above and below
     */
    public ColourBar(ColourMap map, float low, float high, int height, Theme theme) {
        this.map = Objects.requireNonNull(map, "colour map");
        this.theme = Objects.requireNonNull(theme, "theme");
        if (!(low < high) || !Float.isFinite(low) || !Float.isFinite(high)) {
            throw new IllegalArgumentException("colour bar range must be finite with low < high, got [" + low + ", " + high + "]");
        }
        FontMetrics fm = Canvas.metrics(theme.labelFont());
        if (height < 2 * fm.getHeight()) {
            throw new IllegalArgumentException("a colour bar needs at least " + 2 * fm.getHeight() + " pixels of height, got " + height);
        }
        this.low = low;
        this.high = high;
        int pad = fm.getHeight() / 2;
        int labelW = 0;
        double step = Ticks.step(low, high, 4);
        for (double v : Ticks.between(low, high, 4)) labelW = Math.max(labelW, fm.stringWidth(Ticks.label(v, step)));
        this.bar = new Rectangle(pad, pad, BAR_WIDTH, height - 2 * pad);
        this.width = bar.x + BAR_WIDTH + 6 + labelW + pad;
        this.height = height;
    }

    /** Where the colours are drawn; the top row is {@code high}, the bottom row {@code low}. */
    public Rectangle barBounds() {
        return new Rectangle(bar);
    }

    public BufferedImage render() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(out, theme);
        try {
            draw(g, bar, map, low, high, theme);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Draws a bar into {@code bar} (BAR_WIDTH wide) with its ticks to the right, leaving out the
     * label of a tick too close to the one below; shared with {@link Heatmap}.
     */
    static void draw(Graphics2D g, Rectangle bar, ColourMap map, float low, float high, Theme theme) {
        int h = bar.height;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);   // exact colours
        for (int y = 0; y < h; y++) {
            double t = h == 1 ? 0.5 : 1.0 - (double) y / (h - 1);                                 // top is high
            g.setColor(new Color(map.rgb(t)));
            g.fillRect(bar.x, bar.y + y, BAR_WIDTH, 1);
        }
        g.setColor(theme.axis());
        g.drawRect(bar.x - 1, bar.y - 1, BAR_WIDTH + 1, h + 1);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(theme.labelFont());
        FontMetrics fm = g.getFontMetrics();
        double step = Ticks.step(low, high, 4);
        int labelled = Integer.MAX_VALUE;                                       // where the last label went: ticks rise, y falls
        for (double v : Ticks.between(low, high, 4)) {
            int y = bar.y + (int) Math.round((high - v) / (high - low) * (h - 1));
            g.setColor(theme.axis());
            g.drawLine(bar.x + BAR_WIDTH, y, bar.x + BAR_WIDTH + 3, y);
            if (labelled - y < fm.getHeight()) continue;                      // a short bar: a label that would overlap is left out
            g.setColor(theme.text());
            g.drawString(Ticks.label(v, step), bar.x + BAR_WIDTH + 6, y - fm.getHeight() / 2 + fm.getAscent());
            labelled = y;
        }
    }
}
