package io.genlab.ui.attention;

import io.genlab.data.Tensor;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.WrappedText;
import io.genlab.viz.AttentionPictures;
import io.genlab.viz.Heatmap;
import io.genlab.viz.Theme;

import javax.swing.JLabel;
import javax.swing.JPanel;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;

/**
 * "What is a token?": the shown step's picture cut into the patches the attention works on, each
 * numbered, beside the fixed positional encoding [T, D] the model adds to its tokens as a heatmap
 * (or why it adds none), with a caption explaining both. It draws what it is given.
 */
final class TokenPanel extends JPanel {
    private static final int TOKEN_SCALE = 12;
    private final PicturePanel tokens = new PicturePanel(" ");
    private final PicturePanel positions = new PicturePanel(" ");
    private final WrappedText caption = new WrappedText(12);
    private String model = "";
    private Tensor table;
    private int drawnFontSize;                   // the figure font the positions table was drawn in; 0: not drawn

    TokenPanel() {
        super(new GridLayout(1, 2, 12, 0));
        JPanel right = titled("What each token gets added", positions);
        right.add(caption.scrolled(), BorderLayout.SOUTH);
        add(titled("The picture as tokens", tokens));
        add(right);
    }

    private static JPanel titled(String title, PicturePanel body) {
        JPanel p = new JPanel(new BorderLayout(4, 4));
        p.add(new JLabel(title), BorderLayout.NORTH);
        p.add(body, BorderLayout.CENTER);
        return p;
    }

    /** A new model: its name and its positions table [T, D] (null: it adds none); nothing is drawn until a step is shown. */
    void setModel(String name, Tensor positionTable) {
        model = name;
        table = positionTable;
        clear();
    }

    /** Draws the state's step as tokens, the positions table and the caption. */
    void show(AttentionState s) {
        Tensor image = s.image();
        int h = image.shape()[2], w = image.shape()[3], side = s.side();
        tokens.setPicture(AttentionPictures.tokens(image, 0, side, TOKEN_SCALE));
        if (table == null) {
            positions.setMessage("No positional encoding: " + model + "'s convolutions know where things are.");
        } else if (drawnFontSize != PresenterMode.figureTheme().fontSize()) {     // the table is the same at every step
            Theme theme = PresenterMode.figureTheme();
            int t = table.shape()[0], d = table.shape()[1];
            positions.setPicture(Heatmap.builder().setValues(table.data(), t, d).optCellScale(3).optRange(-1, 1)
                    .optTitle(AttentionTexts.positionsTitle(t, d)).optTheme(theme).build().render());
            drawnFontSize = theme.fontSize();
        }
        caption.setText(AttentionTexts.tokens(model, side, h / side, h, w, table == null ? 0 : table.shape()[1]));
        caption.setCaretPosition(0);                                            // from its first line
    }

    void clear() {
        drawnFontSize = 0;
        tokens.setMessage(" ");
        positions.setMessage(" ");
        caption.setText("");
    }

    String captionText() { return caption.getText(); }

    /** The token picture shown, or null. */
    BufferedImage tokensPicture() { return tokens.picture(); }

    /** The positions heatmap shown, or null. */
    BufferedImage positionsPicture() { return positions.picture(); }

    PicturePanel tokensPanel() { return tokens; }

    PicturePanel positionsPanel() { return positions; }
}
