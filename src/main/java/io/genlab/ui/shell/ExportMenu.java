package io.genlab.ui.shell;

import io.genlab.ui.widgets.Export;
import io.genlab.viz.ImageFiles;

import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The "Export" menu: saves a view's pictures as PNG and its animations as GIF, in a folder the
 * user picks (remembered for the session); an existing file is replaced only when the user says so.
 * Rendering and writing run off the UI thread.
 */
final class ExportMenu {
    private final Problems problems;
    private Path folder = Path.of(System.getProperty("user.dir"));

    ExportMenu(Problems problems) {
        this.problems = problems;
    }

    /** Shows the exports of {@code view} under {@code anchor}. */
    void show(WorkbenchView view, Component anchor) {
        JPopupMenu menu = new JPopupMenu();
        List<Export> exports = view.exports();
        if (exports.isEmpty()) {
            JMenuItem none = new JMenuItem("Nothing to export yet");
            none.setEnabled(false);
            menu.add(none);
        }
        for (Export e : exports) {
            String kind = e instanceof Export.Animation ? " (GIF)…" : " (PNG)…";
            JMenuItem item = new JMenuItem(e.name() + kind);
            item.addActionListener(a -> save(e, anchor));
            menu.add(item);
        }
        menu.show(anchor, 0, anchor.getHeight());
    }

    private void save(Export export, Component parent) {
        String ext = export instanceof Export.Animation ? "gif" : "png";
        JFileChooser chooser = new JFileChooser(folder.toFile()) {
            @Override
            public void approveSelection() {                  // "No" keeps the chooser open for another name
                if (mayWrite(withExtension(getSelectedFile().toPath(), ext), t -> askReplace(this, t))) super.approveSelection();
            }
        };
        chooser.setFileFilter(new FileNameExtensionFilter(ext.toUpperCase() + " image", ext));
        chooser.setSelectedFile(folder.resolve(export.suggestedFile() + "." + ext).toFile());
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) return;
        Path target = withExtension(chooser.getSelectedFile().toPath(), ext);
        folder = target.toAbsolutePath().getParent();
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() throws Exception {
                write(export, target);
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                } catch (Exception e) {
                    problems.report("Saving " + target, e.getCause() instanceof Exception c ? c : e);
                }
            }
        }.execute();
    }

    /** The chosen file with the extension added unless it has it already. */
    static Path withExtension(Path chosen, String ext) {
        return chosen.getFileName().toString().toLowerCase().endsWith("." + ext)
                ? chosen : chosen.resolveSibling(chosen.getFileName() + "." + ext);
    }

    /** Whether {@code target} may be written: it does not exist yet, or {@code replace} says to replace it. */
    static boolean mayWrite(Path target, Predicate<Path> replace) {
        return !Files.exists(target) || replace.test(target);
    }

    private static boolean askReplace(Component parent, Path target) {
        return JOptionPane.showConfirmDialog(parent, target.getFileName() + " already exists in " + target.toAbsolutePath().getParent()
                        + ".\nReplace it?", "Replace the file?", JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE)
                == JOptionPane.YES_OPTION;
    }

    /** Renders and writes one export; PNG for pictures, GIF for animations. */
    static void write(Export export, Path target) throws java.io.IOException {
        if (export instanceof Export.Animation a) {
            List<BufferedImage> frames = a.frames().get();
            ImageFiles.writeGif(frames, a.delayMillis(), target);
        } else if (export instanceof Export.Picture p) {
            ImageFiles.writePng(p.render().get(), target);
        }
    }
}
