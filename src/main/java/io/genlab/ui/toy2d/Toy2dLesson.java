package io.genlab.ui.toy2d;

import io.genlab.ui.shell.LinkSettings;

import javax.swing.SpinnerNumberModel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lesson link asks of the 2D diffusion view, read and checked in full before anything
 * changes; null fields were not given. The ranges are the form's own.
 *
 * @param dataset      the data, by spec
 * @param steps        how many steps to train
 * @param train        true to press Start
 * @param samplerSteps the sampler's steps
 * @param generate     true to press Generate; false drops an earlier link's wish to generate once trained
 */
record Toy2dLesson(String dataset, Integer steps, Boolean train, Integer points, String sampler, Integer samplerSteps,
                   Long seed, Boolean generate) {
    static final List<String> NAMES = List.of("dataset", "steps", "train", "points", "sampler", "sampler-steps",
            "seed", "generate");

    private static final String VIEW = "toy2d";

    static Set<String> names() {
        return new LinkedHashSet<>(NAMES);
    }

    /**
     * Reads a link's settings, checked against the form.
     *
     * @throws IllegalArgumentException naming the first bad setting and the values it takes, or
     *                                  when the data would change while a model trains on it
     */
    static Toy2dLesson read(Map<String, String> values, Toy2dForm form) {
        LinkSettings link = new LinkSettings(VIEW, values, NAMES);
        String data = link.choice("dataset", form.datasets());
        if (data != null && !data.equals(form.data()) && !form.dataset.isEnabled()) {
            throw new IllegalArgumentException("dataset cannot change to " + data + " while a model trains on "
                    + form.data() + ": press Stop first");
        }
        Integer trainSteps = link.integer("steps", min(form.steps), max(form.steps));
        Boolean train = link.bool("train");
        Integer count = link.integer("points", min(form.points), max(form.points));
        String method = link.choice("sampler", List.of("ddim", "ddpm"));
        Integer k = link.integer("sampler-steps", min(form.samplerSteps), max(form.samplerSteps));
        Long noiseSeed = link.wholeNumber("seed", 0, Integer.MAX_VALUE);
        Boolean gen = link.bool("generate");
        return new Toy2dLesson(data, trainSteps, train, count, method, k, noiseSeed, gen);
    }

    /** Sets the form's fields; Start and Generate are the view's to press. */
    void setForm(Toy2dForm form) {
        if (dataset != null) form.dataset.setSelectedItem(dataset);
        if (steps != null) form.steps.setValue(steps);
        if (points != null) form.points.setValue(points);
        if (sampler != null) form.sampler.setSelectedItem(sampler);     // resets the step count to the sampler's usual
        if (samplerSteps != null) form.samplerSteps.setValue(samplerSteps);
        if (seed != null) form.seed.setValue(seed.intValue());
    }

    private static int min(SpinnerNumberModel m) { return ((Number) m.getMinimum()).intValue(); }

    private static int max(SpinnerNumberModel m) { return ((Number) m.getMaximum()).intValue(); }
}
