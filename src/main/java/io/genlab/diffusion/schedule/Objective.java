package io.genlab.diffusion.schedule;

import java.util.Locale;

/**
 * What a denoiser is trained to output — the noise, the clean sample, or the velocity — and
 * how to turn that output back into (eps, x0); the conversion, not the network.
 */
public enum Objective {
    /** The network predicts the noise eps (Ho et al. 2020, eq. 14). */
    EPS("eps") {
        @Override
        public Prediction predict(NoiseSchedule s, float[] output, float[] xt, int[] t) {
            return new Prediction(output.clone(), s.predictStartFromNoise(xt, t, output));
        }

        @Override
        public float[] target(NoiseSchedule s, float[] x0, float[] noise, int[] t) { return noise.clone(); }
    },
    /** The network predicts the clean sample x0. */
    X0("x0") {
        @Override
        public Prediction predict(NoiseSchedule s, float[] output, float[] xt, int[] t) {
            return new Prediction(s.predictNoiseFromStart(xt, t, output), output.clone());
        }

        @Override
        public float[] target(NoiseSchedule s, float[] x0, float[] noise, int[] t) { return x0.clone(); }
    },
    /** The network predicts the velocity v = sqrt(abar) eps - sqrt(1 - abar) x0 (Salimans and Ho 2022). */
    V("v") {
        @Override
        public Prediction predict(NoiseSchedule s, float[] output, float[] xt, int[] t) {
            return new Prediction(s.predictNoiseFromVelocity(xt, t, output), s.predictStartFromVelocity(xt, t, output));
        }

        @Override
        public float[] target(NoiseSchedule s, float[] x0, float[] noise, int[] t) { return s.velocity(x0, noise, t); }
    };

    private final String key;

    Objective(String key) { this.key = key; }

    /** The name used in configs and options: "eps", "x0" or "v". */
    public String key() { return key; }

    /** The model output at (x_t, t) as predicted noise and predicted clean sample. */
    public abstract Prediction predict(NoiseSchedule schedule, float[] output, float[] xt, int[] t);

    /** What the network should output for x_t = qSample(x0, noise, t): its regression target. */
    public abstract float[] target(NoiseSchedule schedule, float[] x0, float[] noise, int[] t);

    /** "eps", "x0" or "v" (case-insensitive). */
    public static Objective forKey(String key) {
        for (Objective o : values()) {
            if (o.key.equals(key == null ? null : key.trim().toLowerCase(Locale.ROOT))) return o;
        }
        throw new IllegalArgumentException("unknown objective \"" + key + "\"; use \"eps\", \"x0\" or \"v\"");
    }
}
