package io.genlab.ui.widgets;

import javax.swing.JComponent;

/**
 * FlatLaf's style classes ({@code h1}, {@code h2}, {@code h3}, {@code monospaced}, ...). They derive
 * from the default font, so text styled with them grows with presenter mode.
 */
public final class Styles {
    private Styles() {}

    /** The client property FlatLaf reads a component's style class from. */
    private static final String STYLE_CLASS = "FlatLaf.styleClass";

    /** Gives {@code component} a FlatLaf style class, e.g. {@code "h1"}; returns it. */
    public static <T extends JComponent> T styled(T component, String styleClass) {
        component.putClientProperty(STYLE_CLASS, styleClass);
        return component;
    }
}
