package io.genlab.ui.compare;

import io.genlab.ui.shell.LinkSettings;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.ActionListenerGuard;

import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;

import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Which experiment the Compare view shows: the reports shipped in lessons/reports, or any experiment folder. */
final class ExperimentChooser extends JPanel {
    private final WorkbenchContext context;
    private final Consumer<Path> open;
    private final JComboBox<String> shipped = new JComboBox<>();
    private final List<Path> folders = new ArrayList<>();

    ExperimentChooser(WorkbenchContext context, Consumer<Path> open) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 0));
        this.context = context;
        this.open = open;
        for (Path p : shippedReports(context.home())) {
            folders.add(p);
        }
        shipped.setModel(new DefaultComboBoxModel<>(folders.stream().map(p -> p.getFileName().toString()).toArray(String[]::new)));
        shipped.addActionListener(e -> {
            int i = shipped.getSelectedIndex();
            if (i >= 0) open.accept(folders.get(i));
        });
        JButton other = new JButton("Open experiment folder…");
        other.addActionListener(e -> chooseFolder());
        add(new JLabel("Experiment:"));
        add(shipped);
        add(other);
    }

    /** The shipped experiments: folders of lessons/reports that hold a results.json. */
    static List<Path> shippedReports(Path home) {
        Path dir = home.resolve("lessons").resolve("reports");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("results.json"))).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Shows the first shipped experiment, if there is one. */
    void openFirst() {
        if (!folders.isEmpty()) open.accept(folders.get(0));
    }

    /** Shows a shipped experiment by folder name; an unknown one is an error naming those there are. */
    void chooseShipped(String name) {
        for (int i = 0; i < folders.size(); i++) {
            if (folders.get(i).getFileName().toString().equals(name)) {
                int index = i;
                ActionListenerGuard.withoutEvents(shipped, () -> shipped.setSelectedIndex(index));
                open.accept(folders.get(i));
                return;
            }
        }
        throw LinkSettings.bad("report", "one of " + folders.stream().map(p -> p.getFileName().toString()).toList(), name);
    }

    private void chooseFolder() {
        JFileChooser chooser = new JFileChooser(context.home().toFile());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Open an experiment folder (the --out of genlab compare)");
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) open.accept(chooser.getSelectedFile().toPath());
    }

    /** Row numbers of a lesson link, e.g. "1,3". */
    static int[] rows(String text) {
        try {
            return java.util.Arrays.stream(text.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw LinkSettings.bad("rows", "row numbers separated by commas, e.g. 1,3", text);
        }
    }
}
