package io.genlab.gan;

import io.genlab.nn.Options;

import java.util.Map;
import java.util.Set;

/**
 * How a GAN trains, from its options (unknown keys and bad values are errors naming the key).
 *
 * @param learningRate Adam's step size for the generator, option "lr" (default 2e-4)
 * @param learningRateD Adam's step size for the discriminator, option "lrD" (default: the generator's)
 * @param beta1        Adam's first-moment decay, option "beta1" (default 0.5, as DCGAN)
 * @param loss         option "loss": "ns" (non-saturating, the default), "lsgan" (least squares) or "hinge"
 * @param dSteps       discriminator updates per generator update, option "k" (default 1)
 */
public record GanConfig(double learningRate, double learningRateD, double beta1, GanLoss loss, int dSteps) {
    static final Set<String> KEYS = Set.of("lr", "lrD", "beta1", "loss", "k");

    static GanConfig parse(String model, Map<String, Object> options, GanConfig defaults) {
        Options o = new Options(model, options, KEYS);
        double lr = o.positive("lr", defaults.learningRate);
        return new GanConfig(lr, o.positive("lrD", options.containsKey("lr") ? lr : defaults.learningRateD),
                o.inRange("beta1", defaults.beta1, 0, 0.999),
                GanLoss.forKey(o.choice("loss", defaults.loss.key(), GanLoss.keys())),
                o.integer("k", defaults.dSteps, 1, 10));
    }
}
