package io.genlab.ui.forward;

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

import java.awt.CardLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
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

    private final Problems problems;
    private final ForwardDatasets cache;
    private final Consumer<Image> onImage;
    private final JComboBox<String> source = new JComboBox<>();
    private final SpinnerNumberModel indexModel = new SpinnerNumberModel(0, 0, 0, 1);
    private final JSpinner index = new JSpinner(indexModel);
    private final JButton random = new JButton("Random");
    private final JLabel about = new JLabel(" ");
    private final JPanel datasetTools = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    private final JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    private final CardLayout cards = new CardLayout();
    private final JPanel view = new JPanel(cards);
    private final PicturePanel picture = new PicturePanel("Choose an image");
    private final DrawingSource drawingSource;
    private final Random randomIndex = new Random();
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
        this(context.problems(), ForwardDatasets.available(context),
                spec -> Datasets.loadImages(spec, context.locations(), 1), ForwardDatasets.LOADER, onImage);
    }

    /**
     * @param specs      the datasets to offer (drawing is always offered after them)
     * @param load       loads a dataset; called on {@code background}
     * @param background where loads run
     */
    ForwardSource(Problems problems, List<String> specs, Function<String, ImageDataset> load, Executor background,
                  Consumer<Image> onImage) {
        this.problems = problems;
        this.cache = new ForwardDatasets(load, background);
        this.onImage = onImage;
        this.drawingSource = new DrawingSource(onImage);
        for (String spec : specs) source.addItem(spec);
        source.addItem(DRAW);
        source.addActionListener(e -> choose());
        index.addChangeListener(e -> pick());
        random.addActionListener(e -> {
            if (current != null) indexModel.setValue(randomIndex.nextInt(current.size()));
        });
        ((JSpinner.DefaultEditor) index.getEditor()).getTextField().setColumns(5);

        datasetTools.add(new JLabel("#"));
        datasetTools.add(index);
        datasetTools.add(random);
        datasetTools.add(about);
        controls.add(new JLabel("Image"));
        controls.add(source);
        controls.add(datasetTools);
        controls.add(drawingSource.tools());

        view.add(picture, PICTURE);
        view.add(drawingSource.pad(), PAD);
        view.setBorder(BorderFactory.createTitledBorder("x_0, the clean image"));
    }

    /** The row of source controls. */
    JComponent controls() { return controls; }

    /** x_0 (or the drawing pad). */
    JComponent view() { return view; }

    /** Loads the chosen source if the view has none yet. */
    void start() {
        String spec = (String) source.getSelectedItem();
        if (current == null && !cache.loading(spec) && !DRAW.equals(spec)) choose();
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
        ImageDataset ds = cache.loaded(spec);
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
        drawingSource.tools().setVisible(draw);
        controls.revalidate();
        if (draw) {
            cards.show(view, PAD);
            drawingSource.drawn();
            return;
        }
        cards.show(view, PICTURE);
        ImageDataset ds = cache.loaded(spec);
        if (ds != null) {
            use(ds);
            return;
        }
        current = null;                                      // the index now waits for this dataset
        about.setText(" ");
        picture.setMessage("Loading " + spec + "…");
        cache.load(spec, (result, error) -> loaded(spec, result, error));
    }

    /** A load ended: report its error even if the user has chosen another source meanwhile. */
    private void loaded(String spec, ImageDataset result, RuntimeException error) {
        boolean chosen = spec.equals(source.getSelectedItem());
        if (error != null) {
            if (chosen) picture.setMessage("Could not load " + spec + ": see the message above");
            problems.report("Loading " + spec, error);
            return;
        }
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
}
