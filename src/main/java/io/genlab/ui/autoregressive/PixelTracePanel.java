package io.genlab.ui.autoregressive;

import com.formdev.flatlaf.FlatClientProperties;
import io.genlab.data.Tensor;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.ui.widgets.Player;
import io.genlab.ui.widgets.Styles;
import io.genlab.ui.widgets.WrappedText;
import io.genlab.viz.PixelPictures;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The filling-in part of the Autoregressive view: one sample's canvas with the pixel being drawn
 * outlined, beside it the 256-way distribution that pixel was drawn from and the receptive field of
 * a clicked pixel, under them the workbench's {@link Player} over every value drawn, and above them
 * a counter of network passes and time. While a generation runs it shows the newest value and the
 * player is locked; a finished (or stopped) {@link PixelTrace} is scrubbed and played. It draws what
 * it is given and needs no model.
 */
final class PixelTracePanel extends JPanel {
    /** Hears a click on a pixel of the canvas. */
    interface PixelClick {
        void clicked(int row, int col);
    }

    private static final int BARS_WIDTH = 512, BARS_HEIGHT = 220;
    private final JLabel counter = Styles.styled(new JLabel(" "), "h3");
    private final WrappedText why = new WrappedText(2);
    private final JComboBox<String> sample = new JComboBox<>();
    private final PicturePanel canvas;
    private final PicturePanel bars = new PicturePanel(" ");
    private final JLabel drawn = new JLabel(" ");
    private final FieldPane field = new FieldPane();
    private final Player player = new Player(this::showStep);
    private PixelTrace trace;
    private TraceFrame live;
    private long liveNanos;

    PixelTracePanel(String message, PixelClick onClick) {
        super(new BorderLayout(8, 8));
        canvas = new PicturePanel(message);
        JPanel head = new JPanel(new BorderLayout(8, 2));
        JPanel choose = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        choose.add(new JLabel("Sample"));
        choose.add(sample);
        head.add(counter, BorderLayout.NORTH);
        head.add(why.scrolled(), BorderLayout.CENTER);
        head.add(choose, BorderLayout.SOUTH);
        JPanel pictures = new JPanel(new GridLayout(1, 3, 12, 0));
        pictures.add(titled("Canvas (click a pixel)", canvas, null));
        pictures.add(titled("Its distribution", bars, drawn));
        pictures.add(titled("What a pixel sees", field, null));
        add(head, BorderLayout.NORTH);
        add(pictures, BorderLayout.CENTER);
        add(player, BorderLayout.SOUTH);
        setBorder(BorderFactory.createEmptyBorder(4, 0, 0, 0));
        why.putClientProperty(FlatClientProperties.STYLE, "font: italic");
        sample.addActionListener(e -> redraw());
        canvas.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int[] pixel = pixelAt(e);
                if (pixel != null) onClick.clicked(pixel[0], pixel[1]);
            }
        });
        clear(message);
    }

    /** A part under its title, with a line of text under the title (or none). */
    private static JPanel titled(String title, JComponent body, JComponent subtitle) {
        JPanel head = new JPanel(new BorderLayout(0, 2));
        head.add(new JLabel(title), BorderLayout.NORTH);
        if (subtitle != null) head.add(subtitle, BorderLayout.SOUTH);
        JPanel p = new JPanel(new BorderLayout(4, 4));
        p.add(head, BorderLayout.NORTH);
        p.add(body, BorderLayout.CENTER);
        return p;
    }

    /** Forgets the trace and the receptive field (the model changed) and shows a message instead. */
    void clear(String message) {
        forgetTrace(message);
        field.clear(FieldPane.CLICK);
    }

    private void forgetTrace(String message) {
        trace = null;
        live = null;
        player.setLocked(false);
        player.setFrameCount(0);
        player.setCaption(" ");
        canvas.setMessage(message);
        bars.setMessage(" ");
        drawn.setText(" ");
        counter.setText(" ");
        why.setText("");
    }

    /**
     * A generation of samples with these names starts: values will follow with {@link #showLive}. A
     * receptive field shown stays (it is the same model's), drawn over the new canvas.
     */
    void start(List<String> sampleNames, String message) {
        forgetTrace(message);
        setSampleNames(sampleNames);
        player.setLocked(true);
        counter.setText("Starting…");
    }

    /** The newest value of the running generation, and the time since it started. */
    void showLive(TraceFrame newest, long elapsedNanos) {
        live = newest;
        liveNanos = elapsedNanos;
        redraw();
    }

    /** A recorded generation, its samples named "sample 1", "sample 2", ...; shows its last value. */
    void show(List<TraceFrame> frames) {
        PixelTrace recorded = PixelTrace.of(frames);
        clear(" ");
        if (recorded.isEmpty()) return;
        String[] names = new String[recorded.samples()];
        for (int i = 0; i < names.length; i++) names[i] = "sample " + (i + 1);
        setSampleNames(List.of(names));
        show(recorded);
    }

    /** A finished or stopped generation (the samples already named): unlocks the player on its last value. */
    void show(PixelTrace finished) {
        live = null;
        trace = finished.isEmpty() ? null : finished;
        player.setLocked(false);
        player.setFrameCount(trace == null ? 0 : trace.size());
        if (trace == null) {
            canvas.setMessage("Nothing was drawn.");
            counter.setText(" ");
            return;
        }
        counter.setText(PixelTexts.finished(trace));
        why.setText(PixelTexts.why(trace.last()));
        player.show(trace.size() - 1);
        showStep(player.position());
    }

    /** Shows the receptive field of pixel (row, col) over the canvas. */
    void showField(int row, int col, boolean[] pixels) {
        Tensor shown = shownCanvas();
        if (shown == null) return;
        field.setField(row, col, pixels, shown.shape()[3], shown.shape()[1]);
        field.draw(shown, sampleIndex());
    }

    private void setSampleNames(List<String> names) {
        sample.setModel(new DefaultComboBoxModel<>(names.toArray(String[]::new)));
    }

    /** Draws the step the player names (a finished trace). */
    private void showStep(int k) {
        if (trace == null || k < 0 || k >= trace.size()) return;
        PixelTrace.Step s = trace.step(k);
        draw(trace.canvas(k), s);
        player.setCaption(PixelTexts.position(s, trace.channels()));
    }

    /** Draws the newest value, or the player's step, again (another sample, or new figure fonts). */
    void redraw() {
        if (live != null) {
            PixelTrace.Step s = PixelTrace.step(live, liveNanos);
            draw(live.tensors().get("x"), s);
            counter.setText(PixelTexts.running(s));
            why.setText(PixelTexts.why(s));
            player.setCaption(PixelTexts.position(s, live.tensors().get("x").shape()[1]));
        } else {
            showStep(player.position());
        }
    }

    private void draw(Tensor image, PixelTrace.Step s) {
        int b = sampleIndex(), level = PixelTrace.level(image, b, s);
        canvas.setPicture(PixelPictures.canvas(image, b, s.row(), s.column()));
        bars.setPicture(PixelPictures.distribution(s.probabilities(), b * PixelTrace.LEVELS, level, BARS_WIDTH, BARS_HEIGHT,
                PresenterMode.figureTheme()));
        drawn.setText(PixelTexts.drawn(s, level, s.probabilities()[b * PixelTrace.LEVELS + level], image.shape()[1]));
        field.draw(image, b);
    }

    /** The canvas on screen: the newest while generating, else the player's step; null if none. */
    Tensor shownCanvas() {
        if (live != null) return live.tensors().get("x");
        return trace == null ? null : trace.canvas(player.position());
    }

    /** The pixel {row, col} under a click on the canvas, or null off the image. */
    private int[] pixelAt(MouseEvent e) {
        Tensor shown = shownCanvas();
        Point2D.Double at = canvas.pictureFraction(e.getPoint());
        if (shown == null || at == null) return null;
        return new int[]{(int) (at.y * shown.shape()[2]), (int) (at.x * shown.shape()[3])};
    }

    int sampleIndex() { return Math.max(0, sample.getSelectedIndex()); }

    /** The finished trace shown, or null (none, or still generating). */
    PixelTrace trace() { return trace; }

    Player player() { return player; }

    JComboBox<String> sampleChooser() { return sample; }

    FieldPane fieldPane() { return field; }

    PicturePanel canvasPanel() { return canvas; }

    PicturePanel barsPanel() { return bars; }

    String counterText() { return counter.getText(); }

    String drawnText() { return drawn.getText(); }

    /** The canvas picture on screen, or null. */
    BufferedImage canvasPicture() { return canvas.picture(); }

    @Override
    public void updateUI() {                    // presenter mode changed the fonts: redraw the figures
        super.updateUI();
        if (player != null) SwingUtilities.invokeLater(this::redraw);
    }
}
