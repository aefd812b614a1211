package io.genlab.diffusion;

import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.diffusion.schedule.Objective;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to run the reverse process — which sampler, how many steps, how much guidance; an
 * immutable config, not the sampler itself (see {@link Sampler#create}).
 *
 * @param sampler       DDPM (ancestral) or DDIM
 * @param steps         number of denoiser evaluations, 1..T; default T for DDPM, 50 for DDIM
 *                      (at most T)
 * @param eta           DDIM stochasticity in [0, 1]: 0 deterministic (default), 1 like DDPM; must be
 *                      0 for DDPM
 * @param guidanceScale classifier-free guidance scale w >= 0: eps = eps_null + w (eps_cond - eps_null);
 *                      1 (default) is the plain conditional model, 0 the unconditional one
 * @param spacing       which timesteps are visited (default {@link TimestepSpacing#LINSPACE}, as the
 *                      PyTorch twin)
 * @param clipX0        clip the predicted x0 to [-1, 1] and recompute eps from it (default true)
 * @param objective     what the denoiser outputs; a property of the trained model (default eps),
 *                      set by the model with {@link #withObjective}, not an option
 */
public record SamplerSettings(Method sampler, int steps, double eta, double guidanceScale,
                              TimestepSpacing spacing, boolean clipX0, Objective objective) {

    /** The two samplers, by option value. */
    public enum Method {
        DDPM("ddpm"), DDIM("ddim");

        private final String key;

        Method(String key) { this.key = key; }

        public String key() { return key; }

        public static Method forKey(String key) {
            for (Method m : values()) {
                if (m.key.equals(key == null ? null : key.trim().toLowerCase(Locale.ROOT))) return m;
            }
            throw new IllegalArgumentException("sampler must be \"ddpm\" or \"ddim\", got \"" + key + "\"");
        }
    }

    public static final String SAMPLER = "sampler";
    public static final String STEPS = "steps";
    public static final String ETA = "eta";
    public static final String GUIDANCE = "guidance";
    public static final String SPACING = "spacing";
    public static final String CLIP_X0 = "clip-x0";
    /** The option keys {@link #parse} accepts; any other key is an error. */
    public static final Set<String> KEYS = Set.of(SAMPLER, STEPS, ETA, GUIDANCE, SPACING, CLIP_X0);

    public static final int DEFAULT_DDIM_STEPS = 50;

    public SamplerSettings {
        if (sampler == null || spacing == null || objective == null) {
            throw new IllegalArgumentException("sampler, spacing and objective must be given");
        }
        if (steps < 1) throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        if (!(eta >= 0 && eta <= 1)) throw new IllegalArgumentException("eta must be in [0, 1], got " + eta);
        if (sampler == Method.DDPM && eta != 0) {
            throw new IllegalArgumentException("eta applies to the ddim sampler only; ddpm got eta=" + eta);
        }
        if (!(guidanceScale >= 0) || Double.isInfinite(guidanceScale)) {
            throw new IllegalArgumentException("guidance must be a finite number >= 0, got " + guidanceScale);
        }
    }

    /** DDIM, min(50, T) steps, eta 0, no guidance, linspace, clipping on, eps objective. */
    public static SamplerSettings defaults(NoiseSchedule schedule) {
        return new SamplerSettings(Method.DDIM, Math.min(DEFAULT_DDIM_STEPS, schedule.numTimesteps()), 0, 1,
                TimestepSpacing.LINSPACE, true, Objective.EPS);
    }

    /**
     * Settings from string options such as {@code steps=50, guidance=3}, strictly: keys are
     * {@code sampler} (ddpm|ddim), {@code steps} (1..T), {@code eta} (0..1, ddim only),
     * {@code guidance} (>= 0), {@code spacing} (linspace|leading|trailing), {@code clip-x0}
     * (true|false). Unknown keys, values of the wrong type and values out of range are
     * {@link IllegalArgumentException}s naming the key and the valid range.
     */
    public static SamplerSettings parse(Map<String, String> options, NoiseSchedule schedule) {
        int T = schedule.numTimesteps();
        Map<String, String> o = new LinkedHashMap<>(options);
        for (String key : o.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown sampling option \"" + key + "\"; known: "
                        + "sampler, steps, eta, guidance, spacing, clip-x0");
            }
        }
        Method method = o.containsKey(SAMPLER) ? Method.forKey(o.get(SAMPLER)) : Method.DDIM;
        int defaultSteps = method == Method.DDPM ? T : Math.min(DEFAULT_DDIM_STEPS, T);
        int steps = o.containsKey(STEPS) ? parseInt(STEPS, o.get(STEPS), "an integer in 1.." + T) : defaultSteps;
        if (steps < 1 || steps > T) {
            throw new IllegalArgumentException("steps must be an integer in 1.." + T + " (the schedule's T), got " + steps);
        }
        double eta = o.containsKey(ETA) ? parseDouble(ETA, o.get(ETA), "a number in [0, 1]") : 0;
        if (!(eta >= 0 && eta <= 1)) throw new IllegalArgumentException("eta must be a number in [0, 1], got " + o.get(ETA));
        if (method == Method.DDPM && o.containsKey(ETA)) {
            throw new IllegalArgumentException("eta applies to sampler=ddim only; remove it or use sampler=ddim");
        }
        double guidance = o.containsKey(GUIDANCE) ? parseDouble(GUIDANCE, o.get(GUIDANCE), "a number >= 0") : 1;
        if (!(guidance >= 0) || Double.isInfinite(guidance)) {
            throw new IllegalArgumentException("guidance must be a finite number >= 0 (1 = no guidance), got " + o.get(GUIDANCE));
        }
        TimestepSpacing spacing = o.containsKey(SPACING) ? TimestepSpacing.forKey(o.get(SPACING)) : TimestepSpacing.LINSPACE;
        boolean clip = !o.containsKey(CLIP_X0) || parseBoolean(CLIP_X0, o.get(CLIP_X0));
        return new SamplerSettings(method, steps, eta, guidance, spacing, clip, Objective.EPS);
    }

    /** The same settings for a model trained with another objective. */
    public SamplerSettings withObjective(Objective newObjective) {
        return new SamplerSettings(sampler, steps, eta, guidanceScale, spacing, clipX0, newObjective);
    }

    /** The same settings with another guidance scale. */
    public SamplerSettings withGuidanceScale(double scale) {
        return new SamplerSettings(sampler, steps, eta, scale, spacing, clipX0, objective);
    }

    /** True when the scale is 1: one conditional pass per step, no null-class pass. */
    public boolean unguided() { return guidanceScale == 1.0; }

    private static int parseInt(String key, String value, String range) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(key + " must be " + range + ", got \"" + value + "\"");
        }
    }

    private static double parseDouble(String key, String value, String range) {
        try {
            double d = Double.parseDouble(value.trim());
            if (Double.isNaN(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(key + " must be " + range + ", got \"" + value + "\"");
        }
    }

    private static boolean parseBoolean(String key, String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw new IllegalArgumentException(key + " must be true or false, got \"" + value + "\"");
    }
}
