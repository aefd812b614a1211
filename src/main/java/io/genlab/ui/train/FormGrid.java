package io.genlab.ui.train;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

import java.awt.GridBagConstraints;
import java.awt.Insets;

/**
 * The rows of the Train settings form on its {@link GridBagLayout}: a label and the field it
 * names, or one component across both columns, each row below the last. It only places
 * components; the form creates them and decides what they do.
 */
final class FormGrid {
    private final JPanel form;
    private int row;

    /** @param form the panel to add rows to; its layout is a {@link GridBagLayout} */
    FormGrid(JPanel form) {
        this.form = form;
    }

    /** Adds a row: the label on the left, the field filling the rest. */
    FormGrid row(String label, JComponent field) {
        JLabel l = new JLabel(label);
        l.setLabelFor(field);
        form.add(l, constraints(0, row));
        GridBagConstraints c = constraints(1, row);
        c.weightx = 1;
        form.add(field, c);
        row++;
        return this;
    }

    /** Adds a row with one component across the label and the field column. */
    FormGrid wide(JComponent component) {
        GridBagConstraints c = constraints(0, row++);
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(component, c);
        return this;
    }

    private static GridBagConstraints constraints(int x, int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.WEST;
        c.fill = x == 0 ? GridBagConstraints.NONE : GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(3, x == 0 ? 0 : 8, 3, 0);
        return c;
    }
}
