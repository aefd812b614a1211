package io.genlab.ui.widgets;

import javax.swing.JComboBox;

/**
 * An entry of a combo box that stands for a number (a class index, "every class", a layer, a
 * head): the number and the text the box shows.
 */
public record Choice(int value, String label) {
    @Override
    public String toString() { return label; }

    /** Selects the entry of {@code value} in a box; false if it has none. */
    public static boolean select(JComboBox<Choice> box, int value) {
        for (int i = 0; i < box.getItemCount(); i++) {
            if (box.getItemAt(i).value() == value) {
                box.setSelectedIndex(i);
                return true;
            }
        }
        return false;
    }

    /** The selected entry's value, or {@code none} when nothing is selected. */
    public static int selected(JComboBox<Choice> box, int none) {
        return box.getSelectedItem() instanceof Choice c ? c.value() : none;
    }
}
