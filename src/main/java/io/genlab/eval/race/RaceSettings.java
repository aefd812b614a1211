package io.genlab.eval.race;

import io.genlab.diffusion.SamplerSettings;
import io.genlab.train.GenerationRequest;

import java.util.List;
import java.util.Map;

/**
 * What every lane of a race draws: the same classes from the same seed. The diffusion lanes sample
 * with DDIM, eta 0, as {@code genlab eval} and the compare specs do, with the steps and guidance
 * given here; the other families take no sampling settings. Each model checks the request itself
 * (a class it does not have, more steps than its T), so its message reaches the lane unchanged.
 *
 * @param classChoice a class index, or {@link #EVERY_CLASS} (one picture of each class)
 */
public record RaceSettings(long seed, int classChoice, int steps, double guidance) {
    public static final int EVERY_CLASS = -1;
    /** Most DDIM steps: the shipped models' T. */
    public static final int MAX_STEPS = 1000;

    public RaceSettings {
        if (classChoice < EVERY_CLASS) throw new IllegalArgumentException("no class " + classChoice);
        if (steps < 1 || steps > MAX_STEPS) throw new IllegalArgumentException("steps must be 1 to " + MAX_STEPS + ", got " + steps);
        if (!(guidance >= 0) || Double.isInfinite(guidance)) throw new IllegalArgumentException("guidance must be a number >= 0, got " + guidance);
    }

    /**
     * The request for one lane's model.
     *
     * @param diffusion  whether the model is a diffusion model (it gets the sampler settings)
     * @param numClasses how many classes the model has (every class: one picture of each)
     */
    public GenerationRequest request(boolean diffusion, int numClasses) {
        int[] labels = classChoice == EVERY_CLASS ? new int[numClasses] : new int[]{classChoice};
        for (int k = 0; classChoice == EVERY_CLASS && k < numClasses; k++) labels[k] = k;
        Map<String, String> options = !diffusion ? Map.of() : Map.of(
                SamplerSettings.SAMPLER, SamplerSettings.Method.DDIM.key(),
                SamplerSettings.STEPS, Integer.toString(steps),
                SamplerSettings.ETA, "0",
                SamplerSettings.GUIDANCE, Double.toString(guidance));
        return new GenerationRequest(labels.length, labels, seed, options);
    }

    /** How many pictures a lane draws for a model of {@code numClasses} classes (at least 1). */
    public int pictures(int numClasses) {
        return classChoice == EVERY_CLASS ? Math.max(1, numClasses) : 1;
    }

    /** E.g. "Every class, seed 1 · diffusion: DDIM, 50 steps, guidance 3". */
    public String describe(List<String> classNames) {
        String classes = classChoice == EVERY_CLASS ? "Every class"
                : classChoice < classNames.size() ? classNames.get(classChoice) : "class " + classChoice;
        return classes + ", seed " + seed + " · diffusion: DDIM, " + steps + (steps == 1 ? " step" : " steps") + ", guidance "
                + RaceTexts.number(guidance);
    }

    /**
     * The class a lesson link or the command line names: "all", a class index or a class name (any case).
     *
     * @param classNames the models' classes
     * @throws IllegalArgumentException "class must be ..., got ...": the values it takes
     */
    public static int parseClass(String text, List<String> classNames) {
        String v = text.strip();
        if (v.equalsIgnoreCase("all")) return EVERY_CLASS;
        if (v.matches("\\d{1,9}") && Integer.parseInt(v) < classNames.size()) return Integer.parseInt(v);
        for (int k = 0; k < classNames.size(); k++) {
            if (classNames.get(k).equalsIgnoreCase(v)) return k;
        }
        String takes = classNames.isEmpty() ? "all (no lane's model could be read)"
                : "all, a class index 0.." + (classNames.size() - 1) + " or a class name (" + String.join(", ", classNames) + ")";
        throw new IllegalArgumentException("class must be " + takes + ", got \"" + text + "\"");
    }
}
