package io.genlab.ui.features;

import io.genlab.data.Tensor;
import io.genlab.ui.shell.LinkSettings;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.FeatureMaps;
import io.genlab.viz.ImageTensors;
import io.genlab.viz.Theme;

import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the Layer features view for one probed input: the input image, the list of
 * layers, the chosen layer's channels as a grid of heatmaps and the overview with one channel of
 * every layer. Choosing a layer in the list draws its grid.
 */
final class FeatureFigures {
    private final Problems problems;
    private final DefaultListModel<LayerEntry> layerModel = new DefaultListModel<>();
    private final JList<LayerEntry> layers = new JList<>(layerModel);
    private final PicturePanel input = new PicturePanel(" ");
    private final PicturePanel grid = new PicturePanel(" ");
    private final PicturePanel overview = new PicturePanel(" ");
    private FeatureProber.Probe shown;

    FeatureFigures(Problems problems) {
        this.problems = problems;
        layers.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        layers.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) showLayer();
        });
    }

    /** Lays the figures out in the view's panel: the layer list west, input and grid centre, the overview south. */
    void addTo(JPanel panel) {
        JScrollPane list = new JScrollPane(layers);
        JPanel west = new JPanel(new BorderLayout(0, 4));
        west.add(new JLabel("Layers, input to output"), BorderLayout.NORTH);
        west.add(list, BorderLayout.CENTER);
        input.setPreferredSize(new Dimension(180, 180));
        JPanel inputBox = new JPanel(new BorderLayout());
        inputBox.add(input, BorderLayout.NORTH);
        JPanel centre = new JPanel(new BorderLayout(8, 0));
        centre.add(inputBox, BorderLayout.WEST);
        centre.add(grid, BorderLayout.CENTER);
        overview.setPreferredSize(new Dimension(600, 170));
        panel.add(west, BorderLayout.WEST);
        panel.add(centre, BorderLayout.CENTER);
        panel.add(overview, BorderLayout.SOUTH);
    }

    /**
     * Shows the activations of one input: the input, the layer list (keeping the chosen layer), the grid and the overview.
     *
     * @param asked the layer a lesson asks for, chosen instead of the one shown; null if none
     */
    void show(FeatureProber.Probe probe, String asked) {
        shown = probe;
        Tensor in = probe.input();
        input.setPicture(ImageTensors.upscale(ImageTensors.toImage(in.slice(0).data(), in.shape()[1], in.shape()[2], in.shape()[3]),
                Math.max(1, 112 / in.shape()[2])));
        LayerEntry selected = layers.getSelectedValue();
        String keep = selected != null ? selected.name() : null;
        if (asked != null) keep = asked;
        layerModel.clear();
        int select = -1;
        for (var e : probe.activations().entrySet()) {
            if (e.getKey().equals(keep)) select = layerModel.size();
            layerModel.addElement(new LayerEntry(e.getKey(), e.getValue().shape()));
        }
        if (select < 0 && asked != null) problems.report("The lesson's layer", LinkSettings.bad("layer", "a layer name as listed", asked));
        if (select < 0) select = Math.min(1, layerModel.size() - 1);     // the first layer after the input
        layers.setSelectedIndex(select);                                 // draws the grid
        try {
            overview.setPicture(FeatureMaps.overview(probe.activations(), "One channel per layer, input to output", theme()));
        } catch (IllegalArgumentException e) {
            overview.setMessage("No layer of this model is a stack of feature maps.");
        }
    }

    /** Forgets the input shown and says {@code message} where the grid was. */
    void clear(String message) {
        shown = null;
        layerModel.clear();
        input.setMessage(" ");
        overview.setMessage(" ");
        grid.setMessage(message);
    }

    /** Says {@code message} where the grid is, e.g. while loading or after an error. */
    void showMessage(String message) {
        grid.setMessage(message);
    }

    /** The names in the layer list, input to output; empty before the first probe. */
    List<String> layerNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layerModel.size(); i++) names.add(layerModel.get(i).name());
        return names;
    }

    /** Chooses a layer of the list by name, drawing its grid. */
    void selectLayer(String name) {
        layers.setSelectedIndex(layerNames().indexOf(name));
    }

    /** The probe whose activations are shown, or null. */
    FeatureProber.Probe shown() { return shown; }

    JList<LayerEntry> layers() { return layers; }

    PicturePanel gridPanel() { return grid; }

    PicturePanel overviewPanel() { return overview; }

    PicturePanel inputPanel() { return input; }

    private void showLayer() {
        LayerEntry layer = layers.getSelectedValue();
        if (shown == null || layer == null) return;
        Tensor t = shown.activations().get(layer.name());
        if (!FeatureMaps.isFeatureMap(t)) {
            grid.setMessage(layer.name() + " is not a stack of feature maps (" + t + ")");
            return;
        }
        String title = layer.name() + ": " + t.shape()[1] + " channels of " + t.shape()[2] + " × " + t.shape()[3];
        grid.setPicture(FeatureMaps.layerGrid(t, title, theme()));
    }

    private static Theme theme() {
        return PresenterMode.figureTheme();
    }
}
