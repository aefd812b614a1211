package io.genlab.ui.widgets;

import javax.swing.BorderFactory;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/** A few lines of text that wrap at word ends and look like a label, for the sentences under a view's pictures. */
public final class WrappedText extends JTextArea {

    /** @param rows the lines of text the area is high */
    public WrappedText(int rows) {
        super(rows, 20);
        setEditable(false);
        setOpaque(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setFocusable(false);
    }

    /** The text in a borderless scroll pane, so it wraps at the width it is given and keeps its rows' height. */
    public JScrollPane scrolled() {
        JScrollPane pane = new JScrollPane(this, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        pane.setBorder(BorderFactory.createEmptyBorder());
        pane.setOpaque(false);
        pane.getViewport().setOpaque(false);
        return pane;
    }
}
