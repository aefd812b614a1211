package io.genlab.ui.text;

import io.genlab.text.Tokenizer;
import io.genlab.ui.shell.LinkSettings;

import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lesson link asks of the Text view, read and checked in full before anything changes;
 * null fields were not given. Everything but {@code run} is set at once; {@code run} generates as
 * soon as a text model is ready.
 *
 * @param prompt the prompt, at most {@link Tokenizer#MAX_TOKENS} words ("" is the empty prompt)
 * @param tab    {@link TextFigures#VECTORS_TAB} ("vectors") or {@link TextFigures#IMAGE_TAB} ("image")
 * @param run    generate
 */
record TextLesson(String prompt, Double guidance, Integer steps, Integer seed, Integer samples, Integer tab, boolean run) {
    static final List<String> NAMES = List.of("prompt", "guidance", "steps", "seed", "samples", "tab", "run");

    static Set<String> names() {
        return new LinkedHashSet<>(NAMES);
    }

    /** @throws IllegalArgumentException naming the first bad setting and the values it takes */
    static TextLesson read(Map<String, String> settings, TextForm form) {
        LinkSettings v = new LinkSettings("text", settings, NAMES);
        String prompt = v.text("prompt");
        if (prompt != null && Tokenizer.words(prompt).size() > Tokenizer.MAX_TOKENS) {
            throw LinkSettings.bad("prompt", "a prompt of at most " + Tokenizer.MAX_TOKENS + " words", prompt);
        }
        Map<String, Integer> tabs = new LinkedHashMap<>();
        tabs.put("vectors", TextFigures.VECTORS_TAB);
        tabs.put("image", TextFigures.IMAGE_TAB);
        return new TextLesson(prompt,
                v.number("guidance", range(form.guidance)),
                v.integer("steps", range(form.steps)),
                v.integer("seed", range(form.seed)),
                v.integer("samples", range(form.samples)),
                v.choice("tab", tabs),
                Boolean.TRUE.equals(v.bool("run")));
    }

    /** Sets the prompt and the form as the link asks. */
    void setForm(TextForm form, PromptPanel promptPanel) {
        if (prompt != null) promptPanel.setText(prompt);
        if (guidance != null) form.guidance.setValue(guidance);
        if (steps != null) form.steps.setValue(steps);
        if (seed != null) form.seed.setValue(seed);
        if (samples != null) form.samples.setValue(samples);
    }

    private static SpinnerNumberModel range(JSpinner spinner) {
        return (SpinnerNumberModel) spinner.getModel();
    }
}
