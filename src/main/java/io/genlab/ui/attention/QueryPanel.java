package io.genlab.ui.attention;

import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.AttentionPictures;

import javax.swing.JLabel;
import javax.swing.JPanel;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.function.IntConsumer;

/**
 * The Attention view's main picture: the shown step's x0 (or x_t) enlarged, cut into its patches by
 * the token grid, the chosen attention map laid over it and the query patch outlined. A click on a
 * patch names its token. It draws what the state says and needs no model.
 */
final class QueryPanel extends JPanel {
    /** How much the 28x28 picture is enlarged before the grid and the outline are drawn, so both stay thin. */
    static final int SCALE = 12;
    private final JLabel title = new JLabel(" ");
    private final PicturePanel picture = new PicturePanel(" ");
    private int side;

    /** @param onToken told the token under each click on the picture */
    QueryPanel(IntConsumer onToken) {
        super(new BorderLayout(4, 4));
        add(title, BorderLayout.NORTH);
        add(picture, BorderLayout.CENTER);
        picture.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                Point2D.Double at = picture.pictureFraction(e.getPoint());
                if (at != null && side > 0) onToken.accept(AttentionState.tokenAt(at.x, at.y, side));
            }
        });
    }

    /** Draws the state's step, map and query. */
    void show(AttentionState s) {
        side = s.side();
        title.setText(s.picture() + " in " + s.tokens() + " patches (click one)");
        picture.setPicture(AttentionPictures.withGrid(AttentionPictures.overlay(s.image(), 0, s.map(), side, s.outlined(), SCALE), side));
    }

    /** Shows no picture; clicks do nothing until the next one. */
    void clear() {
        side = 0;
        title.setText(" ");
        picture.setMessage(" ");
    }

    PicturePanel picturePanel() { return picture; }

    /** The picture shown, or null. */
    BufferedImage picture() { return picture.picture(); }
}
