package io.genlab.eval.race;

import io.genlab.data.Tensor;

import java.util.ArrayList;
import java.util.List;

/** Races recorded by hand, as {@link LaneTimer} records them, for tests that need no model. */
public final class RecordedRaces {
    public static final long MS = 1_000_000;

    private RecordedRaces() {}

    /** {@code n} 8x8 grey pictures, picture i a ramp from {@code low} brightening with i. */
    public static Tensor pictures(int n, float low) {
        float[] x = new float[n * 64];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 64; p++) x[i * 64 + p] = Math.min(1f, low + (p % 8) * 0.1f + i * 0.05f);
        }
        return new Tensor(x, new int[]{n, 1, 8, 8});
    }

    /** A GAN lane: its one pass at 2 ms, returned at 2.1 ms. */
    public static LaneRecording gan(int n) {
        return new LaneRecording("dcgan-s", "gan", "one generator pass", 1,
                List.of(new LaneRecording.Moment(2 * MS, 1, pictures(n, -0.2f))),
                new LaneRecording.Moment(2 * MS + MS / 10, 1, pictures(n, 0.5f)), null);
    }

    /** A guided diffusion lane: step k (from 0) at 10 (k + 1) ms with 2 (k + 1) evaluations, returned 1 ms after the last. */
    public static LaneRecording diffusion(int n, int steps) {
        List<LaneRecording.Moment> frames = new ArrayList<>();
        for (int k = 0; k < steps; k++) frames.add(new LaneRecording.Moment(10 * (k + 1) * MS, 2 * (k + 1), pictures(n, -1f + k * 0.1f)));
        return new LaneRecording("unet-s", "diffusion", steps + " denoising steps", 2 * steps, frames,
                new LaneRecording.Moment((10L * steps + 1) * MS, 2 * steps, pictures(n, 0.2f)), null);
    }

    /** A lane whose folder is missing. */
    public static LaneRecording missing() {
        return LaneRecording.notRun("dit-s-fashion", "", "", "lessons/models/dit-s-fashion: run folder not found");
    }

    /** Every class of two, a missing lane, the GAN, and 5 guided steps of diffusion: the race ends at 51 ms. */
    public static RaceRecording race() {
        return new RaceRecording("Every class, seed 1 · diffusion: DDIM, 5 steps, guidance 3", List.of(diffusion(2, 5), missing(), gan(2)));
    }
}
