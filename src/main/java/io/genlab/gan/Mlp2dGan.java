package io.genlab.gan;

import io.genlab.nn.Linear;
import io.genlab.nn.Net;
import org.nd4j.autodiff.samediff.SDVariable;

import java.util.ArrayList;
import java.util.List;

/**
 * The networks of the 2D GAN playground: a generator MLP from noise to a point (ReLU) and a
 * discriminator MLP from a point to a logit (LeakyReLU 0.2), as small as GAN Lab's, so a class
 * can watch them compete in seconds. They ignore the class: the Toy2D sets have one.
 */
final class Mlp2dGan implements GanNetworks {
    private final int noise, layers, width;

    /**
     * @param noise  dimensions of z
     * @param layers hidden layers of each network
     * @param width  units per hidden layer
     */
    Mlp2dGan(int noise, int layers, int width) {
        this.noise = noise;
        this.layers = layers;
        this.width = width;
    }

    @Override public int noise() { return noise; }

    @Override
    public Generator generator(Net net) {
        List<Linear> hidden = hidden(net, "G", noise);
        Linear out = new Linear(net, "G.out", width, 2);
        return (z, oneHot) -> {
            SDVariable h = z;                                                               // [B, noise]
            for (Linear l : hidden) h = net.sd().nn.relu(l.apply(h), 0);                    // [B, width]
            return out.apply(h);                                                            // [B, 2]
        };
    }

    @Override
    public Discriminator discriminator(Net net) {
        List<Linear> hidden = hidden(net, "D", 2);
        Linear out = new Linear(net, "D.out", width, 1);
        return (x, oneHot) -> {
            SDVariable h = x;                                                               // [B, 2]
            for (Linear l : hidden) h = net.sd().nn.leakyRelu(l.apply(h), 0.2);             // [B, width]
            return out.apply(h);                                                            // [B, 1]
        };
    }

    private List<Linear> hidden(Net net, String prefix, int in) {
        List<Linear> out = new ArrayList<>();
        for (int i = 0; i < layers; i++) out.add(new Linear(net, prefix + ".fc" + i, i == 0 ? in : width, width));
        return out;
    }
}
