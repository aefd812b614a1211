package io.genlab.ui.text;

import io.genlab.data.Tensor;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.AttentionPictures;
import io.genlab.viz.ImageGrid;
import io.genlab.viz.ImageTensors;
import io.genlab.viz.Theme;

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
import java.util.function.IntConsumer;

/**
 * Every sample of the generation at the shown step, numbered, in as many rows as fit the panel
 * best, the one whose words are shown framed; a click on a sample chooses it. At the last step
 * these are the finished pictures.
 */
final class SamplesPanel extends JPanel {
    private static final int SCALE = 3;
    private final JLabel title = new JLabel(" ");
    private final PicturePanel picture = new PicturePanel(" ");
    private ImageGrid grid;

    /** @param onSample told the sample under each click */
    SamplesPanel(IntConsumer onSample) {
        super(new BorderLayout(4, 4));
        add(title, BorderLayout.NORTH);
        add(picture, BorderLayout.CENTER);
        picture.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                Point2D.Double at = picture.pictureFraction(e.getPoint());
                int sample = at == null ? -1 : sampleAt(at.x, at.y);
                if (sample >= 0) onSample.accept(sample);
            }
        });
    }

    /** The sample at a point given as fractions of the picture's width and height, or -1 off the samples. */
    int sampleAt(double x, double y) {
        return grid == null ? -1 : grid.cellAt((int) (x * grid.width()), (int) (y * grid.height()));
    }

    /** Draws the state's step: every sample's x0 (or x_t), the chosen one framed. */
    void show(TextState s) {
        Tensor images = s.image();
        int[] shape = images.shape();                                          // [N, C, H, W]
        List<BufferedImage> cells = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < s.samples(); i++) {
            cells.add(ImageTensors.toImage(images.slice(i).data(), shape[1], shape[2], shape[3]));
            labels.add("#" + (i + 1));
        }
        title.setText(s.samples() > 1 ? "Samples" : "The sample");
        Theme theme = PresenterMode.figureTheme();
        int side = shape[3] * SCALE, gap = 8;
        int columns = GridFit.columns(cells.size(), side + gap, side + GridFit.labelLine(theme) + gap, picture.getWidth(),
                picture.getHeight(), cells.size());
        grid = ImageGrid.builder().setImages(cells).setColumns(columns).optCellScale(SCALE).optCellLabels(labels)
                .optTheme(theme).build();
        BufferedImage out = grid.render();
        if (s.samples() > 1) {
            Rectangle r = grid.cellBounds(s.sample());
            Graphics2D g = out.createGraphics();
            g.setColor(AttentionPictures.QUERY);
            g.setStroke(new BasicStroke(3));
            g.drawRect(r.x - 3, r.y - 3, r.width + 5, r.height + 5);
            g.dispose();
        }
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
