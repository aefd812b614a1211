package io.genlab.ui.shell;

import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.JComponent;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import static io.genlab.ui.widgets.PanelRendering.onEdt;

/**
 * FlatLaf for one test, and what presenter mode does to the fonts, so a view's test can check
 * that its text and figures grow with them. Closing it restores the look and feel.
 */
public final class PresenterFonts implements AutoCloseable {
    private LookAndFeel before;

    public PresenterFonts() {
        onEdt(() -> {
            before = UIManager.getLookAndFeel();
            FlatLightLaf.setup();
        });
    }

    /** Enlarges the default font as presenter mode does, on one view's panel, and lets the panels redraw. */
    public void enlarge(JComponent panel) {
        onEdt(() -> {
            Font f = UIManager.getFont("defaultFont");
            UIManager.put("defaultFont", f.deriveFont(f.getSize2D() * PresenterMode.SCALE));
            SwingUtilities.updateComponentTreeUI(panel);
        });
        onEdt(() -> { });                       // the redraws the panels queued
    }

    public static boolean samePixels(BufferedImage a, BufferedImage b) {
        return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight() && Arrays.equals(
                a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
    }

    @Override
    public void close() {
        onEdt(() -> {
            UIManager.put("defaultFont", null);
            try {
                UIManager.setLookAndFeel(before);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
