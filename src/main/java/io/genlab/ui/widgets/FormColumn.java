package io.genlab.ui.widgets;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

/**
 * A settings column, built top to bottom: labelled fields, full-width rows, headings and gaps,
 * then a filler that keeps everything at the top. The forms of the views extend it.
 */
public class FormColumn extends JPanel {
    private int row;

    protected FormColumn() {
        super(new GridBagLayout());
    }

    /** A section heading. */
    protected void heading(String text) {
        GridBagConstraints c = constraints(0, row++, 2);
        c.insets = new Insets(10, 0, 2, 0);
        add(Styles.styled(new JLabel(text), "h4"), c);
    }

    /** A label and its field on one row; spinners get a five-column text field. */
    protected void field(String label, JComponent field) {
        if (field instanceof JSpinner sp && sp.getEditor() instanceof JSpinner.DefaultEditor ed) ed.getTextField().setColumns(5);
        add(new JLabel(label), constraints(0, row, 1));
        GridBagConstraints c = constraints(1, row++, 1);
        c.weightx = 1;
        add(field, c);
    }

    /** A component across the whole column. */
    protected void wide(JComponent c) {
        add(c, constraints(0, row++, 2));
    }

    /** An empty row. */
    protected void gap() {
        GridBagConstraints c = constraints(0, row++, 2);
        c.insets = new Insets(6, 0, 6, 0);
        add(new JLabel(" "), c);
    }

    /** The last row: takes the spare height, so the rows above stay at the top. */
    protected void fill() {
        GridBagConstraints filler = constraints(0, row, 2);
        filler.weighty = 1;
        add(new JLabel(), filler);
    }

    private static GridBagConstraints constraints(int x, int y, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTHWEST;
        c.insets = new Insets(3, 0, 3, 6);
        return c;
    }
}
