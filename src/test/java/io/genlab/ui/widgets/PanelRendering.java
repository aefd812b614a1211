package io.genlab.ui.widgets;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Paints Swing components into images without a display, for the panel tests. */
public final class PanelRendering {
    private PanelRendering() {}

    /** Lays out {@code c} at the given size and paints it (and its children) into an image. */
    public static BufferedImage render(JComponent c, int width, int height) {
        c.setSize(width, height);
        layout(c);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        c.printAll(g);
        g.dispose();
        return image;
    }

    private static void layout(Component c) {
        c.doLayout();
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) layout(child);
        }
    }

    /** Number of distinct colours inside a rectangle: a blank area has one or two. */
    public static int distinctColours(BufferedImage image, int x, int y, int w, int h) {
        Set<Integer> colours = new HashSet<>();
        for (int j = y; j < y + h; j++) {
            for (int i = x; i < x + w; i++) colours.add(image.getRGB(i, j));
        }
        return colours.size();
    }

    /** Where {@code child} sits inside {@code ancestor}, in ancestor coordinates. */
    public static java.awt.Rectangle boundsIn(Component child, Component ancestor) {
        return SwingUtilities.convertRectangle(child.getParent(), child.getBounds(), ancestor);
    }

    /** Runs {@code r} on the event dispatch thread and waits for it (works without a display). */
    public static void onEdt(Runnable r) {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (Exception e) {
            throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
        }
    }
}
