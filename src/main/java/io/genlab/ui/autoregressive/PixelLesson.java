package io.genlab.ui.autoregressive;

import io.genlab.data.ImageDataset;
import io.genlab.ui.shell.LinkSettings;
import io.genlab.ui.shell.Problems;

import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lesson link asks of the Autoregressive view, read and checked in full before anything
 * changes; null fields were not given. The class is looked up once the model's classes are known,
 * the test image once the test images are loaded, and Generate or Complete run once the model (and
 * for Complete the images) are ready.
 *
 * @param classText the class as the link names it ("all", an index or a name)
 * @param tab       0 ("generate") or 1 ("complete")
 */
record PixelLesson(Integer seed, Double temperature, PixelSettings.Sampler sampler, String classText, Integer samples,
                   Integer image, Integer rows, Integer tab, boolean generate, boolean complete) {
    static final List<String> NAMES = List.of("seed", "temperature", "sampler", "class", "samples", "image", "rows", "tab",
            "generate", "complete");
    static final List<String> TABS = List.of("generate", "complete");

    static Set<String> names() {
        return new LinkedHashSet<>(NAMES);
    }

    /**
     * @param classNames the model's classes, or null while they are not known
     * @param images     how many test images there are, or 0 while they are not loaded
     * @throws IllegalArgumentException naming the first bad setting and the values it takes
     */
    static PixelLesson read(Map<String, String> settings, PixelForm form, List<String> classNames, int images) {
        LinkSettings v = new LinkSettings("autoregressive", settings, NAMES);
        Map<String, PixelSettings.Sampler> samplers = new LinkedHashMap<>();
        for (PixelSettings.Sampler s : PixelSettings.Sampler.values()) samplers.put(s.key(), s);
        Map<String, Integer> tabs = new LinkedHashMap<>();
        for (String t : TABS) tabs.put(t, tabs.size());
        String classText = v.text("class");
        if (classText != null && classNames != null) PixelSettings.parseClass(classText, classNames);
        if (classText != null && classText.isEmpty()) throw LinkSettings.bad("class", "all, a class index or a class name", classText);
        PixelLesson lesson = new PixelLesson(
                v.integer("seed", range(form.seed)),
                v.number("temperature", range(form.temperature)),
                v.choice("sampler", samplers),
                classText,
                v.integer("samples", range(form.samples)),
                images > 0 ? v.integer("image", 0, images - 1) : v.integer("image", 0, Integer.MAX_VALUE),
                v.integer("rows", range(form.rows)),
                v.choice("tab", tabs),
                Boolean.TRUE.equals(v.bool("generate")),
                Boolean.TRUE.equals(v.bool("complete")));
        if (lesson.generate && lesson.complete) {
            throw new IllegalArgumentException("generate and complete cannot both be true: the model does one at a time");
        }
        return lesson;
    }

    /** Sets the form's fields that need nothing loaded: seed, temperature, sampler, samples, rows given. */
    void setForm(PixelForm form) {
        if (seed != null) form.seed.setValue(seed);
        if (temperature != null) form.temperature.setValue(temperature);
        if (sampler != null) form.sampler.setSelectedItem(sampler);
        if (samples != null) form.samples.setValue(samples);
        if (rows != null) form.rows.setValue(rows);
    }

    /**
     * Does what the model and the test images now allow: chooses the class once the classes are known,
     * runs Generate, and chooses the image and runs Complete once the images are loaded.
     *
     * @param images the test images, or null while they are not loaded
     * @return what still waits (for the images), or null
     */
    PixelLesson proceed(PixelForm form, List<String> classNames, ImageDataset images, Problems problems, Runnable generate,
                        Runnable complete) {
        if (classText != null) {
            try {
                form.selectClass(PixelSettings.parseClass(classText, classNames));
            } catch (IllegalArgumentException e) {
                problems.report("The lesson's class", e);
            }
        }
        if (this.generate) generate.run();
        if (image == null && !this.complete) return null;
        if (images == null) return new PixelLesson(null, null, null, null, null, image, null, null, false, this.complete);
        if (image != null && image < images.size()) form.image.setValue(image);
        else if (image != null) problems.report("The lesson's test image", LinkSettings.bad("image", "a whole number from 0 to "
                + (images.size() - 1), Integer.toString(image)));
        if (this.complete) complete.run();
        return null;
    }

    private static SpinnerNumberModel range(JSpinner spinner) {
        return (SpinnerNumberModel) spinner.getModel();
    }
}
