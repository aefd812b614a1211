package io.genlab.ui.features;

import io.genlab.data.DatasetSpec;
import io.genlab.data.Datasets;
import io.genlab.data.ImageDataset;
import io.genlab.train.GenerativeModel;
import io.genlab.ui.shell.ActiveModel;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.PicturePanel;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import java.awt.BorderLayout;
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
    private final FeatureJobs jobs;
    private final JPanel panel = new JPanel(new BorderLayout(8, 8)) {
        @Override
        public void updateUI() {                    // presenter mode changed the fonts: redraw the figures
            super.updateUI();
            if (ready) SwingUtilities.invokeLater(() -> {
                if (figures.shown() != null) showProbe(figures.shown());
            });
        }
    };
    private boolean ready;
    private final FeatureInputRow inputs = new FeatureInputRow(this::probe);
    private final FeatureFigures figures;
    private GenerativeModel model;
    private ImageDataset data;
    private GenerativeModel toLoad;                       // the model to show when the view is shown
    private FeatureProber.DataSource toLoadFrom;
    private FeaturesLesson waiting;                       // a lesson's image and layer, chosen when they are there

    public FeaturesView(WorkbenchContext context) {
        this.context = context;
        this.jobs = new FeatureJobs(context.activeModel().worker());
        this.figures = new FeatureFigures(context.problems());
        panel.setBorder(BorderFactory.createEmptyBorder(0, 8, 8, 8));
        panel.add(inputs, BorderLayout.NORTH);
        figures.addTo(panel);
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
        return FeaturesExports.of(figures);
    }

    @Override
    public Set<String> settings() {
        return FeaturesLesson.names();
    }

    /** Chooses the image and layer a lesson names, now or when the images and layers are there. */
    @Override
    public void apply(Map<String, String> settings) {
        List<String> names = figures.layerNames();
        FeaturesLesson lesson = FeaturesLesson.read(settings, data, names);
        boolean layerNow = lesson.layer() != null && names.contains(lesson.layer());
        boolean imageNow = data != null && lesson.choosesImage();
        waiting = lesson.rest(imageNow, layerNow);
        if (layerNow) figures.selectLayer(lesson.layer());
        if (imageNow) inputs.choose(lesson.image(data));                  // probes it
    }

    @Override
    public void shown() {
        if (toLoad != null) load();
    }

    @Override
    public void close() {
        jobs.close();
    }

    private void modelChanged(Optional<ActiveModel.Loaded> loaded) {
        if (loaded.isEmpty()) {
            useModel(null, null);
            context.activeModel().loading().ifPresent(run -> figures.showMessage("Loading " + run.getFileName() + "…"));
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
        jobs.reset();
        model = null;
        data = null;
        inputs.setData(null);
        toLoad = newModel;
        toLoadFrom = source;
        figures.clear(newModel == null ? ActiveModel.NONE_MESSAGE : "Loading the input images…");
        if (newModel != null && panel.isShowing()) load();
    }

    /** Reads the model's input shape on the model's worker, then loads the images on their own worker. */
    private void load() {
        GenerativeModel newModel = toLoad;
        FeatureProber.DataSource source = toLoadFrom;
        toLoad = null;
        toLoadFrom = null;
        jobs.load(newModel, source, loaded -> showImages(newModel, loaded), this::failed);
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
        figures.showMessage("No feature maps: " + Problems.describe(e));
        if (!(e instanceof FeatureProber.NoFeatureMaps)) context.problems().report("Loading the input images", e);
    }

    private void probe(int index) {
        if (model == null || data == null) return;
        jobs.probe(model, data, index, this::showProbe, e -> context.problems().report("Probing the layers", e));
    }

    /** Shows the activations of one input, choosing the layer a waiting lesson asks for. */
    void showProbe(FeatureProber.Probe probe) {
        String asked = waiting == null ? null : waiting.layer();
        waiting = null;
        figures.show(probe, asked);
    }

    /** The worker the input images load on. */
    ModelWorker dataWorker() { return jobs.dataWorker(); }

    /** The index of the image whose activations are shown, or -1. */
    int shownIndex() { return figures.shown() == null ? -1 : figures.shown().index(); }

    FeatureInputRow inputs() { return inputs; }

    JList<LayerEntry> layers() { return figures.layers(); }

    PicturePanel gridPanel() { return figures.gridPanel(); }

    PicturePanel overviewPanel() { return figures.overviewPanel(); }

    PicturePanel inputPanel() { return figures.inputPanel(); }
}
