package io.genlab.ui.autoregressive;

import io.genlab.data.Tensor;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.WrappedText;
import io.genlab.viz.PixelPictures;

import javax.swing.JPanel;

import java.awt.BorderLayout;
import java.awt.image.BufferedImage;

/**
 * The receptive field part of the Autoregressive view: the pixels one chosen pixel's distribution can
 * depend on, tinted over the canvas shown beside it, with a sentence on how many it sees and how many
 * of the pixels drawn before it it misses (the blind spot). It draws a field it is given.
 */
final class FieldPane extends JPanel {
    static final String CLICK = "Click a pixel";
    private final PicturePanel picture = new PicturePanel(CLICK);
    private final WrappedText caption = new WrappedText(6);
    private boolean[] field;
    private int row = -1, col = -1;

    FieldPane() {
        super(new BorderLayout(4, 4));
        add(picture, BorderLayout.CENTER);
        add(caption.scrolled(), BorderLayout.SOUTH);
    }

    /** Shows the field of pixel (row, col) of an image {@code width} pixels wide, over the canvas shown. */
    void setField(int newRow, int newCol, boolean[] newField, int width, int imageChannels) {
        row = newRow;
        col = newCol;
        field = newField;
        caption.setText(PixelTexts.field(row, col, field, width, imageChannels));
    }

    /** Forgets the field and says why there is none. */
    void clear(String message) {
        field = null;
        row = col = -1;
        picture.setMessage(message);
        caption.setText("");
    }

    /** A message while the field is being worked out; the last field stays known. */
    void showMessage(String message) {
        picture.setMessage(message);
    }

    /** Draws the field over sample {@code s} of a canvas [N, C, H, W]; without a field, asks for a click. */
    void draw(Tensor canvas, int s) {
        if (field == null) return;
        picture.setPicture(PixelPictures.receptiveField(canvas, s, field, row, col));
    }

    boolean hasField() { return field != null; }

    /** The pixel whose field is shown: {row, col}, or null. */
    int[] pixel() { return field == null ? null : new int[]{row, col}; }

    boolean[] field() { return field; }

    String captionText() { return caption.getText(); }

    /** The picture shown, or null. */
    BufferedImage picture() { return picture.picture(); }

    PicturePanel picturePanel() { return picture; }
}
