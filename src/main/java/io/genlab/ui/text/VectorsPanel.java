package io.genlab.ui.text;

import io.genlab.text.PromptEncoding;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.WrappedText;
import io.genlab.viz.PromptPictures;

import javax.swing.BorderFactory;
import javax.swing.JPanel;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;

/**
 * "Tokens as vectors": the prompt's token vectors as two heatmaps side by side, one labelled row
 * per token and 64 columns, "embedded" (learned word plus slot vector) and "encoded" (after the
 * text encoder), each with its colour bar, and a caption saying what changes between them. It
 * draws the encoding it is given.
 */
final class VectorsPanel extends JPanel {
    private final PicturePanel embedded = new PicturePanel(" ");
    private final PicturePanel encoded = new PicturePanel(" ");
    private final WrappedText caption = new WrappedText(4);
    private PromptEncoding shown;

    VectorsPanel() {
        super(new BorderLayout(4, 6));
        JPanel pictures = new JPanel(new GridLayout(1, 2, 12, 0));
        pictures.add(embedded);
        pictures.add(encoded);
        setBorder(BorderFactory.createEmptyBorder(4, 0, 0, 0));
        add(pictures, BorderLayout.CENTER);
        add(caption.scrolled(), BorderLayout.SOUTH);
    }

    /** Draws the vectors of an encoded prompt. */
    void show(PromptEncoding encoding) {
        shown = encoding;
        redraw();
    }

    /** Draws the shown encoding again (new figure fonts). */
    void redraw() {
        if (shown == null) return;
        var theme = PresenterMode.figureTheme();
        int n = shown.tokens().length(), d = shown.embedded().shape()[1];
        String size = " [" + n + " x " + d + "]";
        embedded.setPicture(PromptPictures.vectors(shown.embedded(), shown.tokens(), "Embedded: word + slot vector" + size, theme));
        encoded.setPicture(PromptPictures.vectors(shown.encoded(), shown.tokens(), "Encoded by the text encoder" + size, theme));
        caption.setText(TextTexts.vectors(d));
        caption.setCaretPosition(0);
    }

    /** Shows a message where the caption goes instead of the vectors. */
    void clear(String message) {
        shown = null;
        embedded.setMessage(" ");
        encoded.setMessage(" ");
        caption.setText(message);
        caption.setCaretPosition(0);
    }

    /** The encoding drawn, or null. */
    PromptEncoding encoding() { return shown; }

    PicturePanel embeddedPanel() { return embedded; }

    PicturePanel encodedPanel() { return encoded; }

    /** The two heatmaps shown, or null. */
    BufferedImage embeddedPicture() { return embedded.picture(); }

    BufferedImage encodedPicture() { return encoded.picture(); }

    String captionText() { return caption.getText(); }
}
