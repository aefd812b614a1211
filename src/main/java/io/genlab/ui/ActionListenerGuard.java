package io.genlab.ui;

import javax.swing.JComboBox;
import java.awt.event.ActionListener;

/** Changes a combo box from code without its action listeners taking it for a user's choice. */
final class ActionListenerGuard {
    private ActionListenerGuard() {}

    static void withoutEvents(JComboBox<?> box, Runnable change) {
        ActionListener[] listeners = box.getActionListeners();
        for (ActionListener l : listeners) box.removeActionListener(l);
        try {
            change.run();
        } finally {
            for (ActionListener l : listeners) box.addActionListener(l);
        }
    }
}
