package io.genlab.ui.reverse;

import io.genlab.diffusion.SamplerSettings;
import io.genlab.ui.shell.LinkSettings;

import javax.swing.SpinnerNumberModel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lesson link asks of the Reverse process view, read and checked in full before anything
 * changes; null fields were not given. The ranges are the form's own.
 *
 * @param classText the class as the link names it, looked up again when the model becomes known
 * @param tab       0, 1 or 2 for the tabs "steps", "strip" and "grid"
 */
record ReverseLesson(Integer seed, SamplerSettings.Method sampler, Double eta, Integer steps, Double guidance,
                     String classText, Integer samples, Integer tab, boolean generate, boolean grid) {
    static final List<String> NAMES = List.of("seed", "sampler", "eta", "steps", "guidance", "class", "samples", "tab", "generate", "grid");
    static final List<String> TABS = List.of("steps", "strip", "grid");

    private static final String VIEW = "reverse";

    static Set<String> names() {
        return new LinkedHashSet<>(NAMES);
    }

    /**
     * @param classNames the model's classes, or null while it is not known (then a class name is
     *                   checked when it is)
     * @param timesteps  the model's T, or 0 while it is not known
     * @throws IllegalArgumentException naming the first bad setting and the values it takes
     */
    static ReverseLesson read(Map<String, String> settings, ReverseForm form, List<String> classNames, int timesteps) {
        LinkSettings v = new LinkSettings(VIEW, settings, names());
        Map<String, SamplerSettings.Method> samplers = new LinkedHashMap<>();
        for (SamplerSettings.Method m : SamplerSettings.Method.values()) samplers.put(m.key(), m);
        Map<String, Integer> tabs = new LinkedHashMap<>();
        for (String t : TABS) tabs.put(t, tabs.size());
        String classText = v.text("class");
        if (classText != null) ReverseSettings.parseClass(classText, classNames);
        return new ReverseLesson(
                v.integer("seed", range(form.seed)),
                v.choice("sampler", samplers),
                v.number("eta", range(form.eta)),
                timesteps > 0 ? v.integer("steps", 1, timesteps) : v.integer("steps", range(form.steps)),
                v.number("guidance", range(form.guidance)),
                classText,
                v.integer("samples", range(form.count)),
                v.choice("tab", tabs),
                Boolean.TRUE.equals(v.bool("generate")),
                Boolean.TRUE.equals(v.bool("grid")));
    }

    /** Sets the form's fields; the class only when {@code classNames} (the model's) are known. */
    void setForm(ReverseForm form, List<String> classNames) {
        if (seed != null) form.seed.setValue(seed);
        if (sampler != null) form.sampler.setSelectedItem(sampler);
        if (eta != null) form.eta.setValue(eta);
        if (steps != null) form.steps.setValue(steps);
        if (guidance != null) form.guidance.setValue(guidance);
        if (samples != null) form.count.setValue(samples);
        if (classText != null && classNames != null) form.selectClass(ReverseSettings.parseClass(classText, classNames));
    }

    private static SpinnerNumberModel range(javax.swing.JSpinner spinner) {
        return (SpinnerNumberModel) spinner.getModel();
    }
}
