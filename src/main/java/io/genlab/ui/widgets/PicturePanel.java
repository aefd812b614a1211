package io.genlab.ui.widgets;

import javax.swing.JComponent;
import javax.swing.UIManager;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
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

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        Color bg = UIManager.getColor("Panel.background");
        g2.setColor(bg != null ? bg : Color.WHITE);
        g2.fillRect(0, 0, getWidth(), getHeight());
        if (picture != null) {
            double scale = Math.min((double) getWidth() / picture.getWidth(), (double) getHeight() / picture.getHeight());
            int w = (int) Math.round(picture.getWidth() * scale);
            int h = (int) Math.round(picture.getHeight() * scale);
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, scale >= 2
                    ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(picture, (getWidth() - w) / 2, (getHeight() - h) / 2, w, h, null);
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
