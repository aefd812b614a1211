package io.genlab.diffusion;

import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.diffusion.schedule.Prediction;

/**
 * The schedule seen by a sampler that visits only some timesteps (Nichol and Dhariwal 2021,
 * appendix: respacing): alpha-bar at each visited timestep and at the one after it.
 */
final class Respacing {
    private Respacing() {}

    /** alpha-bar at each visited timestep. */
    static double[] alphaBarAt(NoiseSchedule schedule, int[] ts) {
        double[] a = new double[ts.length];
        for (int i = 0; i < ts.length; i++) a[i] = schedule.alphaBar(ts[i]);
        return a;
    }

    /** alpha-bar at the timestep after each step: the next visited one, and 1 after the last. */
    static double[] alphaBarPrevAt(NoiseSchedule schedule, int[] ts) {
        double[] a = new double[ts.length];
        for (int i = 0; i < ts.length; i++) a[i] = i + 1 < ts.length ? schedule.alphaBar(ts[i + 1]) : 1.0;
        return a;
    }

    /** Checks the step index and the lengths of a step's inputs. */
    static void checkStep(Sampler s, int i, float[] xt, Prediction p) {
        if (i < 0 || i >= s.steps()) throw new IllegalArgumentException("step " + i + " is outside 0.." + (s.steps() - 1));
        if (p.x0().length != xt.length) {
            throw new IllegalArgumentException("prediction has " + p.x0().length + " values, x_t has " + xt.length);
        }
    }
}
