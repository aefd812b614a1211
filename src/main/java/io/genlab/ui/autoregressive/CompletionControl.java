package io.genlab.ui.autoregressive;

import io.genlab.autoregressive.PixelCnnModel;
import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.train.ModelInfo;

import java.util.Locale;

/**
 * The Autoregressive view's completions at work: loads the model's test images once they are
 * wanted (the view was shown), shows the chosen image with the rows the model is given, and starts
 * completions. Use it on the UI thread only.
 */
final class CompletionControl {
    private final PixelForm form;
    private final CompletionPanel panel;
    private final PixelJobs jobs;
    private final Runnable onImages;
    private PixelRunner.ImageSource source;
    private ModelInfo info;
    private ImageDataset images;
    private boolean wanted;

    /** @param onImages runs each time the test images have loaded */
    CompletionControl(PixelForm form, CompletionPanel panel, PixelJobs jobs, Runnable onImages) {
        this.form = form;
        this.panel = panel;
        this.jobs = jobs;
        this.onImages = onImages;
        form.image.addChangeListener(e -> showTestImage());
        form.rows.addChangeListener(e -> showTestImage());
    }

    /** A new model (null: none) whose test images come from {@code newSource}; the old images are dropped. */
    void use(ModelInfo newInfo, PixelRunner.ImageSource newSource) {
        info = newInfo;
        source = newSource;
        images = null;
        form.setImageCount(0);
        load();
    }

    /** The images are wanted from now on (the view is on screen): loads them if there is a model. */
    void want() {
        wanted = true;
        load();
    }

    /** The test images, or null while they are not loaded. */
    ImageDataset images() { return images; }

    private void load() {
        if (!wanted || info == null || source == null || images != null || jobs.loadingImages()) return;
        jobs.loadImages(source, info, data -> {
            images = data;
            form.setImageCount(data.size());
            showTestImage();
            onImages.run();
        });
    }

    /** Completes the chosen test image from its top rows, as many times as the form says. */
    void complete(PixelCnnModel model) {
        if (model == null || images == null) return;
        int index = form.imageIndex(), rows = form.givenRows();
        PixelSettings settings = form.settings();
        jobs.complete(model, images, index, rows, settings, form.completionCount(), String.format(Locale.ROOT,
                "%s completes %s #%d (%s) from its top %d rows, %s", info.name(), images.name(), index, className(index), rows,
                settings.describe()));
    }

    /** Shows the chosen test image and the rows the model would be given. */
    private void showTestImage() {
        if (images == null) return;
        int index = form.imageIndex();
        form.imageClass.setText(images.name() + " #" + index + ": " + className(index));
        Tensor image = new Tensor(images.image(index), new int[]{1, images.channels(), images.height(), images.width()});
        panel.showImage(image, form.givenRows(), String.format(Locale.ROOT, "%s #%d (%s), top %d rows given", images.name(), index,
                className(index), form.givenRows()));
    }

    private String className(int index) {
        return images.classNames().get(images.label(index));
    }
}
