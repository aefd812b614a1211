package io.genlab.diffusion;

import io.genlab.data.Tensor;
import io.genlab.nn.Net;
import org.nd4j.autodiff.samediff.SDVariable;

import java.util.List;
import java.util.Optional;

/**
 * The network inside a diffusion model: maps (x_t, t, class) to the objective's prediction,
 * with the same shape as x_t. The {@link DiffusionModel} around it does everything else
 * (schedule, loss, optimiser, EMA, sampling).
 */
public interface DenoiserNet {

    /**
     * Builds the network in {@code net}.
     *
     * @param x      [B, C, H, W] images or [B, 2] points
     * @param t      [B] timesteps as floats
     * @param labels [B] int class labels, the null class included; or, if the net has a
     *               {@link #tokenizer()}, [B, T] int token ids of the prompts
     * @return the prediction, shaped like {@code x}
     */
    SDVariable build(Net net, SDVariable x, SDVariable t, SDVariable labels);

    /**
     * The family a model with this denoiser belongs to in GenLab's comparisons: "diffusion", or
     * "transformer" for a transformer denoiser, which is diffusion with another network.
     */
    default String family() { return "diffusion"; }

    /**
     * Names of the attention weights [B, heads, T, T] of every attention layer, in computation
     * order; none if the network has no attention.
     */
    default List<String> attentionNames() { return List.of(); }

    /**
     * The fixed positions the network adds to the tokens its attention sees, [T, D] (row q: what
     * token q gets added); none if it adds none (unet-s's attention learns where a position is
     * only through the convolutions before it).
     */
    default Optional<Tensor> tokenPositions() { return Optional.empty(); }

    /**
     * The tokenizer of a text-conditioned network, which reads prompts as token ids instead of
     * class labels; empty for a class-conditioned one.
     */
    default Optional<io.genlab.text.Tokenizer> tokenizer() { return Optional.empty(); }

    /** The text encoder of a text-conditioned network, after {@link #build}; empty for a class-conditioned one. */
    default Optional<io.genlab.text.TextEncoder> textEncoder() { return Optional.empty(); }

    /**
     * Names of the cross-attention weights [B, heads, HW, T] from image positions to the T prompt
     * tokens, in computation order; none for a class-conditioned network.
     */
    default List<String> crossAttentionNames() { return List.of(); }

    /** Names of the intermediate activations worth showing (feature maps), in computation order. */
    List<String> probeNames();
}
