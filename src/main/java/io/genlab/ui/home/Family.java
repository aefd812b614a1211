package io.genlab.ui.home;

import java.util.List;

/**
 * One of the four families of image generators as the Start view introduces it: how it makes a
 * picture, the shipped lesson model that shows it, the view to watch it in and its lesson.
 *
 * @param name        e.g. "Diffusion"
 * @param model       the folder of the shipped model under lessons/models
 * @param how         one or two sentences on how it generates a picture
 * @param watch       a {@code genlab:} link that opens the view, set up, with the shipped model
 * @param watchText   the link's text
 * @param lesson      the number of the lesson that teaches it
 */
record Family(String name, String model, String how, String watch, String watchText, int lesson) {

    /** The four families, in the order the lessons teach them. */
    static final List<Family> ALL = List.of(
            new Family("Diffusion", "unet-s-fashion",
                    "Starts from pure noise and removes a little of it at each of 50 steps; a U-Net predicts the noise, "
                            + "steered towards the class asked for.",
                    "genlab:reverse?model=unet-s-fashion&class=Sneaker&seed=3&sampler=ddim&steps=50&generate=true",
                    "Reverse process view", 4),
            new Family("GAN", "dcgan-s-fashion",
                    "A generator turns random numbers into a picture in a single pass; it learned by fooling a "
                            + "discriminator that tells its pictures from real ones.",
                    "genlab:gan?model=dcgan-s-fashion&tab=images", "GAN view", 5),
            new Family("Autoregressive", "pixelcnn-s-fashion",
                    "Draws the picture one pixel at a time, each from a probability distribution given the pixels "
                            + "above and to the left: 784 network passes.",
                    "genlab:autoregressive?model=pixelcnn-s-fashion&class=Sneaker&samples=4&seed=3&generate=true",
                    "Autoregressive view", 6),
            new Family("Vision transformer", "dit-s-fashion",
                    "A diffusion model whose denoiser is a transformer: the picture cut into 49 patch tokens that "
                            + "attend to one another.",
                    "genlab:attention?model=dit-s-fashion&class=Sneaker&seed=3&query=24&generate=true",
                    "Attention view", 7));
}
