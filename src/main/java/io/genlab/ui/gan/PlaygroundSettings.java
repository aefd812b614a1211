package io.genlab.ui.gan;

import io.genlab.gan.GanPresets;
import io.genlab.ui.widgets.ActionListenerGuard;

import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The playground's settings in one row: the data, a preset, and the networks' layers, width,
 * noise, learning rates, loss and discriminator steps. Choosing a preset fills the fields in;
 * every field can then be changed. They take effect at the next Reset.
 */
final class PlaygroundSettings extends JPanel {
    static final List<String> DATA = List.of("toy2d:ring", "toy2d:spiral", "toy2d:moons", "toy2d:checkerboard");
    static final List<String> LOSSES = List.of("ns", "minimax", "lsgan", "hinge");
    final JComboBox<String> data = new JComboBox<>(DATA.toArray(new String[0]));
    final JComboBox<String> preset = new JComboBox<>(GanPresets.all().keySet().toArray(new String[0]));
    final SpinnerNumberModel layers = new SpinnerNumberModel(1, 1, 8, 1);
    final SpinnerNumberModel width = new SpinnerNumberModel(8, 4, 512, 8);
    final SpinnerNumberModel noise = new SpinnerNumberModel(1, 1, 64, 1);
    final SpinnerNumberModel lrG = new SpinnerNumberModel(1e-3, 1e-5, 1e-1, 1e-4);
    final SpinnerNumberModel lrD = new SpinnerNumberModel(1e-3, 1e-5, 1e-1, 1e-4);
    final JComboBox<String> loss = new JComboBox<>(LOSSES.toArray(new String[0]));
    final SpinnerNumberModel k = new SpinnerNumberModel(1, 1, 10, 1);

    PlaygroundSettings() {
        super(new GridLayout(2, 1, 0, 2));
        JPanel game = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        game.add(new JLabel("Data"));
        game.add(data);
        game.add(new JLabel("  Preset"));
        game.add(preset);
        game.add(new JLabel("  Loss"));
        game.add(loss);
        game.add(new JLabel("  D steps per G step"));
        game.add(new JSpinner(k));
        JPanel nets = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        nets.add(new JLabel("Layers"));
        nets.add(new JSpinner(layers));
        nets.add(new JLabel("  Width"));
        nets.add(new JSpinner(width));
        nets.add(new JLabel("  Noise dimensions"));
        nets.add(new JSpinner(noise));
        nets.add(new JLabel("  Learning rate G"));
        nets.add(number(lrG));
        nets.add(new JLabel("  D"));
        nets.add(number(lrD));
        add(game);
        add(nets);
        preset.addActionListener(e -> fill((String) preset.getSelectedItem()));
        fill(GanPresets.all().keySet().iterator().next());
    }

    private static JSpinner number(SpinnerNumberModel model) {
        JSpinner s = new JSpinner(model);
        s.setEditor(new JSpinner.NumberEditor(s, "0.0####"));
        return s;
    }

    /** Fills the fields from a preset. */
    void fill(String name) {
        Map<String, Object> o = GanPresets.all().get(name);
        if (o == null) throw new IllegalArgumentException("no preset \"" + name + "\"; presets: " + GanPresets.all().keySet());
        ActionListenerGuard.withoutEvents(preset, () -> preset.setSelectedItem(name));
        layers.setValue(((Number) o.get("layers")).intValue());
        width.setValue(((Number) o.get("width")).intValue());
        noise.setValue(((Number) o.get("noise")).intValue());
        lrG.setValue(((Number) o.get("lr")).doubleValue());
        lrD.setValue(((Number) o.get("lrD")).doubleValue());
        loss.setSelectedItem(o.get("loss"));
        k.setValue(((Number) o.get("k")).intValue());
    }

    String dataset() { return (String) data.getSelectedItem(); }

    /** The gan-2d options the fields say. */
    Map<String, Object> options() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("layers", layers.getNumber().intValue());
        o.put("width", width.getNumber().intValue());
        o.put("noise", noise.getNumber().intValue());
        o.put("lr", lrG.getNumber().doubleValue());
        o.put("lrD", lrD.getNumber().doubleValue());
        o.put("loss", loss.getSelectedItem());
        o.put("k", k.getNumber().intValue());
        return o;
    }
}
