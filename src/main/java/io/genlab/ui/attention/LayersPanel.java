package io.genlab.ui.attention;

import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.AttentionPictures;
import io.genlab.viz.ImageGrid;

import javax.swing.JLabel;
import javax.swing.JPanel;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The small multiples of the Attention view: one row per attention layer, one column per head and
 * a last one for their mean, each cell the same query's map over the same step's picture, the
 * chosen layer and head framed. A click on a cell chooses its layer and head.
 */
final class LayersPanel extends JPanel {
    /** Hears a click on a cell: its layer and head ({@link AttentionState#MEAN} for the last column). */
    interface CellClick {
        void clicked(int layer, int head);
    }

    private static final int CELL_SCALE = 3;
    private final JLabel title = new JLabel(" ");
    private final PicturePanel picture = new PicturePanel(" ");
    private ImageGrid grid;
    private int heads;

    LayersPanel(CellClick onCell) {
        super(new BorderLayout(4, 4));
        add(title, BorderLayout.NORTH);
        add(picture, BorderLayout.CENTER);
        picture.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                Point2D.Double at = picture.pictureFraction(e.getPoint());
                int[] cell = at == null ? null : cellAt(at.x, at.y);
                if (cell != null) onCell.clicked(cell[0], cell[1]);
            }
        });
    }

    /** The {layer, head} of the cell at a point given as fractions of the picture's width and height, or null off the cells. */
    int[] cellAt(double x, double y) {
        if (grid == null) return null;
        int cell = grid.cellAt((int) (x * grid.width()), (int) (y * grid.height()));
        return cell < 0 ? null : new int[]{cell / (heads + 1), headOf(cell % (heads + 1), heads)};
    }

    /** Column {@code column} of a grid of {@code heads} heads and their mean: a head, or the mean for the last. */
    static int headOf(int column, int heads) {
        return column < heads ? column : AttentionState.MEAN;
    }

    /** Draws every layer and head for the state's step and query. */
    void show(AttentionState s) {
        heads = s.heads();
        title.setText("Every layer and head (click one)");
        List<BufferedImage> cells = new ArrayList<>();
        for (int k = 0; k < s.layers().size(); k++) {
            for (int c = 0; c <= heads; c++) {
                cells.add(AttentionPictures.overlay(s.image(), 0, s.map(k, headOf(c, heads)), s.side(), s.outlined(), CELL_SCALE));
            }
        }
        List<String> columns = new ArrayList<>();
        for (int h = 0; h < heads; h++) columns.add("head " + h);
        columns.add("mean");
        grid = ImageGrid.builder().setImages(cells).setColumns(heads + 1).optRowLabels(s.layers()).optColumnLabels(columns)
                .optTheme(PresenterMode.figureTheme()).build();
        BufferedImage out = grid.render();
        int chosenColumn = s.head() == AttentionState.MEAN ? heads : s.head();
        Rectangle r = grid.cellBounds(s.layer() * (heads + 1) + chosenColumn);
        Graphics2D g = out.createGraphics();
        g.setColor(AttentionPictures.QUERY);
        g.setStroke(new BasicStroke(3));
        g.drawRect(r.x - 3, r.y - 3, r.width + 5, r.height + 5);
        g.dispose();
        picture.setPicture(out);
    }

    void clear() {
        grid = null;
        title.setText(" ");
        picture.setMessage(" ");
    }

    PicturePanel picturePanel() { return picture; }

    /** The picture shown, or null. */
    BufferedImage picture() { return picture.picture(); }
}
