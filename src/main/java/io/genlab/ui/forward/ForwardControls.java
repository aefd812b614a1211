package io.genlab.ui.forward;

import io.genlab.diffusion.ForwardProcess;
import io.genlab.diffusion.StripTimesteps;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.Player;
import io.genlab.ui.widgets.Styles;

import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.Arrays;
import java.util.Locale;

/**
 * The settings of the forward-process view — schedule, T, noise seed, the strip's timesteps — and
 * its player over t with the numbers at t. It holds the values and says when they change; the
 * view does the drawing.
 */
final class ForwardControls {
    private final Problems problems;
    private final Runnable onSchedule, onT, onStrip;
    private final JComboBox<String> scheduleBox = new JComboBox<>(new String[]{"linear", "cosine"});
    private final SpinnerNumberModel timesteps = new SpinnerNumberModel(1000, 2, 10_000, 50);
    private final SpinnerNumberModel seed = new SpinnerNumberModel(1, 0, Integer.MAX_VALUE, 1);
    private final JTextField stripField = new JTextField(StripTimesteps.format(StripTimesteps.defaults(1000)), 22);
    private final Player player = new Player(t -> tMoved());
    private final JLabel numbers = new JLabel(" ");
    private final JPanel settings = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    private final JPanel sliderPanel = new JPanel(new BorderLayout(8, 2));
    private int[] stripSteps = StripTimesteps.defaults(1000);
    private int lastT = 1000;
    private boolean quiet;                  // true while the slider is moved along with T

    ForwardControls(Problems problems, Runnable onSchedule, Runnable onT, Runnable onStrip) {
        this.problems = problems;
        this.onSchedule = onSchedule;
        this.onT = onT;
        this.onStrip = onStrip;
        scheduleBox.addActionListener(e -> onSchedule.run());
        timesteps.addChangeListener(e -> timestepsChanged());
        seed.addChangeListener(e -> onSchedule.run());
        stripField.addActionListener(e -> readStrip());
        stripField.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                readStrip();
            }
        });
        stripField.setToolTipText("Timesteps separated by commas, each from 0 to T-1; press Enter");
        settings.add(new JLabel("Schedule"));
        settings.add(scheduleBox);
        settings.add(new JLabel("  T"));
        settings.add(spinner(timesteps, 5));
        settings.add(new JLabel("  Noise seed"));
        settings.add(spinner(seed, 6));
        settings.add(new JLabel("  Strip at t ="));
        settings.add(stripField);

        quiet = true;                      // t starts at 250 of 1000 without telling the view, which is not built yet
        player.setFrameCount(1000);
        player.show(250);
        quiet = false;
        player.slider().setMajorTickSpacing(100);
        player.slider().setPaintTicks(true);
        Styles.styled(player.caption(), "h3");   // a style class grows with presenter mode
        sliderPanel.add(player, BorderLayout.CENTER);
        sliderPanel.add(numbers, BorderLayout.SOUTH);
        sliderPanel.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        updateTLabel();
    }

    private static JSpinner spinner(SpinnerNumberModel model, int columns) {
        JSpinner s = new JSpinner(model);
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(s, "#");
        editor.getTextField().setColumns(columns);
        s.setEditor(editor);
        return s;
    }

    JComponent settings() { return settings; }

    JComponent slider() { return sliderPanel; }

    boolean cosine() { return "cosine".equals(scheduleBox.getSelectedItem()); }

    int timesteps() { return timesteps.getNumber().intValue(); }

    long seed() { return seed.getNumber().longValue(); }

    int t() { return player.position(); }

    int[] stripSteps() { return stripSteps.clone(); }

    /** Moves the slider; the view hears of it as of a user's move. */
    void setT(int t) { player.show(t); }

    void setSchedule(String name) { scheduleBox.setSelectedItem(name); }

    void setTimesteps(int T) { timesteps.setValue(T); }

    /** Timesteps the T spinner takes. */
    int minTimesteps() { return ((Number) timesteps.getMinimum()).intValue(); }

    int maxTimesteps() { return ((Number) timesteps.getMaximum()).intValue(); }

    /** Sets the noise seed, 0 to {@link Integer#MAX_VALUE} as the spinner holds it. */
    void setSeed(int value) { seed.setValue(value); }

    /** Sets the strip's timesteps, each within 0..T-1 (see {@link StripTimesteps#parse}). */
    void setStrip(int[] steps) {
        stripField.setText(StripTimesteps.format(steps));
        if (Arrays.equals(steps, stripSteps)) return;
        stripSteps = steps.clone();
        onStrip.run();
    }

    /** Starts or stops moving t along, as the Play button does. */
    void setPlaying(boolean on) { player.setPlaying(on); }

    boolean playing() { return player.playing(); }

    String playLabel() { return player.playLabel(); }

    /** Shows t and the numbers of x_t; {@code frame} is null while there is no image. */
    void describe(int t, double alphaBar, double snr, ForwardProcess.Frame frame) {
        updateTLabel();
        String s = String.format(Locale.ROOT, "signal sqrt(alpha-bar) = %.3f     noise sqrt(1 - alpha-bar) = %.3f     SNR = %.3g",
                Math.sqrt(alphaBar), Math.sqrt(1 - alphaBar), snr);
        if (frame != null) s += String.format(Locale.ROOT, "     pixels: mean %.2f, std %.2f", frame.mean(), frame.std());
        numbers.setText(s);
    }

    String numbersText() { return numbers.getText(); }

    float tFontSize() { return player.caption().getFont().getSize2D(); }

    void stop() {
        player.stop();
    }

    private void tMoved() {
        updateTLabel();
        if (!quiet) onT.run();
    }

    private void updateTLabel() {
        player.setCaption(String.format(Locale.ROOT, "t = %4d / %d", t(), player.frameCount() - 1));
    }

    private void timestepsChanged() {
        int T = timesteps();
        boolean wasDefault = Arrays.equals(stripSteps, StripTimesteps.defaults(lastT));
        int t = (int) Math.round(t() * (T - 1.0) / Math.max(1, lastT - 1));
        lastT = T;
        if (wasDefault || Arrays.stream(stripSteps).anyMatch(s -> s >= T)) {
            stripSteps = StripTimesteps.defaults(T);
            stripField.setText(StripTimesteps.format(stripSteps));
        }
        quiet = true;                      // the schedule refresh below draws the new t
        try {
            player.slider().setMajorTickSpacing(Math.max(1, T / 10));
            player.setFrameCount(T);
            player.show(t);
        } finally {
            quiet = false;
        }
        onSchedule.run();
    }

    private void readStrip() {
        try {
            int[] parsed = StripTimesteps.parse(stripField.getText(), timesteps());
            if (Arrays.equals(parsed, stripSteps)) return;
            stripSteps = parsed;
            stripField.setText(StripTimesteps.format(parsed));
            onStrip.run();
        } catch (IllegalArgumentException e) {
            stripField.setText(StripTimesteps.format(stripSteps));
            problems.report("Reading the strip's timesteps", e);
        }
    }
}
