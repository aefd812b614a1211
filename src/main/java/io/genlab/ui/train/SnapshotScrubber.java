package io.genlab.ui.train;

import io.genlab.train.DataShape;
import io.genlab.train.Snapshots;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.Player;
import io.genlab.viz.PointCloudPictures;
import io.genlab.viz.SamplePictures;
import io.genlab.viz.Theme;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The Train view's time-lapse: the samples of one snapshot (drawn with the same seed every time)
 * and the workbench's {@link Player} over all snapshots of the run so far, so a class can watch
 * (or play) random guessing turning into pattern learning and then into accurate generation. While
 * the player is at the newest snapshot it follows new ones; moved back, it stays where it was put.
 */
final class SnapshotScrubber extends JPanel {
    private final List<Snapshots.Saved> snapshots = new ArrayList<>();
    private final PicturePanel picture = new PicturePanel("No snapshot yet: press Start, or open a run");
    private final Player player = new Player(this::show);
    private final LongConsumer onSelect;
    private DataShape shape = DataShape.points();
    private long targetSteps;
    private int shownIndex = -1;

    /** @param onSelect told the step of the snapshot shown, or -1 when there is none */
    SnapshotScrubber(LongConsumer onSelect) {
        super(new BorderLayout(0, 4));
        this.onSelect = onSelect;
        setBorder(BorderFactory.createEmptyBorder(0, 4, 0, 0));
        player.slider().setPaintLabels(true);
        player.slider().setToolTipText("Drag to go back and forth through training time");
        add(picture, BorderLayout.CENTER);
        add(player, BorderLayout.SOUTH);
    }

    /** Starts over with a run's snapshots (possibly none). */
    void load(List<Snapshots.Saved> saved, DataShape dataShape, long target) {
        snapshots.clear();
        snapshots.addAll(saved);
        shape = dataShape;
        targetSteps = target;
        shownIndex = -1;
        refresh(snapshots.size() - 1);
    }

    /** The data the samples are, e.g. after a run starts; also the step limit for the captions. */
    void setRun(DataShape dataShape, long target) {
        boolean changed = !dataShape.equals(shape);
        shape = dataShape;
        targetSteps = target;
        if (changed) shownIndex = -1;
        refresh(player.position());
    }

    /** Adds a new snapshot; the view moves to it if it was showing the newest one. */
    void add(Snapshots.Saved s) {
        boolean following = snapshots.isEmpty() || player.position() == snapshots.size() - 1;
        snapshots.add(s);
        refresh(following ? snapshots.size() - 1 : player.position());
    }

    /** Drops the snapshots after {@code step}, where a continued run starts again from its checkpoint. */
    void truncateAfter(long step) {
        snapshots.removeIf(s -> s.step() > step);
        refresh(Math.min(player.position(), snapshots.size() - 1));
    }

    int count() { return snapshots.size(); }

    /** Steps of the snapshots, in order. */
    List<Long> steps() { return snapshots.stream().map(Snapshots.Saved::step).toList(); }

    /** The player over the snapshots. */
    Player player() { return player; }

    JSlider slider() { return player.slider(); }

    /** The picture shown now, or null. */
    BufferedImage currentPicture() { return picture.picture(); }

    /** Where the sample picture is drawn (for tests that look at the rendered panel). */
    PicturePanel picturePanel() { return picture; }

    /** Every snapshot rendered as one frame, all the same size; safe to call from any thread. */
    static List<BufferedImage> frames(List<Snapshots.Saved> saved, DataShape shape) {
        List<BufferedImage> pictures = new ArrayList<>();
        for (Snapshots.Saved s : saved) pictures.add(render(s, shape, Theme.LIGHT));
        int w = pictures.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int h = pictures.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
        List<BufferedImage> out = new ArrayList<>();
        for (BufferedImage p : pictures) {
            BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(p, (w - p.getWidth()) / 2, 0, null);
            g.dispose();
            out.add(frame);
        }
        return out;
    }

    /** The snapshots so far, for exports. */
    List<Snapshots.Saved> snapshots() { return List.copyOf(snapshots); }

    DataShape shape() { return shape; }

    static BufferedImage render(Snapshots.Saved s, DataShape shape, Theme theme) {
        return SamplePictures.render(s.samples(), s.labels(), shape, "step " + String.format("%,d", s.step()), theme,
                PointCloudPictures.BOUND);
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (snapshots != null && !snapshots.isEmpty()) {     // presenter mode: redraw with the new text size
            shownIndex = -1;
            show(player.position());
        }
    }

    private void refresh(int select) {
        int last = snapshots.size() - 1;
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        if (last >= 0) {
            labels.put(0, new JLabel(String.format("%,d", snapshots.get(0).step())));
            if (last > 0) labels.put(last, new JLabel(String.format("%,d", snapshots.get(last).step())));
        }
        player.slider().setLabelTable(labels.isEmpty() ? null : labels);
        player.setFrameCount(snapshots.size());
        player.show(select);
        show(player.position());
    }

    private void show(int index) {
        if (snapshots.isEmpty()) {
            shownIndex = -1;
            picture.setMessage("No snapshot yet: press Start, or open a run");
            player.setCaption(" ");
            onSelect.accept(-1);
            return;
        }
        if (index == shownIndex) return;
        shownIndex = index;
        Snapshots.Saved s = snapshots.get(index);
        try {
            picture.setPicture(render(s, shape, PresenterMode.figureTheme()));
        } catch (RuntimeException e) {          // samples that do not fit the run's data shape
            picture.setMessage("Cannot draw the snapshot of step " + s.step() + ": " + Problems.describe(e));
        }
        String of = targetSteps > 0 ? String.format(" of %,d", targetSteps) : "";
        player.setCaption(String.format("Samples after %,d%s steps (snapshot %d of %d)", s.step(), of, index + 1, snapshots.size()));
        onSelect.accept(s.step());
    }
}
