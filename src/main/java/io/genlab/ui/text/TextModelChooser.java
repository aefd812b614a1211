package io.genlab.ui.text;

import io.genlab.ui.widgets.ActionListenerGuard;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Text view's model chooser: only the runs of models that read prompts ({@link TextModels}).
 * Choosing one asks for it to be opened; while the model in use is none of them it shows a
 * placeholder, and without any text model it says so and is off.
 */
final class TextModelChooser extends JComboBox<TextModels.Entry> {
    private static final TextModels.Entry CHOOSE = new TextModels.Entry(null, "choose a text model…");
    private static final TextModels.Entry NONE = new TextModels.Entry(null, "no text model installed");

    /** @param onChoose told the run the user chose */
    TextModelChooser(Consumer<Path> onChoose) {
        setMaximumSize(new Dimension(480, 40));
        setToolTipText("The models that draw what a prompt says; the Model chooser in the toolbar has every model");
        addActionListener(e -> {
            TextModels.Entry chosen = (TextModels.Entry) getSelectedItem();
            if (chosen != null && chosen.run() != null) onChoose.accept(chosen.run());
        });
        setRuns(List.of(), null);
    }

    /** Offers {@code runs}, showing {@code current} if it is one of them, else the placeholder. */
    void setRuns(List<TextModels.Entry> runs, Path current) {
        DefaultComboBoxModel<TextModels.Entry> m = new DefaultComboBoxModel<>();
        TextModels.Entry selected = runs.isEmpty() ? NONE : CHOOSE;
        for (TextModels.Entry e : runs) {
            m.addElement(e);
            if (current != null && e.run().toAbsolutePath().normalize().equals(current.toAbsolutePath().normalize())) selected = e;
        }
        if (selected.run() == null) m.insertElementAt(selected, 0);
        TextModels.Entry shown = selected;
        ActionListenerGuard.withoutEvents(this, () -> {
            setModel(m);
            setSelectedItem(shown);
        });
        setEnabled(!runs.isEmpty());
    }

    /** The entries offered, without the placeholder. */
    List<TextModels.Entry> runs() {
        List<TextModels.Entry> out = new java.util.ArrayList<>();
        for (int i = 0; i < getItemCount(); i++) if (getItemAt(i).run() != null) out.add(getItemAt(i));
        return out;
    }
}
