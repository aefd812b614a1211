package io.genlab.ui.features;

import io.genlab.data.ImageDataset;
import io.genlab.ui.shell.LinkSettings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lesson link asks of the Layer features view: an image by number or by class (its first
 * image), and a layer. Read and checked in full before anything changes, as far as the view knows
 * its images and layers yet; null fields were not given.
 */
record FeaturesLesson(Integer index, String classText, String layer) {
    static final List<String> NAMES = List.of("index", "class", "layer");

    private static final String VIEW = "features";

    static Set<String> names() {
        return new LinkedHashSet<>(NAMES);
    }

    /**
     * @param data   the images, or null while they load (then the image is checked when they are there)
     * @param layers the layer names, or empty before the first probe
     * @throws IllegalArgumentException naming the bad setting and the values it takes
     */
    static FeaturesLesson read(Map<String, String> settings, ImageDataset data, List<String> layers) {
        LinkSettings v = new LinkSettings(VIEW, settings, names());
        if (settings.containsKey("index") && settings.containsKey("class")) {
            throw new IllegalArgumentException("give index or class, not both (class chooses the first image of that class)");
        }
        FeaturesLesson lesson = new FeaturesLesson(v.integer("index", 0, data == null ? Integer.MAX_VALUE : data.size() - 1),
                v.text("class"), v.text("layer"));
        if (lesson.classText != null) {
            if (data != null) lesson.image(data);
            else if (lesson.classText.isEmpty() || lesson.classText.matches("-\\d+")) throw badClass(lesson.classText, null);
        }
        if (lesson.layer != null && (lesson.layer.isEmpty() || !layers.isEmpty() && !layers.contains(lesson.layer))) {
            throw LinkSettings.bad("layer", layers.isEmpty() ? "a layer name as listed, e.g. enc1.0/out"
                    : "a layer name as listed (" + String.join(", ", layers) + ")", lesson.layer);
        }
        return lesson;
    }

    /** What is left once the image (if {@code imageDone}) and the layer (if {@code layerDone}) are chosen; null if nothing. */
    FeaturesLesson rest(boolean imageDone, boolean layerDone) {
        FeaturesLesson r = new FeaturesLesson(imageDone ? null : index, imageDone ? null : classText, layerDone ? null : layer);
        return r.choosesImage() || r.layer != null ? r : null;
    }

    /** Whether the link chooses an image. */
    boolean choosesImage() {
        return index != null || classText != null;
    }

    /**
     * The image the link chooses in {@code data}: the number given, or the first image of the class.
     *
     * @throws IllegalArgumentException when there is no such image or class
     */
    int image(ImageDataset data) {
        if (index != null) {
            if (index < data.size()) return index;
            throw LinkSettings.bad("index", "an image number in 0.." + (data.size() - 1), index.toString());
        }
        List<String> names = data.classNames();
        int k = -1;
        if (classText.matches("\\d{1,9}")) k = Integer.parseInt(classText);
        for (int i = 0; i < names.size() && k < 0; i++) if (names.get(i).equalsIgnoreCase(classText)) k = i;
        int first = k >= 0 && k < names.size() ? FeatureInputRow.firstOfClass(data, k) : -1;
        if (first < 0) throw badClass(classText, data);
        return first;
    }

    private static IllegalArgumentException badClass(String text, ImageDataset data) {
        String what = data == null ? "a class index or name"
                : "a class index 0.." + (data.numClasses() - 1) + " or name (" + String.join(", ", data.classNames()) + ") with an image in "
                + data.name();
        return LinkSettings.bad("class", what, text);
    }
}
