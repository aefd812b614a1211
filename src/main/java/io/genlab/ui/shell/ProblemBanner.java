package io.genlab.ui.shell;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

import java.awt.BorderLayout;
import java.awt.Color;

/**
 * A banner across the top of the window saying what went wrong and what to do; it stays until
 * dismissed or replaced and never blocks the window.
 */
public final class ProblemBanner extends JPanel implements Problems {
    private final JLabel text = new JLabel();

    public ProblemBanner() {
        super(new BorderLayout(12, 0));
        setBackground(new Color(0xFDECEA));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, new Color(0xE0A09A)),
                BorderFactory.createEmptyBorder(6, 12, 6, 8)));
        text.setForeground(new Color(0x611A15));
        add(text, BorderLayout.CENTER);
        JButton dismiss = new JButton("Dismiss");
        dismiss.addActionListener(e -> setVisible(false));
        add(dismiss, BorderLayout.EAST);
        setVisible(false);
    }

    /** Shows the problem; call on the UI thread. */
    @Override
    public void report(String what, Exception cause) {
        String message = Problems.describe(cause);
        text.setText("<html><b>" + escape(what) + " failed.</b> " + escape(message) + "</html>");
        text.setToolTipText(message);
        setVisible(true);
        revalidate();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
