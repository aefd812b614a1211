package io.genlab.diffusion;

import io.genlab.diffusion.schedule.NoiseSchedule;
import io.genlab.diffusion.schedule.Objective;
import io.genlab.nn.Options;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The training and sampling settings of a diffusion model, read strictly from its options.
 *
 * @param learningRate     Adam step size, option "lr"
 * @param schedule         "linear" (DDPM) or "cosine" (improved DDPM), option "schedule"
 * @param timesteps        T, option "timesteps"
 * @param objective        what the network predicts: "eps", "x0" or "v", option "objective"
 * @param labelDropout     probability of training a step's label as the null class, option
 *                         "labelDropout"; this is what makes classifier-free guidance possible
 * @param emaDecay         decay of the weights' exponential moving average used for sampling, option "emaDecay"
 * @param guidance         default guidance scale when sampling, option "guidance"
 */
public record DiffusionConfig(double learningRate, String schedule, int timesteps, Objective objective,
                              double labelDropout, double emaDecay, double guidance) {
    static final Set<String> KEYS = Set.of("lr", "schedule", "timesteps", "objective", "labelDropout", "emaDecay", "guidance");

    /** Reads options over the given defaults; unknown keys and bad values are errors naming the key. */
    public static DiffusionConfig parse(String model, Map<String, Object> options, DiffusionConfig defaults) {
        Options o = new Options(model, options, KEYS);
        return new DiffusionConfig(
                o.positive("lr", defaults.learningRate),
                o.choice("schedule", defaults.schedule, Set.of("linear", "cosine")),
                o.integer("timesteps", defaults.timesteps, 2, 10_000),
                Objective.forKey(o.choice("objective", defaults.objective.key(), Set.of("eps", "x0", "v"))),
                o.inRange("labelDropout", defaults.labelDropout, 0, 1),
                o.inRange("emaDecay", defaults.emaDecay, 0, 1),
                o.inRange("guidance", defaults.guidance, 0, 100));
    }

    /**
     * The diffusion settings of a model whose network has options of its own ({@code networkKeys},
     * such as a width): every key must be one or the other, and the network's are read from
     * {@link WithNetwork#network()}.
     */
    public static WithNetwork parse(String model, Map<String, Object> options, DiffusionConfig defaults, Set<String> networkKeys) {
        Set<String> keys = new HashSet<>(KEYS);
        keys.addAll(networkKeys);
        Options network = new Options(model, options, keys);
        Map<String, Object> diffusion = new LinkedHashMap<>(options);
        diffusion.keySet().removeAll(networkKeys);
        return new WithNetwork(parse(model, diffusion, defaults), network);
    }

    /** @param network a strict reader of all the model's options, for the network's own */
    public record WithNetwork(DiffusionConfig config, Options network) {}

    NoiseSchedule noiseSchedule() {
        return NoiseSchedule.forName(schedule, timesteps);
    }
}
