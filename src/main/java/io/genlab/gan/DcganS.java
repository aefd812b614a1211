package io.genlab.gan;

import io.genlab.nn.Activations;
import io.genlab.nn.Conv2d;
import io.genlab.nn.ConvTranspose2d;
import io.genlab.nn.GroupNorm;
import io.genlab.nn.Linear;
import io.genlab.nn.Net;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * dcgan-s, the reference conditional GAN of REFERENCE_MODELS.md (G 602,945 + D 148,465 =
 * 751,410 parameters at 28x28x1): a generator that draws an image from noise and a class, and a
 * discriminator that gives an image and a class a logit, "real" above 0. Graph recipes, not a
 * model: {@link GanModel} builds them into its graphs and trains them against each other.
 */
final class DcganS implements GanNetworks {
    /** Noise dimensions of z. */
    static final int Z = 64;
    private final int channels, height, width, classes;

    DcganS(int channels, int height, int width, int classes) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.classes = classes;
    }

    @Override public int noise() { return Z; }

    @Override
    public GanNetworks.Generator generator(Net net) {
        return new Generator(net, channels, height, width, classes);
    }

    @Override
    public GanNetworks.Discriminator discriminator(Net net) {
        return new Discriminator(net, channels, height, width, classes);
    }

    /**
     * The generator: concat(z, one-hot class) -> Linear -> 128 @ H/4 -> GroupNorm(8), ReLU ->
     * ConvTranspose 4x4 s2 (128->64) -> GroupNorm(8), ReLU -> ConvTranspose 4x4 s2 (64->C) -> tanh.
     */
    static final class Generator implements GanNetworks.Generator {
        private final Net net;
        private final int h4, w4;
        private final Linear fc;
        private final GroupNorm norm1, norm2;
        private final ConvTranspose2d up1, up2;

        Generator(Net net, int channels, int height, int width, int classes) {
            this.net = net;
            this.h4 = height / 4;
            this.w4 = width / 4;
            fc = new Linear(net, "G.fc", Z + classes, 128 * h4 * w4);
            norm1 = new GroupNorm(net, "G.norm1", 8, 128);
            up1 = new ConvTranspose2d(net, "G.up1", 128, 64, 4, 2, 1);
            norm2 = new GroupNorm(net, "G.norm2", 8, 64);
            up2 = new ConvTranspose2d(net, "G.up2", 64, channels, 4, 2, 1);
        }

        /** z [B, 64] and one-hot classes [B, K] -> images [B, C, H, W] in (-1, 1) */
        @Override
        public SDVariable apply(SDVariable z, SDVariable oneHot) {
            SameDiff sd = net.sd();
            SDVariable h = fc.apply(sd.concat(1, z, oneHot));                                // [B, 128*H/4*W/4]
            h = sd.reshape(h, net.shapeOf(h, new int[]{0}, 128, h4, w4));                  // [B, 128, H/4, W/4]
            h = up1.apply(Activations.relu(norm1.apply(h)));                                 // [B, 64, H/2, W/2]
            return sd.math.tanh(up2.apply(Activations.relu(norm2.apply(h))));               // [B, C, H, W]
        }
    }

    /**
     * The discriminator: the class as one more image plane (Linear K -> H*W), concatenated with
     * the image -> Conv 4x4 s2 (C+1 -> 64), LeakyReLU(0.2) -> Conv 4x4 s2 (64->128) -> GroupNorm(8),
     * LeakyReLU(0.2) -> Linear -> a logit.
     */
    static final class Discriminator implements GanNetworks.Discriminator {
        private final Net net;
        private final int height, width;
        private final Linear label, out;
        private final Conv2d conv1, conv2;
        private final GroupNorm norm;

        Discriminator(Net net, int channels, int height, int width, int classes) {
            this.net = net;
            this.height = height;
            this.width = width;
            label = new Linear(net, "D.label", classes, height * width);
            conv1 = new Conv2d(net, "D.conv1", channels + 1, 64, 4, 2, 1, true);
            conv2 = new Conv2d(net, "D.conv2", 64, 128, 4, 2, 1, true);
            norm = new GroupNorm(net, "D.norm", 8, 128);
            out = new Linear(net, "D.out", 128 * (height / 4) * (width / 4), 1);
        }

        /** images [B, C, H, W] and one-hot classes [B, K] -> logits [B, 1] */
        @Override
        public SDVariable apply(SDVariable x, SDVariable oneHot) {
            SameDiff sd = net.sd();
            SDVariable plane = label.apply(oneHot);                                          // [B, H*W]
            plane = sd.reshape(plane, net.shapeOf(plane, new int[]{0}, 1, height, width));  // [B, 1, H, W]
            SDVariable h = Activations.leakyRelu(conv1.apply(sd.concat(1, x, plane)), 0.2); // [B, 64, H/2, W/2]
            h = Activations.leakyRelu(norm.apply(conv2.apply(h)), 0.2);                     // [B, 128, H/4, W/4]
            h = sd.reshape(h, net.shapeOf(h, new int[]{0}, 128L * (height / 4) * (width / 4)));   // [B, 128*H/4*W/4]
            return out.apply(h);                                                             // [B, 1]
        }
    }
}
