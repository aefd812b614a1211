package io.genlab.ui.forward;

import io.genlab.viz.ImageTensors;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Arrays;

/**
 * A small grey image the user draws with the mouse: white strokes on black, as Fashion-MNIST
 * pictures are, with a soft round brush; the right button (or Shift) erases. Values are kept in
 * [-1, 1], the range the models see. It is a picture source, not a paint program.
 */
final class DrawingPad extends JComponent {
    private final int size;
    private final float[] pixels;            // [1, size, size], row-major, in [-1, 1]
    private final Runnable onChange;
    private double brush = 1.2;              // radius in image pixels
    private double lastX = Double.NaN, lastY = Double.NaN;

    /** @param onChange called on the event dispatch thread after every stroke segment and clear */
    DrawingPad(int size, Runnable onChange) {
        this.size = size;
        this.pixels = new float[size * size];
        this.onChange = onChange;
        Arrays.fill(pixels, -1f);
        setPreferredSize(new Dimension(224, 224));
        setCursor(Cursor.getPredefinedCursor(Cursor.CROSSHAIR_CURSOR));
        setToolTipText("Draw with the left mouse button; the right button or Shift erases");
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                lastX = Double.NaN;
                stroke(e);
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                stroke(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                lastX = Double.NaN;
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
    }

    /** Side of the square image in pixels. */
    int imageSize() { return size; }

    /** A copy of the drawing, [1, size, size] in [-1, 1]. */
    float[] image() { return pixels.clone(); }

    /** Brush radius in image pixels, 0.5 to 4. */
    void setBrush(double radius) {
        brush = Math.max(0.5, Math.min(4, radius));
    }

    /** Back to an all-black image. */
    void clear() {
        Arrays.fill(pixels, -1f);
        repaint();
        onChange.run();
    }

    /**
     * Paints (or erases) a round dab centred at image coordinates (x, y), where (0.5, 0.5) is the
     * middle of the top-left pixel: full strength within the brush radius, fading over one pixel.
     */
    void dab(double x, double y, boolean erase) {
        int r = (int) Math.ceil(brush + 1);
        for (int j = (int) Math.floor(y) - r; j <= (int) Math.floor(y) + r; j++) {
            for (int i = (int) Math.floor(x) - r; i <= (int) Math.floor(x) + r; i++) {
                if (i < 0 || j < 0 || i >= size || j >= size) continue;
                double d = Math.hypot(i + 0.5 - x, j + 0.5 - y);
                double strength = Math.max(0, Math.min(1, brush + 0.5 - d));
                if (strength <= 0) continue;
                int k = j * size + i;
                float v = (float) (erase ? 1 - 2 * strength : -1 + 2 * strength);
                pixels[k] = erase ? Math.min(pixels[k], v) : Math.max(pixels[k], v);
            }
        }
    }

    private void stroke(MouseEvent e) {
        Rectangle r = imageArea();
        if (r.width <= 0) return;
        double x = (e.getX() - r.x) * (double) size / r.width;
        double y = (e.getY() - r.y) * (double) size / r.height;
        boolean erase = SwingUtilities.isRightMouseButton(e) || e.isShiftDown();
        if (Double.isNaN(lastX)) {
            dab(x, y, erase);
        } else {                                             // fill the gap of a fast stroke
            int n = (int) Math.ceil(Math.hypot(x - lastX, y - lastY) / 0.25) + 1;
            for (int s = 1; s <= n; s++) dab(lastX + (x - lastX) * s / n, lastY + (y - lastY) * s / n, erase);
        }
        lastX = x;
        lastY = y;
        repaint();
        onChange.run();
    }

    /** The square the image fills, centred in the component. */
    private Rectangle imageArea() {
        int side = Math.min(getWidth(), getHeight()) / size * size;
        if (side == 0) side = Math.min(getWidth(), getHeight());
        return new Rectangle((getWidth() - side) / 2, (getHeight() - side) / 2, side, side);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        Color bg = UIManager.getColor("Panel.background");
        g2.setColor(bg != null ? bg : Color.WHITE);
        g2.fillRect(0, 0, getWidth(), getHeight());
        Rectangle r = imageArea();
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g2.drawImage(ImageTensors.toImage(pixels, 1, size, size), r.x, r.y, r.width, r.height, null);
        g2.setColor(new Color(0x808080));
        g2.drawRect(r.x - 1, r.y - 1, r.width + 1, r.height + 1);
        g2.dispose();
    }
}
