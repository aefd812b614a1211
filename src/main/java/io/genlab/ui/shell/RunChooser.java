package io.genlab.ui.shell;

import io.genlab.ui.widgets.ActionListenerGuard;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;

import java.awt.Component;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The toolbar's model chooser: the pretrained models that ship with GenLab, the recently opened
 * runs, and "Open run folder…". Choosing one loads it into the {@link ActiveModel}.
 */
final class RunChooser extends JComboBox<RunChooser.Choice> {

    /** One entry: a run folder, or the "open another" action when {@code run} is null. */
    record Choice(Path run, String label) {
        @Override
        public String toString() { return label; }
    }

    private static final Choice OPEN = new Choice(null, "Open run folder…");
    private final WorkbenchContext context;
    private final Component parent;
    private Choice shown;

    RunChooser(WorkbenchContext context, Component parent) {
        this.context = context;
        this.parent = parent;
        setMaximumSize(new Dimension(520, 40));
        refill(null);
        addActionListener(e -> chosen((Choice) getSelectedItem()));
        context.activeModel().addListener(m -> m.ifPresent(loaded -> refill(loaded.run())));
    }

    /** The entries for the pretrained and recent runs, then the open action. */
    static List<Choice> choices(List<Path> pretrained, List<Path> recent) {
        List<Choice> out = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (Path p : pretrained) {
            out.add(new Choice(p, p.getFileName() + " (pretrained)"));
            seen.add(p.toAbsolutePath().normalize());
        }
        for (Path p : recent) {
            if (seen.contains(p.toAbsolutePath().normalize())) continue;
            Path parentDir = p.getParent();
            out.add(new Choice(p, p.getFileName() + (parentDir == null ? "" : "  — " + parentDir)));
            seen.add(p.toAbsolutePath().normalize());
        }
        out.add(OPEN);
        return out;
    }

    private void refill(Path select) {
        List<Path> recent = new java.util.ArrayList<>(context.prefs().recentRuns());
        if (select != null && !recent.contains(select.toAbsolutePath().normalize())) recent.add(0, select);
        List<Choice> all = choices(context.pretrainedRuns(), recent);
        DefaultComboBoxModel<Choice> model = new DefaultComboBoxModel<>(all.toArray(new Choice[0]));
        Choice selected = all.stream().filter(c -> c.run() != null && select != null
                && c.run().toAbsolutePath().normalize().equals(select.toAbsolutePath().normalize())).findFirst().orElse(null);
        shown = selected;
        ActionListenerGuard.withoutEvents(this, () -> {
            setModel(model);
            setSelectedItem(selected);
        });
    }

    private void chosen(Choice c) {
        if (c == null || Objects.equals(c, shown)) return;
        if (c == OPEN) {
            JFileChooser chooser = new JFileChooser(context.home().toFile());
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            chooser.setDialogTitle("Open a run folder (the folder with config.json)");
            if (chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
                open(chooser.getSelectedFile().toPath());
            } else {
                ActionListenerGuard.withoutEvents(this, () -> setSelectedItem(shown));
            }
            return;
        }
        open(c.run());
    }

    private void open(Path run) {
        context.activeModel().open(run, () -> context.prefs().addRecentRun(run));
    }
}
