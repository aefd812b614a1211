package io.genlab.diffusion;

import java.util.Locale;

/**
 * Which of the T training timesteps a sampler with fewer steps visits; a rule, not a sampler.
 * All three return {@code steps} distinct timesteps in decreasing order.
 *
 * <ul>
 *   <li>{@code linspace}: {@code linspace(T-1, 0, steps)} truncated to integers, exactly as the
 *       PyTorch twin's {@code torch.linspace(T - 1, 0, steps).long()}; starts at T-1, ends at 0.
 *       T=1000, 50 steps: 999, 978, 958, 937, ..., 20, 0.</li>
 *   <li>{@code leading}: diffusers' "leading": multiples of {@code T / steps} (integer division)
 *       from 0, reversed. T=1000, 50 steps: 980, 960, ..., 20, 0 (never visits T-1).</li>
 *   <li>{@code trailing}: diffusers' "trailing" (Lin et al. 2024):
 *       {@code round(arange(T, 0, -T/steps)) - 1}. T=1000, 50 steps: 999, 979, ..., 39, 19
 *       (starts at the pure-noise end, never visits 0).</li>
 * </ul>
 */
public enum TimestepSpacing {
    LINSPACE("linspace"), LEADING("leading"), TRAILING("trailing");

    private final String key;

    TimestepSpacing(String key) { this.key = key; }

    /** The option value: "linspace", "leading" or "trailing". */
    public String key() { return key; }

    /** The timesteps visited by a sampler of {@code steps} steps over {@code T} timesteps, decreasing. */
    public int[] timesteps(int T, int steps) {
        if (steps < 1 || steps > T) {
            throw new IllegalArgumentException("steps must be in 1.." + T + ", got " + steps);
        }
        int[] ts = new int[steps];
        for (int i = 0; i < steps; i++) {
            ts[i] = switch (this) {
                // exact integer floor of (T-1) * (steps-1-i) / (steps-1)
                case LINSPACE -> steps == 1 ? T - 1 : (int) ((long) (T - 1) * (steps - 1 - i) / (steps - 1));
                case LEADING -> (steps - 1 - i) * (T / steps);
                case TRAILING -> (int) Math.rint(T - i * ((double) T / steps)) - 1;
            };
        }
        for (int i = 1; i < steps; i++) {
            if (ts[i] >= ts[i - 1]) throw new IllegalStateException(key + " spacing gave repeated timestep " + ts[i]);
        }
        return ts;
    }

    /** "linspace", "leading" or "trailing" (case-insensitive). */
    public static TimestepSpacing forKey(String key) {
        for (TimestepSpacing s : values()) {
            if (s.key.equals(key == null ? null : key.trim().toLowerCase(Locale.ROOT))) return s;
        }
        throw new IllegalArgumentException("unknown timestep spacing \"" + key + "\"; use linspace, leading or trailing");
    }
}
