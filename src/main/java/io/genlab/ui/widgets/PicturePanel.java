package io.genlab.ui.widgets;

import javax.swing.JComponent;
import javax.swing.UIManager;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * Shows one picture scaled to fit, keeping its proportions; small pixel images are enlarged
 * without blurring (nearest neighbour), so every pixel of a 28x28 sample stays visible. Without a
 * picture it shows a short message, e.g. "Loading the model...".
 */
public final class PicturePanel extends JComponent {
    private BufferedImage picture;
    private String message;

    public PicturePanel(String message) {
        this.message = message;
        setPreferredSize(new Dimension(320, 240));
        setOpaque(true);
    }

    /** Shows a picture (the panel keeps the reference; do not change the image afterwards). */
    public void setPicture(BufferedImage image) {
        picture = image;
        message = null;
        repaint();
    }

    /** Shows a message instead of a picture. */
    public void setMessage(String text) {
        picture = null;
        message = text;
        repaint();
    }

    public BufferedImage picture() { return picture; }

    /**
     * Where a point of the panel falls on the picture, as fractions of the picture's width and
     * height, each in [0, 1); null off the picture or while a message is shown.
     */
    public Point2D.Double pictureFraction(Point point) {
        if (picture == null) return null;
        Rectangle r = placed();
        if (r.width == 0 || r.height == 0 || !r.contains(point)) return null;
        return new Point2D.Double((point.x - r.x) / (double) r.width, (point.y - r.y) / (double) r.height);
    }

    /** How much the picture is enlarged to fit. */
    private double scale() {
        return Math.min((double) getWidth() / picture.getWidth(), (double) getHeight() / picture.getHeight());
    }

    /** Where the picture is drawn: scaled to fit, proportions kept, centred. */
    private Rectangle placed() {
        double scale = scale();
        int w = (int) Math.round(picture.getWidth() * scale);
        int h = (int) Math.round(picture.getHeight() * scale);
        return new Rectangle((getWidth() - w) / 2, (getHeight() - h) / 2, w, h);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        Color bg = UIManager.getColor("Panel.background");
        g2.setColor(bg != null ? bg : Color.WHITE);
        g2.fillRect(0, 0, getWidth(), getHeight());
        if (picture != null) {
            Rectangle r = placed();
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, scale() >= 2
                    ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(picture, r.x, r.y, r.width, r.height, null);
        } else if (message != null) {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(getForeground() != null ? getForeground() : Color.DARK_GRAY);
            FontMetrics fm = g2.getFontMetrics(getFont());
            g2.setFont(getFont());
            g2.drawString(message, Math.max(8, (getWidth() - fm.stringWidth(message)) / 2), getHeight() / 2);
        }
        g2.dispose();
    }
}
