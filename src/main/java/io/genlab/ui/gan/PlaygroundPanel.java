package io.genlab.ui.gan;

import io.genlab.gan.GanPlayground;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.LossChart;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.Player;
import io.genlab.viz.PlaygroundPictures;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The playground tab of the GAN view: the settings and the buttons that train one network one
 * update at a time (or both, on and on), the playground picture, the live loss and verdict
 * charts, and a player over the frames recorded so far. It draws what {@link PlaygroundRunner}
 * sends; it runs nothing itself.
 */
final class PlaygroundPanel extends JPanel {
    /** The faces of the button that trains both networks on and on (the player below replays what was recorded). */
    static final String TRAIN_ON = "▶ Train on", PAUSE_TRAINING = "❚❚ Pause training";
    /** Frames the player keeps (the oldest go first). */
    static final int KEPT = 500;
    final PlaygroundSettings settings = new PlaygroundSettings();
    final JButton reset = new JButton("Reset");
    final JButton stepD = new JButton("Train D one step");
    final JButton stepG = new JButton("Train G one step");
    final JButton stepBoth = new JButton("Train both one step");
    final JButton play = new JButton(TRAIN_ON);
    private final PicturePanel picture = new PicturePanel("Press Reset to build the playground");
    private final LossChart losses = new LossChart("Losses: D and G");
    private final LossChart verdicts = new LossChart("D's mean verdict on real and fake points", "probability of \"real\"");
    private final Player player = new Player(this::show);
    private final List<GanPlayground.Frame> frames = new ArrayList<>();

    PlaygroundPanel() {
        super(new BorderLayout(8, 8));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        for (JButton b : List.of(reset, stepD, stepG, stepBoth, play)) buttons.add(b);
        JPanel top = new JPanel(new BorderLayout());
        top.add(settings, BorderLayout.NORTH);
        top.add(buttons, BorderLayout.SOUTH);
        JPanel charts = new JPanel(new GridLayout(2, 1, 0, 8));
        charts.add(losses.component());
        charts.add(verdicts.component());
        JPanel left = new JPanel(new BorderLayout());
        left.add(picture, BorderLayout.CENTER);
        left.add(player, BorderLayout.SOUTH);
        left.setPreferredSize(new Dimension(560, 560));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, charts);
        split.setResizeWeight(0.6);
        split.setBorder(null);
        add(top, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
        setBorder(BorderFactory.createEmptyBorder(4, 0, 0, 0));
    }

    /** Starts over: no frames, empty charts. */
    void clear() {
        frames.clear();
        losses.clear();
        verdicts.clear();
        player.setFrameCount(0);
        picture.setMessage("Building the playground…");
    }

    /** New frames from the runner, in order: kept for the player, drawn, and their numbers charted. */
    void add(List<GanPlayground.Frame> batch) {
        List<LossChart.Point> l = new ArrayList<>(), v = new ArrayList<>();
        for (GanPlayground.Frame f : batch) {
            frames.add(f);
            long step = f.dSteps() + f.gSteps();
            if (f.losses().containsKey("d") && f.losses().containsKey("g")) {
                l.add(new LossChart.Point(step, java.util.Map.of("D", f.losses().get("d"), "G", f.losses().get("g"))));
            }
            if (f.losses().containsKey("d_real")) {
                v.add(new LossChart.Point(step, java.util.Map.of("D(real)", f.losses().get("d_real"), "D(fake)", f.losses().get("d_fake"))));
            }
        }
        while (frames.size() > KEPT) frames.remove(0);
        losses.add(l);
        verdicts.add(v);
        boolean following = player.frameCount() == 0 || player.position() == player.frameCount() - 1;
        player.setFrameCount(frames.size());
        if (following) player.show(frames.size() - 1);
        show(player.position());
    }

    List<GanPlayground.Frame> frames() { return List.copyOf(frames); }

    BufferedImage picture() { return picture.picture(); }

    LossChart lossChart() { return losses; }

    LossChart verdictChart() { return verdicts; }

    Player player() { return player; }

    /** Frame {@code index} as the picture, at any size. */
    BufferedImage render(int index, int size) {
        GanPlayground.Frame f = frames.get(index);
        String title = String.format(Locale.ROOT, "%s: D %,d updates, G %,d", settings.dataset(), f.dSteps(), f.gSteps());
        return PlaygroundPictures.frame(GanPlayground.BOUND, f.real(), f.fake(), f.map(), f.grid(), f.pull(), title,
                PresenterMode.figureTheme(), size);
    }

    private void show(int index) {
        if (index < 0 || index >= frames.size()) return;
        picture.setPicture(render(index, 560));
        GanPlayground.Frame f = frames.get(index);
        player.setCaption(String.format(Locale.ROOT, "frame %d of %d: D %,d updates, G %,d", index + 1, frames.size(), f.dSteps(), f.gSteps()));
    }

    @Override
    public void updateUI() {                    // presenter mode changed the fonts: redraw the figure
        super.updateUI();
        if (frames != null && !frames.isEmpty()) SwingUtilities.invokeLater(() -> show(player.position()));
    }
}
