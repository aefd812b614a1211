package io.genlab.ui.toy2d;

import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.Player;
import io.genlab.viz.PointCloudPictures;
import io.genlab.viz.Theme;
import io.genlab.viz.TracePictures;

import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The generation half of the 2D diffusion view: the point cloud at one step of the reverse
 * process over the data, with the paths of some points from x_T, and the workbench's
 * {@link Player} to move through the steps. It draws a recorded list of trace frames; it runs
 * nothing.
 */
final class Toy2dGenerationPanel {
    static final int PICTURE_SIZE = 640;
    /** Points whose paths are drawn. */
    static final int PATHS = 60;

    private final PicturePanel picture = new PicturePanel("Train a model, then press Generate");
    private final Player player = new Player(k -> draw());
    private final JCheckBox showPaths = new JCheckBox("Paths of " + PATHS + " points", true);
    private final JPanel panel = new JPanel(new BorderLayout(4, 4)) {
        @Override
        public void updateUI() {                    // presenter mode changed the fonts: redraw the figure
            super.updateUI();
            if (frames != null) SwingUtilities.invokeLater(Toy2dGenerationPanel.this::draw);
        }
    };
    private List<TraceFrame> frames = List.of();
    private float[] data;
    private String dataName;
    private String title = "";

    Toy2dGenerationPanel() {
        JPanel box = new JPanel(new BorderLayout());
        box.setBorder(BorderFactory.createTitledBorder("Generating: noise x_T (orange) walks onto the data (grey)"));
        box.add(picture, BorderLayout.CENTER);
        box.setPreferredSize(new java.awt.Dimension(60, 60));
        showPaths.addActionListener(e -> draw());
        box.add(showPaths, BorderLayout.SOUTH);
        panel.add(box, BorderLayout.CENTER);
        panel.add(player, BorderLayout.SOUTH);
    }

    JComponent component() { return panel; }

    PicturePanel picture() { return picture; }

    /** The player's slider over the frames. */
    JSlider scrubber() { return player.slider(); }

    /** The data drawn under the points; other data than before clears the generation (or its progress) of the old data. */
    void setData(String name, float[] points) {
        boolean changed = dataName != null && !dataName.equals(name);
        data = points;
        dataName = name;
        if (changed) clear("The data is now " + name + ": train a model on it, then press Generate");
        else draw();
    }

    private void clear(String message) {
        player.stop();
        frames = List.of();
        title = "";
        player.setFrameCount(0);
        player.setCaption(" ");
        picture.setMessage(message);
    }

    /** Shows a generation from its first frame (x_T); the scrubber covers every frame. */
    void show(List<TraceFrame> generation, String description) {
        player.stop();
        frames = List.copyOf(generation);
        title = description;
        player.setFrameCount(frames.size());
        player.show(0);
        draw();
    }

    /** Says what is happening instead of a picture, e.g. "Generating…". */
    void message(String text) {
        picture.setMessage(text);
    }

    List<TraceFrame> frames() { return frames; }

    int frameIndex() { return player.position(); }

    int pathCount() { return showPaths.isSelected() ? PATHS : 0; }

    String title() { return title; }

    float[] data() { return data; }

    void stop() { player.stop(); }

    /** The pictures of the generation shown, none before the first. */
    List<Export> exports() {
        if (frames.isEmpty()) return List.of();
        List<TraceFrame> shown = frames;
        int k = frameIndex(), paths = pathCount();
        float[] points = data;
        String t = title;
        Theme theme = theme();
        return List.of(
                new Export.Picture("Scatter at frame " + (k + 1), "toy2d-frame-" + (k + 1),
                        () -> PointCloudPictures.frame(shown, k, points, paths, t, theme, 800)),
                new Export.Picture("Strip x_T … x_0", "toy2d-strip",
                        () -> PointCloudPictures.strip(shown, points, 6, paths, t, theme, 360)),
                new Export.Picture("Trajectories of 200 points", "toy2d-trajectories",
                        () -> PointCloudPictures.frame(shown, shown.size() - 1, points, 200, t, theme, 800)),
                new Export.Animation("Denoising", "toy2d-denoising", () -> {
                    List<BufferedImage> gif = new ArrayList<>();
                    for (int i : TracePictures.evenlySpaced(shown.size(), 50)) {
                        gif.add(PointCloudPictures.frame(shown, i, points, paths, t, theme, 480));
                    }
                    return gif;
                }, 80));
    }

    private void draw() {
        if (frames.isEmpty()) return;
        int k = Math.min(player.position(), frames.size() - 1);
        TraceFrame f = frames.get(k);
        Double t = f.scalars().get("t");
        player.setCaption(String.format(Locale.ROOT, "frame %d of %d   %s", k + 1, frames.size(),
                t != null && t >= 0 ? "(timestep " + t.intValue() + ")" : ""));
        picture.setPicture(render(k, PICTURE_SIZE));
    }

    /** Frame k as drawn here, at any size (exports use larger ones). */
    BufferedImage render(int k, int size) {
        return PointCloudPictures.frame(frames, k, data, pathCount(), title, theme(), size);
    }

    static Theme theme() {
        return PresenterMode.figureTheme();
    }
}
