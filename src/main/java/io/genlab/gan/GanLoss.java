package io.genlab.gan;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The losses a GAN can train with, each on the discriminator's logits: the discriminator's
 * (real pushed one way, fake the other) and the generator's (its fakes pushed towards "real").
 */
public enum GanLoss {
    /** Goodfellow et al. 2014's discriminator cross-entropy; the generator maximises log D(fake) (the non-saturating trick). */
    NS("ns"),
    /**
     * The original minimax game: the generator minimises log(1 - D(fake)). Its gradient vanishes
     * when the discriminator confidently rejects the fakes, which is why NS exists; kept to show it.
     */
    MINIMAX("minimax"),
    /** Least squares (Mao et al. 2017): real towards 1, fake towards 0; the generator pulls fake towards 1. */
    LSGAN("lsgan"),
    /** Hinge (Lim &amp; Ye 2017, as in SAGAN and BigGAN): margins of 1 for the discriminator; the generator raises the logit. */
    HINGE("hinge");

    private final String key;

    GanLoss(String key) { this.key = key; }

    public String key() { return key; }

    static GanLoss forKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown GAN loss '" + key + "'; losses: " + keys()));
    }

    static Set<String> keys() {
        return Arrays.stream(values()).map(GanLoss::key).collect(Collectors.toSet());
    }

    /** The discriminator's loss, averaged over the batch, from its logits on real [B, 1] and fake [B, 1] examples. */
    SDVariable discriminator(SameDiff sd, SDVariable real, SDVariable fake) {
        return switch (this) {
            case NS, MINIMAX -> sd.nn.softplus(real.neg()).mean().add(sd.nn.softplus(fake).mean());   // -log sigmoid(r) - log(1 - sigmoid(f))
            case LSGAN -> sd.math.square(real.sub(1)).mean().add(sd.math.square(fake).mean()).mul(0.5);
            case HINGE -> sd.nn.relu(real.rsub(1), 0).mean().add(sd.nn.relu(fake.add(1), 0).mean());
        };
    }

    /**
     * How strongly the generator's loss pulls a fake with discriminator logit {@code f}: the
     * derivative of its per-example loss with respect to f, negated (the loss falls as f rises).
     */
    double pull(double f) {
        return switch (this) {
            case NS -> 1 / (1 + Math.exp(f));                 // sigmoid(-f)
            case MINIMAX -> 1 / (1 + Math.exp(-f));           // sigmoid(f): vanishes for confidently rejected fakes
            case LSGAN -> 1 - f;
            case HINGE -> 1;
        };
    }

    /** The generator's loss, averaged over the batch, from the discriminator's logits on its fakes [B, 1]. */
    SDVariable generator(SameDiff sd, SDVariable fake) {
        return switch (this) {
            case NS -> sd.nn.softplus(fake.neg()).mean();                                        // -log sigmoid(f)
            case MINIMAX -> sd.nn.softplus(fake).mean().neg();                                    // log(1 - sigmoid(f))
            case LSGAN -> sd.math.square(fake.sub(1)).mean().mul(0.5);
            case HINGE -> fake.mean().neg();
        };
    }
}
