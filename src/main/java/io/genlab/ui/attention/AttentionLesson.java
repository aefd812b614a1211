package io.genlab.ui.attention;

import io.genlab.diffusion.SamplerSettings;
import io.genlab.ui.shell.LinkSettings;
import io.genlab.ui.shell.Problems;
import io.genlab.ui.widgets.Choice;

import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * What a lesson link asks of the Attention view, read and checked in full before anything changes;
 * null fields were not given. The sampling fields are set at once; the class and the layer once the
 * model is known; the head, the query and the step once a generation has finished (the one the
 * link starts, or the one on screen).
 *
 * @param classText the class as the link names it (an index, a name or "none")
 * @param layerText the layer as the link names it (an index from 0 or a name such as "blocks.2.attn")
 * @param head      a head from 0, or {@link AttentionState#MEAN} ("mean")
 * @param query     a token from 0, or -1 for the attention each token receives ("received")
 * @param step      a denoising step from 1
 * @param tab       0 ("attention") or 1 ("tokens")
 */
record AttentionLesson(Integer seed, String classText, SamplerSettings.Method sampler, Integer steps, Double guidance,
                       String layerText, Integer head, Integer query, Integer step, AttentionState.Picture picture, Integer tab,
                       boolean generate) {
    static final List<String> NAMES = List.of("seed", "class", "sampler", "steps", "guidance", "layer", "head", "query", "step",
            "picture", "tab", "generate");
    static final List<String> TABS = List.of("attention", "tokens");
    /** Most heads and tokens a link may name before the model's are known. */
    private static final int MAX_HEADS = 64, MAX_TOKENS = 4096;

    static Set<String> names() {
        return new LinkedHashSet<>(NAMES);
    }

    /**
     * @param classNames the model's classes, or null while they are not known
     * @param layers     the model's attention layers, or null while they are not known
     * @throws IllegalArgumentException naming the first bad setting and the values it takes
     */
    static AttentionLesson read(Map<String, String> settings, AttentionForm form, List<String> classNames, List<String> layers) {
        LinkSettings v = new LinkSettings("attention", settings, NAMES);
        Map<String, SamplerSettings.Method> samplers = new LinkedHashMap<>();
        for (SamplerSettings.Method m : SamplerSettings.Method.values()) samplers.put(m.key(), m);
        Map<String, AttentionState.Picture> pictures = new LinkedHashMap<>();
        for (AttentionState.Picture p : AttentionState.Picture.values()) pictures.put(p.key(), p);
        Map<String, Integer> tabs = new LinkedHashMap<>();
        for (String t : TABS) tabs.put(t, tabs.size());
        String classText = v.text("class");
        if (classText != null && classText.isEmpty()) throw LinkSettings.bad("class", "a class index, a class name or none", classText);
        if (classText != null && classNames != null) AttentionSettings.parseClass(classText, classNames);
        String layerText = v.text("layer");
        if (layerText != null && (layerText.isEmpty() || layers != null)) parseLayer(layerText, layers == null ? List.of() : layers);
        return new AttentionLesson(
                v.integer("seed", range(form.seed)),
                classText,
                v.choice("sampler", samplers),
                v.integer("steps", range(form.steps)),
                v.number("guidance", range(form.guidance)),
                layerText,
                wholeOr(v, "head", "mean", AttentionState.MEAN, MAX_HEADS - 1),
                wholeOr(v, "query", "received", -1, MAX_TOKENS - 1),
                v.integer("step", 1, AttentionSettings.MAX_STEPS),
                v.choice("picture", pictures),
                v.choice("tab", tabs),
                Boolean.TRUE.equals(v.bool("generate")));
    }

    /** {@code wordValue} for {@code word} (any case), a whole number from 0 to {@code max}, or null if absent. */
    private static Integer wholeOr(LinkSettings v, String name, String word, int wordValue, int max) {
        String s = v.text(name);
        if (s == null) return null;
        if (s.equalsIgnoreCase(word)) return wordValue;
        if (s.matches("\\d{1,9}") && Integer.parseInt(s) <= max) return Integer.parseInt(s);
        throw LinkSettings.bad(name, word + " or a whole number from 0", s);
    }

    /** The layer a link names: its index from 0 or its name (any case). */
    static int parseLayer(String text, List<String> layers) {
        if (text.matches("\\d{1,9}") && Integer.parseInt(text) < layers.size()) return Integer.parseInt(text);
        for (int k = 0; k < layers.size(); k++) if (layers.get(k).equalsIgnoreCase(text)) return k;
        throw LinkSettings.bad("layer", layers.isEmpty() ? "a layer index from 0 or a layer name"
                : "a layer index 0.." + (layers.size() - 1) + " or a layer name (" + String.join(", ", layers) + ")", text);
    }

    /** Sets what needs nothing loaded: seed, sampler, steps, guidance, the picture. */
    void setForm(AttentionForm form) {
        if (seed != null) form.seed.setValue(seed);
        if (sampler != null) form.sampler.setSelectedItem(sampler);
        if (steps != null) form.steps.setValue(steps);
        if (guidance != null) form.guidance.setValue(guidance);
        if (picture != null) form.noisy.setSelected(picture == AttentionState.Picture.XT);
    }

    /** Chooses the class and the layer among the model's; a bad one is reported. */
    void setModelChoices(AttentionForm form, List<String> classNames, List<String> layers, Problems problems) {
        try {
            if (classText != null) Choice.select(form.classes, AttentionSettings.parseClass(classText, classNames));
            if (layerText != null) Choice.select(form.layer, parseLayer(layerText, layers));
        } catch (IllegalArgumentException e) {
            problems.report("The lesson's setting", e);
        }
    }

    /** What waits for a finished generation: the head, the query and the step; null if none of them was given. */
    AttentionLesson afterGeneration() {
        if (head == null && query == null && step == null) return null;
        return new AttentionLesson(null, null, null, null, null, null, head, query, step, null, null, false);
    }

    /**
     * Chooses the head, the query and the step among those of the generation shown; one out of range
     * is reported.
     *
     * @param steps how many steps the generation has
     */
    void setTraceChoices(AttentionForm form, AttentionState state, int steps, IntConsumer showStep, Problems problems) {
        try {
            if (head != null && !Choice.select(form.head, head)) {
                throw LinkSettings.bad("head", "mean or a head 0.." + (state.heads() - 1), Integer.toString(head));
            }
            if (query != null && query >= state.tokens()) {
                throw LinkSettings.bad("query", "received or a token 0.." + (state.tokens() - 1), Integer.toString(query));
            }
            if (query != null) form.query.setSelectedItem(query < 0 ? AttentionState.Query.RECEIVED : AttentionState.Query.CLICKED);
            if (query != null && query >= 0) state.setQuery(query);
            if (step != null && step > steps) throw LinkSettings.bad("step", "a step 1.." + steps, Integer.toString(step));
            if (step != null) showStep.accept(step - 1);
        } catch (IllegalArgumentException e) {
            problems.report("The lesson's setting", e);
        }
    }

    private static SpinnerNumberModel range(JSpinner spinner) {
        return (SpinnerNumberModel) spinner.getModel();
    }
}
