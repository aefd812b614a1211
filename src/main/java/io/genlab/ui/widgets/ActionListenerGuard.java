package io.genlab.ui.widgets;

import javax.swing.JComboBox;

import java.awt.event.ActionListener;

/** Changes a combo box from code without its action listeners taking it for a user's choice. */
public final class ActionListenerGuard {
    private ActionListenerGuard() {}

    public static void withoutEvents(JComboBox<?> box, Runnable change) {
        ActionListener[] listeners = box.getActionListeners();
        for (ActionListener l : listeners) box.removeActionListener(l);
        try {
            change.run();
        } finally {
            for (ActionListener l : listeners) box.addActionListener(l);
        }
    }
}
