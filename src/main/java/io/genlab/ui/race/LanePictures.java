package io.genlab.ui.race;

import javax.swing.JComponent;
import javax.swing.UIManager;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A lane's pictures, as large as its space allows: the grid of columns that gives the biggest
 * cells, each picture enlarged without blurring. Before the first picture it draws empty cells.
 */
final class LanePictures extends JComponent {
    private static final int GAP = 4;
    private static final Color EMPTY = new Color(0x808080);
    private List<BufferedImage> pictures = List.of();
    private int cells;

    LanePictures() {
        setPreferredSize(new Dimension(160, 160));
        setOpaque(true);
    }

    /** Shows these pictures (kept by reference), or {@code cells} empty cells if the list is empty. */
    void show(List<BufferedImage> newPictures, int emptyCells) {
        pictures = List.copyOf(newPictures);
        cells = pictures.isEmpty() ? emptyCells : pictures.size();
        repaint();
    }

    List<BufferedImage> pictures() { return pictures; }

    /** Where cell {@code i} is drawn, for {@code n} cells of aspect {@code ratio} (width / height) in a w x h area. */
    static Rectangle cell(int i, int n, double ratio, int w, int h) {
        int bestColumns = 1;
        double best = -1;
        for (int columns = 1; columns <= n; columns++) {
            int rows = (n + columns - 1) / columns;
            double height = Math.min((w - (columns - 1) * GAP) / (double) columns / ratio, (h - (rows - 1) * GAP) / (double) rows);
            if (height > best) {
                best = height;
                bestColumns = columns;
            }
        }
        int rows = (n + bestColumns - 1) / bestColumns;
        int ch = (int) Math.max(1, Math.floor(best)), cw = (int) Math.max(1, Math.floor(best * ratio));
        int left = (w - bestColumns * cw - (bestColumns - 1) * GAP) / 2, top = (h - rows * ch - (rows - 1) * GAP) / 2;
        return new Rectangle(left + (i % bestColumns) * (cw + GAP), top + (i / bestColumns) * (ch + GAP), cw, ch);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        Color background = UIManager.getColor("Panel.background");
        g2.setColor(background != null ? background : Color.WHITE);
        g2.fillRect(0, 0, getWidth(), getHeight());
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        double ratio = pictures.isEmpty() ? 1 : pictures.get(0).getWidth() / (double) pictures.get(0).getHeight();
        for (int i = 0; i < cells; i++) {
            Rectangle r = cell(i, cells, ratio, getWidth(), getHeight());
            if (pictures.isEmpty()) {
                g2.setColor(EMPTY);
                g2.drawRect(r.x, r.y, r.width - 1, r.height - 1);
            } else {
                g2.drawImage(pictures.get(i), r.x, r.y, r.width, r.height, null);
            }
        }
        g2.dispose();
    }
}
