package io.genlab.ui.race;

import io.genlab.eval.race.RaceSettings;
import io.genlab.eval.race.ReplaySpeed;
import io.genlab.ui.shell.LinkSettings;

import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lesson link asks of the Race view, read and checked in full before anything changes; null
 * fields were not given.
 *
 * @param classChoice a class index or {@link RaceSettings#EVERY_CLASS} ("all")
 * @param run         start the race
 */
record RaceLesson(Integer seed, Integer classChoice, Integer steps, Double guidance, ReplaySpeed speed, boolean run) {
    static final List<String> NAMES = List.of("seed", "class", "steps", "guidance", "speed", "run");

    static Set<String> names() {
        return new LinkedHashSet<>(NAMES);
    }

    /**
     * @param classNames the lanes' classes (empty if no lane's model could be read)
     * @throws IllegalArgumentException naming the first bad setting and the values it takes
     */
    static RaceLesson read(Map<String, String> settings, RaceForm form, List<String> classNames) {
        LinkSettings v = new LinkSettings("race", settings, NAMES);
        Map<String, ReplaySpeed> speeds = new LinkedHashMap<>();
        for (ReplaySpeed s : ReplaySpeed.values()) speeds.put(s.key(), s);
        String classText = v.text("class");
        return new RaceLesson(
                v.integer("seed", range(form.seed)),
                classText == null ? null : RaceSettings.parseClass(classText, classNames),
                v.integer("steps", range(form.steps)),
                v.number("guidance", range(form.guidance)),
                v.choice("speed", speeds),
                Boolean.TRUE.equals(v.bool("run")));
    }

    /** Sets the form as the link asks. */
    void setForm(RaceForm form) {
        if (seed != null) form.seed.setValue(seed);
        if (classChoice != null) form.selectClass(classChoice);
        if (steps != null) form.steps.setValue(steps);
        if (guidance != null) form.guidance.setValue(guidance);
        if (speed != null) form.speed.setSelectedItem(speed);
    }

    private static SpinnerNumberModel range(JSpinner spinner) {
        return (SpinnerNumberModel) spinner.getModel();
    }
}
