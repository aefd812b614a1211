package io.genlab.gan;

import io.genlab.nn.Net;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * The two networks of a GAN as graph recipes: what {@link GanModel} builds into its graphs. The
 * generator's variables are named {@code G.*}, the discriminator's {@code D.*}.
 */
interface GanNetworks {

    /** Dimensions of the noise z. */
    int noise();

    /** Creates the generator's variables in {@code net}. */
    Generator generator(Net net);

    /** Creates the discriminator's variables in {@code net}; it can be applied more than once. */
    Discriminator discriminator(Net net);

    interface Generator {
        /** z [B, noise] and one-hot classes [B, K] -> examples [B, ...] */
        SDVariable apply(SDVariable z, SDVariable oneHot);
    }

    interface Discriminator {
        /** examples [B, ...] and one-hot classes [B, K] -> logits [B, 1], "real" above 0 */
        SDVariable apply(SDVariable x, SDVariable oneHot);
    }
}
