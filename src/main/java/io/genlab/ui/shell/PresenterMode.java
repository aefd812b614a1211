package io.genlab.ui.shell;

import com.formdev.flatlaf.FlatLaf;

import javax.swing.JFrame;
import javax.swing.UIManager;

import java.awt.Font;
import java.awt.GraphicsDevice;
import java.awt.Rectangle;

/**
 * Presenter mode for the projector: every font 1.6 times larger and the window full screen;
 * leaving it restores both. Figures follow the font size through {@link #figureFontSize()}.
 */
public final class PresenterMode {
    public static final float SCALE = 1.6f;
    private final JFrame frame;
    private Font normalFont;
    private Rectangle normalBounds;
    private boolean on;
    private java.util.function.Consumer<Boolean> onChange = on -> { };

    PresenterMode(JFrame frame) {
        this.frame = frame;
    }

    /** Called with the new state after entering or leaving. */
    void onChange(java.util.function.Consumer<Boolean> listener) {
        onChange = listener;
    }

    void toggle() {
        if (on) leave();
        else enter();
    }

    public void enter() {
        if (on) return;
        on = true;
        normalFont = UIManager.getFont("defaultFont");
        if (normalFont != null) {
            UIManager.put("defaultFont", normalFont.deriveFont(normalFont.getSize2D() * SCALE));
            FlatLaf.updateUI();
        }
        normalBounds = frame.getBounds();
        GraphicsDevice screen = frame.getGraphicsConfiguration().getDevice();
        if (screen.isFullScreenSupported()) {
            screen.setFullScreenWindow(frame);
        } else {
            frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
        }
        onChange.accept(true);
    }

    public void leave() {
        if (!on) return;
        on = false;
        if (normalFont != null) {
            UIManager.put("defaultFont", normalFont);
            FlatLaf.updateUI();
        }
        GraphicsDevice screen = frame.getGraphicsConfiguration().getDevice();
        if (screen.getFullScreenWindow() == frame) screen.setFullScreenWindow(null);
        frame.setExtendedState(JFrame.NORMAL);
        if (normalBounds != null) frame.setBounds(normalBounds);
        onChange.accept(false);
    }

    /** Pixel size for text drawn into figures: larger in presenter mode. */
    static int figureFontSize() {
        Font f = UIManager.getFont("defaultFont");
        return f == null ? 16 : Math.max(14, Math.round(f.getSize2D() * 1.2f));
    }

    /** The look of figures drawn now: the light theme at {@link #figureFontSize()}. */
    public static io.genlab.viz.Theme figureTheme() {
        return io.genlab.viz.Theme.LIGHT.withFontSize(figureFontSize());
    }
}
