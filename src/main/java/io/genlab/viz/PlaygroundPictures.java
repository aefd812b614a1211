package io.genlab.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;

/**
 * The GAN playground as one picture (the layout of GAN Lab, Kahng et al. 2018): the
 * discriminator's verdict as the background (green where it says "real", purple where "fake"),
 * the generator's image of a grid of noise as a deformed grid, the real points, the fake points
 * and the pull on each fake point as a short line. Plain arrays in, a picture out.
 */
public final class PlaygroundPictures {
    private static final Color REAL = new Color(0x1B7837), FAKE = new Color(0x762A83), GRID = new Color(0x555555);
    private static final Color SAYS_REAL = new Color(0x5AAE61), SAYS_FAKE = new Color(0x9970AB);

    private PlaygroundPictures() {}

    /**
     * @param bound the plane shown is [-bound, bound] on both axes
     * @param real  real points (x, y, x, y, ...)
     * @param fake  fake points
     * @param map   the discriminator's probability of "real" on a square grid of cells, row by row from y = -bound
     * @param grid  the generator's image of a square noise grid, row by row (empty: not drawn)
     * @param pull  for each fake point, the direction its loss pulls it (drawn scaled to the largest)
     */
    public static BufferedImage frame(float bound, float[] real, float[] fake, float[] map, float[] grid, float[] pull,
                                      String title, Theme theme, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.begin(img, theme);
        int top = theme.fontSize() + 12;
        int side = size - top;
        int left = (size - side) / 2;
        int cells = (int) Math.round(Math.sqrt(map.length));
        double cell = (double) side / cells;
        for (int row = 0; row < cells; row++) {
            for (int col = 0; col < cells; col++) {
                float p = map[row * cells + col];
                g.setColor(blend(SAYS_FAKE, SAYS_REAL, p));
                int x0 = left + (int) Math.floor(col * cell), y0 = top + side - (int) Math.ceil((row + 1) * cell);
                g.fillRect(x0, y0, (int) Math.ceil(cell) + 1, (int) Math.ceil(cell) + 1);
            }
        }
        if (grid.length > 0) {
            int n = (int) Math.round(Math.sqrt(grid.length / 2.0));
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1f));
            for (int row = 0; row < n; row++) {
                for (int col = 0; col < n; col++) {
                    int i = row * n + col;
                    if (col + 1 < n) line(g, grid, i, i + 1, bound, left, top, side);
                    if (row + 1 < n) line(g, grid, i, i + n, bound, left, top, side);
                }
            }
        }
        dots(g, real, REAL, bound, left, top, side);
        dots(g, fake, FAKE, bound, left, top, side);
        double longest = 1e-12;
        for (int i = 0; i < pull.length / 2; i++) longest = Math.max(longest, Math.hypot(pull[2 * i], pull[2 * i + 1]));
        g.setColor(FAKE.darker());
        for (int i = 0; i < pull.length / 2; i++) {
            double sx = px(fake[2 * i], bound, left, side), sy = py(fake[2 * i + 1], bound, top, side);
            double len = 0.06 * side / longest;
            g.draw(new Line2D.Double(sx, sy, sx + pull[2 * i] * len, sy - pull[2 * i + 1] * len));
        }
        g.setColor(theme.text());
        g.setFont(theme.titleFont());
        g.drawString(title, left, theme.fontSize() + 4);
        g.dispose();
        return img;
    }

    private static void dots(Graphics2D g, float[] points, Color colour, float bound, int left, int top, int side) {
        g.setColor(colour);
        for (int i = 0; i < points.length / 2; i++) {
            g.fill(new Ellipse2D.Double(px(points[2 * i], bound, left, side) - 2.5, py(points[2 * i + 1], bound, top, side) - 2.5, 5, 5));
        }
    }

    private static void line(Graphics2D g, float[] grid, int a, int b, float bound, int left, int top, int side) {
        g.draw(new Line2D.Double(px(grid[2 * a], bound, left, side), py(grid[2 * a + 1], bound, top, side),
                px(grid[2 * b], bound, left, side), py(grid[2 * b + 1], bound, top, side)));
    }

    private static double px(float x, float bound, int left, int side) {
        return left + (x + bound) / (2 * bound) * side;
    }

    private static double py(float y, float bound, int top, int side) {
        return top + side - (y + bound) / (2 * bound) * side;
    }

    private static Color blend(Color a, Color b, float t) {
        float u = Math.max(0, Math.min(1, t));
        // through white at 0.5, so "unsure" is pale
        Color from = u < 0.5f ? a : Color.WHITE, to = u < 0.5f ? Color.WHITE : b;
        float s = u < 0.5f ? u * 2 : (u - 0.5f) * 2;
        return new Color(Math.round(from.getRed() + (to.getRed() - from.getRed()) * s),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * s),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * s));
    }
}
