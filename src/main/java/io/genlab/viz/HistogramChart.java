package io.genlab.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * A small density histogram with a reference curve drawn over it, e.g. the pixel values of a
 * noised image against the standard normal density they approach.
 */
public final class HistogramChart {
    private static final Color BARS = new Color(0x0072B2);
    private static final Color CURVE = new Color(0xD55E00);

    private HistogramChart() {}

    /**
     * @param density   bar heights (a density: integrates to 1 over [lo, hi])
     * @param reference a curve at the bin centres (same length), or null
     * @param lo        left edge of the first bin
     * @param hi        right edge of the last bin
     */
    public static BufferedImage render(double[] density, double[] reference, double lo, double hi, int width, int height) {
        if (density.length == 0) throw new IllegalArgumentException("no bins");
        if (reference != null && reference.length != density.length) throw new IllegalArgumentException("reference has " + reference.length + " values for " + density.length + " bins");
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(img, Theme.LIGHT);
        double max = 1e-9;
        for (double d : density) max = Math.max(max, d);
        if (reference != null) for (double d : reference) max = Math.max(max, d);
        int pad = 4, plotH = height - 2 * pad - 12, base = pad + plotH;
        double binW = (width - 2.0 * pad) / density.length;
        g.setColor(BARS);
        for (int i = 0; i < density.length; i++) {
            int h = (int) Math.round(density[i] / max * plotH);
            g.fillRect((int) (pad + i * binW), base - h, Math.max(1, (int) Math.ceil(binW) - 1), h);
        }
        if (reference != null) {
            Path2D.Double curve = new Path2D.Double();
            for (int i = 0; i < reference.length; i++) {
                double x = pad + (i + 0.5) * binW, y = base - reference[i] / max * plotH;
                if (i == 0) curve.moveTo(x, y); else curve.lineTo(x, y);
            }
            g.setColor(CURVE);
            g.setStroke(new BasicStroke(2f));
            g.draw(curve);
        }
        g.setColor(Theme.LIGHT.axis());
        g.drawLine(pad, base, width - pad, base);
        g.setFont(Theme.LIGHT.labelFont().deriveFont(11f));
        g.drawString(fmt(lo), pad, height - 2);
        String right = fmt(hi);
        g.drawString(right, width - pad - g.getFontMetrics().stringWidth(right), height - 2);
        g.dispose();
        return img;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
