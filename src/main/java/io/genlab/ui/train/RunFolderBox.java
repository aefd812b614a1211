package io.genlab.ui.train;

import io.genlab.train.RunFolder;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JTextArea;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Train view's run folder box: where the run is (or will be) written and the New run,
 * Open run… and Save run as… buttons, with their folder choosers. A run is the folder the
 * trainer writes as it goes, exactly as {@code genlab train --run DIR} leaves it.
 */
final class RunFolderBox extends JPanel {
    final JButton newRun = new JButton("New");
    final JButton open = new JButton("Open…");
    final JButton saveAs = new JButton("Save as…");
    private final JTextArea where = new JTextArea(3, 20);
    private final Path runsRoot;

    /** @param runsRoot the folder new runs go into by default, e.g. ~/genlab-runs */
    RunFolderBox(Path runsRoot) {
        super(new BorderLayout(0, 6));
        this.runsRoot = runsRoot;
        setBorder(BorderFactory.createTitledBorder("Run folder"));
        where.setEditable(false);
        where.setLineWrap(true);
        where.setWrapStyleWord(true);
        where.setOpaque(false);
        newRun.setToolTipText("Forget the current run and set up a new one");
        open.setToolTipText("Open a run folder (config.json, metrics.csv, snapshots/): its curves, its snapshots, and Continue to train it further");
        saveAs.setToolTipText("Choose the folder of the new run, or copy the current run to a new folder and continue there");
        JPanel buttons = new JPanel(new GridLayout(1, 3, 4, 0));
        buttons.add(newRun);
        buttons.add(open);
        buttons.add(saveAs);
        add(where, BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
    }

    Path runsRoot() { return runsRoot; }

    /** Shows the current run folder, or where a new run will go. */
    void show(Path run, Path chosen) {
        if (run != null) where.setText(run.toAbsolutePath().toString());
        else if (chosen != null) where.setText(chosen.toAbsolutePath() + " (created when you press Start)");
        else where.setText("A new folder in " + runsRoot.toAbsolutePath() + ", named when you press Start");
    }

    /** Asks for an existing run folder. */
    Optional<Path> chooseRun(Component parent) {
        JFileChooser chooser = chooser("Open a run folder (the folder with config.json)");
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) return Optional.empty();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    /** Asks for a new folder: one that does not exist yet, or an empty one. */
    Optional<Path> chooseNewFolder(Component parent, String title) throws IOException {
        JFileChooser chooser = chooser(title);
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) return Optional.empty();
        Path target = chooser.getSelectedFile().toPath();
        if (RunFolder.isRun(target)) throw new IOException(target + " holds a run already; open it with Open run…, or choose a new folder");
        if (Files.isDirectory(target)) {
            try (var s = Files.list(target)) {
                if (s.findAny().isPresent()) throw new IOException(target + " is not empty; choose a new or an empty folder");
            }
        } else if (Files.exists(target)) {
            throw new IOException(target + " is a file; choose a folder");
        }
        return Optional.of(target);
    }

    private JFileChooser chooser(String title) {
        Path start = Files.isDirectory(runsRoot) ? runsRoot : Path.of(System.getProperty("user.home"));
        JFileChooser chooser = new JFileChooser(start.toFile());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle(title);
        return chooser;
    }
}
