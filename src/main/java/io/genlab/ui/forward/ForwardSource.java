package io.genlab.ui.forward;

import io.genlab.data.CatalogEntry;
import io.genlab.data.DatasetCatalog;
import io.genlab.data.DatasetSpec;
import io.genlab.data.Datasets;
import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.PicturePanel;
import io.genlab.viz.ImageTensors;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;

import java.awt.CardLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where the forward-process view's clean image x_0 comes from: one image of a dataset, picked by
 * its index, or a picture drawn with the mouse. It shows x_0 and hands it on as a [1, C, H, W]
 * tensor; datasets load in the background, once each.
 */
final class ForwardSource {
    static final String DRAW = "Draw with the mouse";
    private static final String PICTURE = "picture", PAD = "pad";

    /** Loads datasets one after another, off the event dispatch thread. */
    private static final Executor LOADER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "genlab-forward-data");
        t.setDaemon(true);
        return t;
    });

    private final Problems problems;
    private final Function<String, ImageDataset> load;
    private final Executor background;
    private final Consumer<Image> onImage;
    private final JComboBox<String> source = new JComboBox<>();
    private final SpinnerNumberModel indexModel = new SpinnerNumberModel(0, 0, 0, 1);
    private final JSpinner index = new JSpinner(indexModel);
    private final JButton random = new JButton("Random");
    private final JLabel about = new JLabel(" ");
    private final SpinnerNumberModel brushModel = new SpinnerNumberModel(1.2, 0.5, 4.0, 0.1);
    private final JButton clear = new JButton("Clear");
    private final JPanel datasetTools = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    private final JPanel padTools = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    private final JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    private final CardLayout cards = new CardLayout();
    private final JPanel view = new JPanel(cards);
    private final PicturePanel picture = new PicturePanel("Choose an image");
    private final DrawingPad pad;
    private final Map<String, ImageDataset> loaded = new HashMap<>();
    private final Random randomIndex = new Random();
    private final Set<String> loading = new HashSet<>();
    private ImageDataset current;            // the shown dataset; null while the chosen one loads
    private Integer wantedIndex;             // an index given before its dataset had loaded

    /**
     * x_0 as handed on.
     *
     * @param x0      [1, C, H, W] in [-1, 1]
     * @param label   a short description, e.g. "fashion #3 (Dress)"
     * @param drawing true while it comes from the drawing pad (it changes with every stroke)
     */
    record Image(Tensor x0, String label, boolean drawing) {}

    /** @param onImage receives each new x_0, on the event dispatch thread */
    ForwardSource(WorkbenchContext context, Consumer<Image> onImage) {
        this(context.problems(), imageDatasets(context), spec -> Datasets.loadImages(spec, context.locations(), 1),
                LOADER, onImage);
    }

    /**
     * @param specs      the datasets to offer (drawing is always offered after them)
     * @param load       loads a dataset; called on {@code background}
     * @param background where loads run
     */
    ForwardSource(Problems problems, List<String> specs, Function<String, ImageDataset> load, Executor background,
                  Consumer<Image> onImage) {
        this.problems = problems;
        this.load = load;
        this.background = background;
        this.onImage = onImage;
        this.pad = new DrawingPad(28, this::drawn);
        for (String spec : specs) source.addItem(spec);
        source.addItem(DRAW);
        source.addActionListener(e -> choose());
        index.addChangeListener(e -> pick());
        random.addActionListener(e -> {
            if (current != null) indexModel.setValue(randomIndex.nextInt(current.size()));
        });
        brushModel.addChangeListener(e -> pad.setBrush(brushModel.getNumber().doubleValue()));
        clear.addActionListener(e -> pad.clear());
        ((JSpinner.DefaultEditor) index.getEditor()).getTextField().setColumns(5);

        datasetTools.add(new JLabel("#"));
        datasetTools.add(index);
        datasetTools.add(random);
        datasetTools.add(about);
        padTools.add(new JLabel("Brush"));
        padTools.add(new JSpinner(brushModel));
        padTools.add(clear);
        padTools.add(new JLabel("(right button erases)"));
        padTools.setVisible(false);
        controls.add(new JLabel("Image"));
        controls.add(source);
        controls.add(datasetTools);
        controls.add(padTools);

        view.add(picture, PICTURE);
        view.add(pad, PAD);
        view.setBorder(BorderFactory.createTitledBorder("x_0, the clean image"));
    }

    /** The image sources a student can pick: the usable image datasets of this installation. */
    private static List<String> imageDatasets(WorkbenchContext context) {
        List<String> out = new ArrayList<>();
        for (CatalogEntry e : DatasetCatalog.available(context.locations())) {
            if (e.active() && e.usable() && DatasetSpec.parse(e.spec()).isImages()) out.add(e.spec());
        }
        return out;
    }

    /** The row of source controls. */
    JComponent controls() { return controls; }

    /** x_0 (or the drawing pad). */
    JComponent view() { return view; }

    /** Loads the chosen source if the view has none yet. */
    void start() {
        Object spec = source.getSelectedItem();
        if (current == null && !loading.contains(spec) && !DRAW.equals(spec)) choose();
    }

    /** The datasets offered, by spec, without the drawing pad. */
    List<String> datasets() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < source.getItemCount(); i++) {
            if (!DRAW.equals(source.getItemAt(i))) out.add(source.getItemAt(i));
        }
        return out;
    }

    /** True while x_0 comes from the drawing pad. */
    boolean drawing() { return DRAW.equals(source.getSelectedItem()); }

    /** The image count of a dataset already loaded, or -1 if it has not loaded yet. */
    int size(String spec) {
        ImageDataset ds = loaded.get(spec);
        return ds == null ? -1 : ds.size();
    }

    /**
     * Chooses a dataset ({@code spec} of {@link #datasets()}) or, with {@link #DRAW}, the pad, as the
     * user would, and shows image {@code index} of it once it has loaded.
     *
     * @param spec  null to keep the current choice
     * @param index null to keep the current index
     */
    void select(String spec, Integer index) {
        if (index != null) wantedIndex = index;
        if (spec != null) source.setSelectedItem(spec);              // the box runs choose()
        else if (index != null && current != null && !drawing()) use(current);
    }

    int index() { return indexModel.getNumber().intValue(); }

    /** Shows a given image as x_0, for callers that bring their own (and for tests). */
    void show(Tensor x0, String label) {
        cards.show(view, PICTURE);
        int[] s = x0.shape();
        picture.setPicture(ImageTensors.toRgb(ImageTensors.toImage(x0.data(), s[1], s[2], s[3])));
        onImage.accept(new Image(x0, label, false));
    }

    private void choose() {
        String spec = (String) source.getSelectedItem();
        boolean draw = DRAW.equals(spec);
        datasetTools.setVisible(!draw);
        padTools.setVisible(draw);
        controls.revalidate();
        if (draw) {
            cards.show(view, PAD);
            drawn();
            return;
        }
        cards.show(view, PICTURE);
        ImageDataset ds = loaded.get(spec);
        if (ds != null) {
            use(ds);
            return;
        }
        current = null;                                      // the index now waits for this dataset
        about.setText(" ");
        picture.setMessage("Loading " + spec + "…");
        if (!loading.add(spec)) return;                      // already on its way
        background.execute(() -> {
            ImageDataset result = null;
            RuntimeException error = null;
            try {
                result = load.apply(spec);
            } catch (RuntimeException e) {
                error = e;
            }
            ImageDataset r = result;
            RuntimeException e = error;
            SwingUtilities.invokeLater(() -> loaded(spec, r, e));
        });
    }

    /** A load ended: keep the dataset (or report the error) even if the user has chosen another source meanwhile. */
    private void loaded(String spec, ImageDataset result, RuntimeException error) {
        loading.remove(spec);
        boolean chosen = spec.equals(source.getSelectedItem());
        if (error != null) {
            if (chosen) picture.setMessage("Could not load " + spec + ": see the message above");
            problems.report("Loading " + spec, error);
            return;
        }
        loaded.put(spec, result);
        if (chosen) use(result);
    }

    private void use(ImageDataset ds) {
        current = ds;
        int i = indexModel.getNumber().intValue();
        if (wantedIndex != null) {
            i = wantedIndex;
            wantedIndex = null;
            if (i >= ds.size()) {
                problems.report("Showing image " + i + " of " + ds.name(), new IllegalArgumentException(
                        "index must be from 0 to " + (ds.size() - 1) + " for " + ds.name() + ", got " + i + "; showing the last"));
            }
        }
        i = Math.min(i, ds.size() - 1);
        indexModel.setMaximum(ds.size() - 1);
        if (i != indexModel.getNumber().intValue()) indexModel.setValue(i);
        else pick();
    }

    private void pick() {
        ImageDataset ds = current;
        if (ds == null || DRAW.equals(source.getSelectedItem())) return;
        int i = indexModel.getNumber().intValue();
        String what = ds.captions().map(c -> c.get(i)).orElse(ds.classNames().get(ds.label(i)));
        about.setText(what);
        Tensor x0 = new Tensor(ds.image(i), new int[]{1, ds.channels(), ds.height(), ds.width()});
        show(x0, ds.name() + " #" + i + " (" + what + ")");
    }

    private void drawn() {
        int n = pad.imageSize();
        onImage.accept(new Image(new Tensor(pad.image(), new int[]{1, 1, n, n}), "a drawing", true));
    }
}
