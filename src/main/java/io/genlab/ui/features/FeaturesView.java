package io.genlab.ui.features;

import io.genlab.data.DatasetSpec;
import io.genlab.data.Datasets;
import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.train.GenerativeModel;
import io.genlab.ui.shell.ActiveModel;
import io.genlab.ui.shell.LinkSettings;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.LatestJob;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.FeatureMaps;
import io.genlab.viz.ImageTensors;
import io.genlab.viz.Theme;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Layer features view: what each layer of the active model computes for one input image. The
 * chosen layer's channels are drawn as a grid of heatmaps on one colour scale, the input beside
 * them, and an overview shows one channel of every layer from input to output. Nothing is loaded
 * until the view is shown; the input images load on a thread of their own.
 */
public final class FeaturesView implements WorkbenchView {
    private final WorkbenchContext context;
    private final FeatureProber prober;
    private final JPanel panel = new JPanel(new BorderLayout(8, 8)) {
        @Override
        public void updateUI() {                    // presenter mode changed the fonts: redraw the figures
            super.updateUI();
            if (ready) SwingUtilities.invokeLater(() -> {
                if (shown != null) showProbe(shown);
            });
        }
    };
    private boolean ready;
    private final FeatureInputRow inputs = new FeatureInputRow(this::probe);
    private final DefaultListModel<Layer> layerModel = new DefaultListModel<>();
    private final JList<Layer> layers = new JList<>(layerModel);
    private final PicturePanel input = new PicturePanel(" ");
    private final PicturePanel grid = new PicturePanel(" ");
    private final PicturePanel overview = new PicturePanel(" ");
    private final LatestJob latest = new LatestJob();
    private GenerativeModel model;
    private ImageDataset data;
    private FeatureProber.Probe shown;
    private GenerativeModel toLoad;                       // the model to show when the view is shown
    private FeatureProber.DataSource toLoadFrom;
    private FeaturesLesson waiting;                       // a lesson's image and layer, chosen when they are there

    /** One entry of the layer list: a probed name and its shape without the batch dimension. */
    record Layer(String name, int[] shape) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(name).append("   ");
            for (int i = 1; i < shape.length; i++) s.append(i > 1 ? " × " : "").append(shape[i]);
            return s.toString();
        }
    }

    public FeaturesView(WorkbenchContext context) {
        this.context = context;
        this.prober = new FeatureProber(context.activeModel().worker());
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        layers.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        layers.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) showLayer();
        });
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
        panel.add(inputs, BorderLayout.NORTH);
        panel.add(west, BorderLayout.WEST);
        panel.add(centre, BorderLayout.CENTER);
        panel.add(overview, BorderLayout.SOUTH);
        context.activeModel().addListener(this::modelChanged);
        modelChanged(context.activeModel().current());
        ready = true;
    }

    @Override public String id() { return "features"; }

    @Override public String title() { return "Layer features"; }

    @Override
    public String explanation() {
        return "A network looks at a picture in layers. Each small square is one channel of the chosen layer: it lights "
                + "up red where the channel finds what it looks for and blue where it finds the opposite (white is "
                + "nothing). Early layers, at full size, find edges, light and dark areas; deeper layers are smaller and "
                + "react to larger parts, such as a sleeve or a sole; on the way back up the picture is rebuilt. Pick "
                + "another image or class at the top and see which channels change. The strip at the bottom shows one "
                + "channel of every layer, from the input to the output. (A diffusion network always works on a slightly "
                + "noisy picture, so the input it sees, x_t, has a little noise added.)";
    }

    @Override public JComponent component() { return panel; }

    @Override
    public List<Export> exports() {
        List<Export> out = new ArrayList<>();
        BufferedImage g = grid.picture();
        Layer layer = layers.getSelectedValue();
        if (g != null && layer != null) {
            out.add(new Export.Picture("Feature maps of " + layer.name(), "features-" + layer.name().replaceAll("[^A-Za-z0-9.]+", "-"), () -> g));
        }
        BufferedImage o = overview.picture();
        if (o != null) out.add(new Export.Picture("One channel per layer", "features-overview", () -> o));
        BufferedImage in = input.picture();
        if (in != null && shown != null) out.add(new Export.Picture("Input image #" + shown.index(), "features-input-" + shown.index(), () -> in));
        return out;
    }

    @Override
    public Set<String> settings() {
        return FeaturesLesson.names();
    }

    /** Chooses the image and layer a lesson names, now or when the images and layers are there. */
    @Override
    public void apply(Map<String, String> settings) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layerModel.size(); i++) names.add(layerModel.get(i).name());
        FeaturesLesson lesson = FeaturesLesson.read(settings, data, names);
        boolean layerNow = lesson.layer() != null && names.contains(lesson.layer());
        boolean imageNow = data != null && lesson.choosesImage();
        waiting = lesson.rest(imageNow, layerNow);
        if (layerNow) layers.setSelectedIndex(names.indexOf(lesson.layer()));
        if (imageNow) inputs.choose(lesson.image(data));                  // probes it
    }

    @Override
    public void shown() {
        if (toLoad != null) load();
    }

    @Override
    public void close() {
        latest.forget();
        prober.close();
    }

    private void modelChanged(Optional<ActiveModel.Loaded> loaded) {
        if (loaded.isEmpty()) {
            useModel(null, null);
            context.activeModel().loading().ifPresent(run -> grid.setMessage("Loading " + run.getFileName() + "…"));
            return;
        }
        ActiveModel.Loaded l = loaded.get();
        useModel(l.model(), () -> Datasets.loadImages(DatasetSpec.parse(l.config().dataset()).unseen(), context.locations(), l.config().seed()));
    }

    /**
     * Starts showing a model (null: none), with the images from {@code source}: loaded at once if the
     * view is on screen, else when it is next shown.
     */
    void useModel(GenerativeModel newModel, FeatureProber.DataSource source) {
        latest.forget();
        model = null;
        data = null;
        shown = null;
        prober.clear();
        inputs.setData(null);
        layerModel.clear();
        input.setMessage(" ");
        overview.setMessage(" ");
        toLoad = newModel;
        toLoadFrom = source;
        grid.setMessage(newModel == null ? ActiveModel.NONE_MESSAGE : "Loading the input images…");
        if (newModel != null && panel.isShowing()) load();
    }

    /** Reads the model's input shape on the model's worker, then loads the images on their own worker. */
    private void load() {
        GenerativeModel newModel = toLoad;
        FeatureProber.DataSource source = toLoadFrom;
        toLoad = null;
        toLoadFrom = null;
        latest.start(t -> prober.shape(newModel, t.only(info -> latest.start(t2 -> prober.load(info, source, t2.only(loaded -> {
            t2.end();
            showImages(newModel, loaded);
        }), t2.only(this::failed)))), t.only(this::failed)));
    }

    /** The images are there: shows the choice and probes the first image (or the one a lesson asked for). */
    private void showImages(GenerativeModel newModel, ImageDataset loaded) {
        model = newModel;
        data = loaded;
        inputs.setData(loaded);
        int chosen = 0;
        if (waiting != null && waiting.choosesImage()) {
            try {
                chosen = waiting.image(loaded);
            } catch (IllegalArgumentException e) {
                context.problems().report("The lesson's input image", e);
            }
            waiting = waiting.rest(true, false);
        }
        if (chosen != inputs.chosen()) inputs.choose(chosen);            // probes it
        else probe(chosen);
    }

    private void failed(Exception e) {
        latest.forget();
        grid.setMessage("No feature maps: " + Problems.describe(e));
        if (!(e instanceof FeatureProber.NoFeatureMaps)) context.problems().report("Loading the input images", e);
    }

    private void probe(int index) {
        if (model == null || data == null) return;
        latest.forget();
        FeatureProber.Probe cached = prober.cached(index);
        if (cached != null) {
            showProbe(cached);
            return;
        }
        latest.start(t -> prober.probe(model, data, index, t.only(p -> {
            t.end();
            showProbe(p);
        }), t.only(e -> {
            t.end();
            context.problems().report("Probing the layers", e);
        })));
    }

    /** Shows the activations of one input: the input, the layer list (keeping the chosen layer), the grid and the overview. */
    void showProbe(FeatureProber.Probe probe) {
        shown = probe;
        Tensor in = probe.input();
        input.setPicture(ImageTensors.upscale(ImageTensors.toImage(in.slice(0).data(), in.shape()[1], in.shape()[2], in.shape()[3]),
                Math.max(1, 112 / in.shape()[2])));
        Layer selected = layers.getSelectedValue();
        String keep = selected != null ? selected.name() : null;
        String asked = waiting == null ? null : waiting.layer();
        waiting = null;
        if (asked != null) keep = asked;
        layerModel.clear();
        int select = -1;
        for (var e : probe.activations().entrySet()) {
            if (e.getKey().equals(keep)) select = layerModel.size();
            layerModel.addElement(new Layer(e.getKey(), e.getValue().shape()));
        }
        if (select < 0 && asked != null) context.problems().report("The lesson's layer", LinkSettings.bad("layer", "a layer name as listed", asked));
        if (select < 0) select = Math.min(1, layerModel.size() - 1);     // the first layer after the input
        layers.setSelectedIndex(select);                                 // draws the grid
        try {
            overview.setPicture(FeatureMaps.overview(probe.activations(), "One channel per layer, input to output", theme()));
        } catch (IllegalArgumentException e) {
            overview.setMessage("No layer of this model is a stack of feature maps.");
        }
    }

    private void showLayer() {
        Layer layer = layers.getSelectedValue();
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

    /** The worker the input images load on. */
    ModelWorker dataWorker() { return prober.dataWorker(); }

    /** The index of the image whose activations are shown, or -1. */
    int shownIndex() { return shown == null ? -1 : shown.index(); }

    FeatureInputRow inputs() { return inputs; }

    JList<Layer> layers() { return layers; }

    PicturePanel gridPanel() { return grid; }

    PicturePanel overviewPanel() { return overview; }

    PicturePanel inputPanel() { return input; }
}
