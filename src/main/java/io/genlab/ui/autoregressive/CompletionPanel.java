package io.genlab.ui.autoregressive;

import io.genlab.data.Tensor;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.PixelPictures;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * The completion part of the Autoregressive view: a test image and the rows of it the model is
 * given, then the completions the model drew below them. It draws what it is given.
 */
final class CompletionPanel extends JPanel {
    static final String WAITING = "Choose a test image and the rows given on the left, then press Complete";
    private final PicturePanel picture = new PicturePanel(WAITING);
    private final JLabel caption = new JLabel(" ");
    private Tensor original;
    private int givenRows;
    private String title = "";
    private PixelRunner.Completed completed;

    CompletionPanel() {
        super(new BorderLayout(8, 8));
        add(picture, BorderLayout.CENTER);
        add(caption, BorderLayout.SOUTH);
        setBorder(BorderFactory.createEmptyBorder(4, 0, 0, 0));
    }

    /** Shows a message instead of a picture, forgetting the image and its completions. */
    void clear(String message) {
        original = null;
        completed = null;
        picture.setMessage(message);
        caption.setText(" ");
    }

    /** The chosen test image [1, C, H, W] and the rows the model will be given. */
    void showImage(Tensor image, int rows, String newTitle) {
        original = image;
        givenRows = rows;
        title = newTitle;
        completed = null;
        redraw();
        caption.setText("Press Complete: the model draws the rows below the line, one value at a time.");
    }

    /** The running completion's progress. */
    void showProgress(int passes, int total, long elapsedNanos) {
        caption.setText(String.format(Locale.ROOT, "Completing: %,d of %,d network passes, %.1f s", passes, total, elapsedNanos / 1e9));
    }

    /** A finished completion. */
    void showCompleted(PixelRunner.Completed done, String newTitle, String summary) {
        completed = done;
        original = done.original();
        givenRows = done.givenRows();
        title = newTitle;
        redraw();
        caption.setText(summary);
    }

    /** Says why the completion stopped; the picture stays. */
    void showStopped(String message) {
        caption.setText(message);
    }

    /** The completion picture (original, given, completions), or null before one finished. */
    BufferedImage completionPicture() {
        return completed == null ? null : render(completed.original(), completed.completions(), completed.givenRows(), title);
    }

    PixelRunner.Completed completed() { return completed; }

    /** The picture on screen, or null. */
    BufferedImage picture() { return picture.picture(); }

    PicturePanel picturePanel() { return picture; }

    String captionText() { return caption.getText(); }

    private void redraw() {
        if (original == null) return;
        Tensor none = new Tensor(new float[0], new int[]{0, original.shape()[1], original.shape()[2], original.shape()[3]});
        picture.setPicture(render(original, completed == null ? none : completed.completions(), givenRows, title));
    }

    private static BufferedImage render(Tensor original, Tensor completions, int rows, String title) {
        return PixelPictures.completions(original, completions, rows, title, PresenterMode.figureTheme());
    }

    @Override
    public void updateUI() {                    // presenter mode changed the fonts: redraw the figures
        super.updateUI();
        if (picture != null) SwingUtilities.invokeLater(this::redraw);
    }
}
