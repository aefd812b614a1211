package io.genlab.ui.forward;

import io.genlab.diffusion.StripTimesteps;
import io.genlab.ui.shell.LinkSettings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lesson link asks of the forward-process view, read and checked in full before anything
 * changes; null fields were not given. The ranges are the controls' own.
 *
 * @param choice    the image source to choose: a dataset spec or {@link ForwardSource#DRAW}
 * @param index     the image of the dataset
 * @param schedule  "linear" or "cosine"
 * @param timesteps T
 * @param strip     the strip's timesteps
 * @param play      true to start moving t, false to stop it
 */
record ForwardLesson(String choice, Integer index, String schedule, Integer timesteps, Integer t, Long seed,
                     int[] strip, Boolean play) {
    static final List<String> NAMES = List.of("dataset", "index", "schedule", "timesteps", "t", "seed", "strip", "play");

    /** The lesson link's word for the drawing pad. */
    private static final String DRAW = "draw";
    private static final String VIEW = "forward";

    static Set<String> names() {
        return new LinkedHashSet<>(NAMES);
    }

    /**
     * Reads a link's settings, checked against the source's datasets and the controls' ranges.
     *
     * @throws IllegalArgumentException naming the first bad setting and the values it takes
     */
    static ForwardLesson read(Map<String, String> values, ForwardSource source, ForwardControls controls) {
        LinkSettings link = new LinkSettings(VIEW, values, NAMES);
        List<String> sources = new ArrayList<>(source.datasets());
        sources.add(DRAW);
        String dataset = link.choice("dataset", sources);
        boolean draw = dataset == null ? source.drawing() : dataset.equals(DRAW);
        Integer index = link.integer("index", 0, Integer.MAX_VALUE);
        if (index != null && draw) throw new IllegalArgumentException("index picks an image of a dataset; a drawing has none");
        int size = dataset == null || draw ? -1 : source.size(dataset);
        if (index != null && size > 0 && index >= size) throw LinkSettings.bad("index", "from 0 to " + (size - 1), values.get("index"));
        String scheduleName = link.choice("schedule", List.of("linear", "cosine"));
        Integer T = link.integer("timesteps", controls.minTimesteps(), controls.maxTimesteps());
        int steps = T != null ? T : controls.timesteps();
        Integer t = link.integer("t", 0, steps - 1);
        Long seed = link.wholeNumber("seed", 0, Integer.MAX_VALUE);
        int[] stripSteps = null;
        if (link.has("strip")) {
            try {
                stripSteps = StripTimesteps.parse(values.get("strip"), steps);
            } catch (IllegalArgumentException e) {
                throw LinkSettings.bad("strip", "timesteps from 0 to " + (steps - 1) + " separated by commas ("
                        + e.getMessage() + ")", values.get("strip"));
            }
        }
        Boolean play = link.bool("play");
        return new ForwardLesson(draw && dataset != null ? ForwardSource.DRAW : dataset, index, scheduleName, T, t, seed,
                stripSteps, play);
    }

    /** Chooses the image and sets the controls as the link asks. */
    void apply(ForwardSource source, ForwardControls controls) {
        if (choice != null || index != null) source.select(choice, index);
        if (schedule != null) controls.setSchedule(schedule);
        if (timesteps != null) controls.setTimesteps(timesteps);
        if (seed != null) controls.setSeed(seed.intValue());
        if (strip != null) controls.setStrip(strip);
        if (t != null) controls.setT(t);
        if (play != null) controls.setPlaying(play);
    }
}
