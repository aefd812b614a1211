package io.genlab.ui.gan;

import io.genlab.data.Tensor;
import io.genlab.train.Snapshots;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.Player;
import io.genlab.viz.ReportCharts;
import io.genlab.viz.SamplePictures;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The image tab of the GAN view: the samples a GAN drew from the same noise all through its
 * training (a player scrubs them), a latent walk (another player), and the judge's verdicts on a
 * batch of samples as a class histogram. It draws what {@link GanView} hands it; it runs nothing.
 */
final class ImagesPanel extends JPanel {
    static final String NO_GAN = "The model in the toolbar is not a GAN of images. Open dcgan-s-fashion (the button above), "
            + "or train one: ./genlab train --model dcgan-s --dataset fashion --minutes 60";
    final JButton openShipped = new JButton("Open dcgan-s-fashion");
    final JButton newWalk = new JButton("New walk");
    final JButton judge = new JButton("Judge " + GanImages.JUDGED + " samples");
    private final JLabel about = new JLabel(" ");
    private final PicturePanel timeline = new PicturePanel(NO_GAN);
    private final Player timelinePlayer = new Player(this::showSnapshot);
    private final PicturePanel walk = new PicturePanel(" ");
    private final Player walkPlayer = new Player(this::showWalkFrame);
    private final PicturePanel verdicts = new PicturePanel("Press Judge to see which classes the judge finds in the samples");
    private GanImages.Run run;
    private GanImages.Walk shownWalk;
    private GanImages.Verdicts shownVerdicts;
    private List<String> classNames = List.of();

    ImagesPanel() {
        super(new BorderLayout(8, 8));
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        top.add(about);
        top.add(openShipped);
        JPanel left = titled("The same noise, all through training", timeline, timelinePlayer, null);
        JPanel walkPanel = titled("A latent walk: the noise moves, the classes stay", walk, walkPlayer, newWalk);
        JPanel judgePanel = titled("What the judge sees", verdicts, null, judge);
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, walkPanel, judgePanel);
        right.setResizeWeight(0.55);
        right.setBorder(null);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        split.setResizeWeight(0.5);
        split.setBorder(null);
        add(top, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(4, 0, 0, 0));
        showNoGan(NO_GAN);
    }

    private static JPanel titled(String title, PicturePanel picture, Player player, JButton button) {
        JPanel p = new JPanel(new BorderLayout(4, 4));
        JPanel head = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        head.add(new JLabel(title));
        if (button != null) head.add(button);
        p.add(head, BorderLayout.NORTH);
        p.add(picture, BorderLayout.CENTER);
        if (player != null) p.add(player, BorderLayout.SOUTH);
        return p;
    }

    /** No GAN of images to show: says why, and offers the shipped one when there is one. */
    void showNoGan(String message) {
        run = null;
        shownWalk = null;
        shownVerdicts = null;
        about.setText("No GAN of images is open.");
        timeline.setMessage(message);
        walk.setMessage(" ");
        verdicts.setMessage(" ");
        timelinePlayer.setFrameCount(0);
        walkPlayer.setFrameCount(0);
        newWalk.setEnabled(false);
        judge.setEnabled(false);
    }

    /** A GAN's run: its snapshots go to the first player, its newest one shown. */
    void showRun(String label, GanImages.Run opened, List<String> judgeClasses) {
        run = opened;
        classNames = judgeClasses;
        shownWalk = null;
        shownVerdicts = null;
        about.setText(label + ": " + opened.snapshots().size() + " snapshots of the same noise");
        newWalk.setEnabled(true);
        judge.setEnabled(true);
        walk.setMessage("Walking through the noise…");
        verdicts.setMessage("Press Judge to see which classes the judge finds in the samples");
        timelinePlayer.setFrameCount(opened.snapshots().size());
        if (opened.snapshots().isEmpty()) {
            timeline.setMessage("This run kept no snapshots (train with --snapshot-every N to keep some)");
        } else {
            timelinePlayer.show(opened.snapshots().size() - 1);
            showSnapshot(timelinePlayer.position());
        }
    }

    void showWalk(GanImages.Walk w) {
        shownWalk = w;
        walkPlayer.setFrameCount(w.frames().size());
        walkPlayer.show(0);
        showWalkFrame(0);
    }

    void showVerdicts(GanImages.Verdicts v) {
        shownVerdicts = v;
        verdicts.setPicture(verdictChart(v, classNames, 640, 360));
    }

    /** Says why the walk (or the verdicts, when {@code onVerdicts}) could not be drawn. */
    void showProblem(boolean onVerdicts, String message) {
        (onVerdicts ? verdicts : walk).setMessage(message);
    }

    /** What the tab says at its top: the run and how many snapshots it kept. */
    String about() { return about.getText(); }

    GanImages.Run run() { return run; }

    GanImages.Walk walk() { return shownWalk; }

    GanImages.Verdicts verdicts() { return shownVerdicts; }

    /** The judge's class names, in label order (none without a judge). */
    List<String> classNames() { return classNames; }

    Player timelinePlayer() { return timelinePlayer; }

    Player walkPlayer() { return walkPlayer; }

    /** Snapshot {@code index} of a run as a picture; safe on any thread. */
    static BufferedImage snapshotPicture(GanImages.Run run, int index) {
        Snapshots.Saved s = run.snapshots().get(index);
        return SamplePictures.render(s.samples(), s.labels(), run.shape(), String.format(Locale.ROOT, "step %,d", s.step()),
                PresenterMode.figureTheme(), 0);
    }

    /** Frame {@code index} of a walk as a picture; safe on any thread. */
    static BufferedImage walkPicture(GanImages.Run run, GanImages.Walk walk, int index) {
        Tensor frame = walk.frames().get(index);
        String title = String.format(Locale.ROOT, "latent walk, t = %.2f", (double) index / Math.max(1, walk.frames().size() - 1));
        return SamplePictures.render(frame, walk.labels(), run.shape(), title, PresenterMode.figureTheme(), 0);
    }

    /** The judge's class histogram; safe on any thread. */
    static BufferedImage verdictChart(GanImages.Verdicts v, List<String> classNames, int width, int height) {
        Map<String, Double> counts = new LinkedHashMap<>();
        int[] predicted = v.coverage().counts();
        for (int k = 0; k < predicted.length; k++) counts.put(k < classNames.size() ? classNames.get(k) : "class " + k, (double) predicted[k]);
        String agreed = Double.isNaN(v.agreement()) ? "" : String.format(Locale.ROOT, "; the class asked for in %.0f%%", 100 * v.agreement());
        String title = String.format(Locale.ROOT, "The judge sees in %d samples (evenness %.2f%s)", GanImages.JUDGED,
                v.coverage().normalisedEntropy(), agreed);
        return ReportCharts.bars(title, "samples", counts, width, height);
    }

    private void showSnapshot(int index) {
        if (run == null || index < 0 || index >= run.snapshots().size()) return;
        timeline.setPicture(snapshotPicture(run, index));
        timelinePlayer.setCaption(String.format(Locale.ROOT, "step %,d (%d/%d)", run.snapshots().get(index).step(), index + 1,
                run.snapshots().size()));
    }

    private void showWalkFrame(int index) {
        if (shownWalk == null || index < 0 || index >= shownWalk.frames().size()) return;
        walk.setPicture(walkPicture(run, shownWalk, index));
        walkPlayer.setCaption(String.format(Locale.ROOT, "frame %d/%d (walk %d)", index + 1, shownWalk.frames().size(), shownWalk.seed()));
    }

    @Override
    public void updateUI() {                    // presenter mode changed the fonts: redraw the figures
        super.updateUI();
        if (timelinePlayer == null) return;
        SwingUtilities.invokeLater(() -> {
            showSnapshot(timelinePlayer.position());
            showWalkFrame(walkPlayer.position());
            if (shownVerdicts != null) showVerdicts(shownVerdicts);
        });
    }
}
