package io.genlab.ui.gan;

import io.genlab.gan.GanPlayground;
import io.genlab.gan.GanPresets;
import io.genlab.ui.shell.LinkSettings;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.ModelWorker;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The GAN view. Its first tab is a generator and a discriminator competing on 2D points, live
 * (the playground, after GAN Lab): train either network one update at a time or both on and on,
 * and watch the discriminator's verdict over the plane, the generator's image of a grid of noise,
 * and the pull on every fake point; presets show mode collapse and a vanishing gradient on
 * purpose. Its second tab shows a GAN trained on images (the active model): the same noise all
 * through training, a latent walk, and what the judge sees in its samples.
 */
public final class GanView implements WorkbenchView {
    private static final List<String> SETTINGS = List.of("data", "preset", "play", "tab");
    private static final List<String> TABS = List.of("points", "images");
    private final WorkbenchContext context;
    private final PlaygroundPanel playground = new PlaygroundPanel();
    private final PlaygroundRunner runner;
    private final ImageTab images;
    private final JTabbedPane tabs = new JTabbedPane();
    private final JPanel panel = new JPanel(new BorderLayout());
    private boolean built;

    public GanView(WorkbenchContext context) {
        this(context, SwingUtilities::invokeLater);
    }

    /** @param ui where frames are delivered: the event dispatch thread, or a test's executor */
    GanView(WorkbenchContext context, Executor ui) {
        this.context = context;
        this.runner = new PlaygroundRunner(new ModelWorker("gan-playground", ui), ui, playground::add,
                e -> {
                    playground.play.setText(PlaygroundPanel.TRAIN_ON);
                    context.problems().report("Training the GAN playground", e);
                });
        this.images = new ImageTab(context);
        tabs.addTab("Points: the playground", playground);
        tabs.addTab("Images: a trained GAN", images.panel());
        panel.setBorder(BorderFactory.createEmptyBorder(4, 16, 16, 16));
        panel.add(tabs, BorderLayout.CENTER);
        playground.reset.addActionListener(e -> reset());
        playground.stepD.addActionListener(e -> step(PlaygroundRunner.Action.DISCRIMINATOR));
        playground.stepG.addActionListener(e -> step(PlaygroundRunner.Action.GENERATOR));
        playground.stepBoth.addActionListener(e -> step(PlaygroundRunner.Action.BOTH));
        playground.play.addActionListener(e -> setPlaying(!runner.playing()));
    }

    @Override public String id() { return "gan"; }

    @Override public String title() { return "GAN"; }

    @Override
    public String explanation() {
        return "A GAN is two networks in competition. The generator (G) turns random noise into points; the discriminator (D) "
                + "tries to tell its fakes (purple) from the real data (green). The background is D's verdict: green where it says "
                + "\"real\", purple where \"fake\". Each fake point's line shows where G's loss pulls it, and the grid is G's image of a "
                + "square of noise. Train D one step and watch its verdict sharpen; train G one step and watch the fakes move along "
                + "their lines. Press Train on to let them compete, and the player below to replay what happened. The presets show "
                + "two classic failures: mode collapse (G covers only part of the data) and a vanishing gradient (D wins so clearly "
                + "that G's pull disappears). The Images tab shows a GAN trained on pictures: the same noise turning into clothes "
                + "over its training, a walk through its noise, and which classes a judge network sees in its samples.";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        List<Export> out = new ArrayList<>(images.exports());
        List<GanPlayground.Frame> frames = playground.frames();
        if (frames.isEmpty()) return out;
        int shown = playground.player().position();
        out.add(new Export.Picture("Playground", "gan-playground", () -> playground.render(shown, 800)));
        out.add(new Export.Animation("Playground over training", "gan-playground", () -> {
            List<BufferedImage> gif = new ArrayList<>();
            int step = Math.max(1, frames.size() / 60);
            for (int i = 0; i < frames.size(); i += step) gif.add(playground.render(i, 480));
            return gif;
        }, 100));
        out.add(new Export.Picture("Losses", "gan-losses", () -> playground.lossChart().render(900, 500)));
        out.add(new Export.Picture("D's verdicts", "gan-verdicts", () -> playground.verdictChart().render(900, 500)));
        return out;
    }

    @Override public Set<String> settings() { return Set.copyOf(SETTINGS); }

    /**
     * {@code data}: a Toy2D set; {@code preset}: a preset's name; {@code play=true}: build and play
     * at once; {@code tab}: {@code points} or {@code images}.
     */
    @Override
    public void apply(Map<String, String> values) {
        LinkSettings link = new LinkSettings(id(), values, SETTINGS);
        if (link.has("tab")) tabs.setSelectedIndex(TABS.indexOf(link.choice("tab", TABS)));
        String data = link.has("data") ? link.choice("data", PlaygroundSettings.DATA) : null;
        String preset = link.has("preset") ? link.choice("preset", new ArrayList<>(GanPresets.all().keySet())) : null;
        Boolean play = link.bool("play");
        if (data != null) playground.settings.data.setSelectedItem(data);
        if (preset != null) playground.settings.fill(preset);
        if (data != null || preset != null || !built) reset();
        if (play != null) setPlaying(play);
    }

    @Override
    public void shown() {
        if (!built) reset();
    }

    @Override
    public void close() {
        runner.close();
        images.close();
    }

    private void reset() {
        built = true;
        setPlaying(false);
        playground.clear();
        runner.reset(playground.settings.dataset(), playground.settings.options(), 1);
    }

    private void step(PlaygroundRunner.Action action) {
        if (!built) reset();
        setPlaying(false);
        runner.step(action);
    }

    private void setPlaying(boolean on) {
        if (on) {
            if (!built) reset();
            runner.play();
        } else {
            runner.pause();
        }
        playground.play.setText(on ? PlaygroundPanel.PAUSE_TRAINING : PlaygroundPanel.TRAIN_ON);
    }

    PlaygroundPanel playground() { return playground; }

    ImageTab images() { return images; }

    JTabbedPane tabs() { return tabs; }
}
