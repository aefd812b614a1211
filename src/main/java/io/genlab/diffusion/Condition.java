package io.genlab.diffusion;

import io.genlab.nn.ClassEmbedding;
import io.genlab.nn.Linear;
import io.genlab.nn.Net;
import io.genlab.nn.SinusoidalEmbedding;
import io.genlab.nn.TokenRows;
import io.genlab.text.TextEncoder;
import io.genlab.text.Tokenizer;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * What the blocks of unet-s and dit-s are conditioned on: the timestep's embedding (sinusoidal
 * 64, Linear, SiLU, Linear) plus the class's embedding, or, for the text-conditioned variants,
 * plus the prompt's mean token vector through a Linear; and the prompt's token vectors for
 * cross-attention. Variables: {@code temb.0}, {@code temb.2}, and {@code cemb} or the text
 * encoder's and {@code text.pool}.
 *
 * @param vector  [B, dim] the timestep plus the class or the prompt
 * @param encoder the text encoder, or null with class labels
 * @param words   the prompt's token vectors, or null with class labels
 */
public record Condition(SDVariable vector, TextEncoder encoder, TokenRows words) {
    static final int TIME_DIM = 64;

    /**
     * @param labels          [B] class labels, or [B, T] token ids when {@code tokenizer} is given
     * @param classesWithNull the classes and the null class (ignored with a tokenizer)
     * @param tokenizer       the prompts' tokenizer, or null for class labels
     */
    public static Condition of(Net n, SDVariable t, SDVariable labels, int dim, int classesWithNull, Tokenizer tokenizer) {
        SDVariable temb = new Linear(n, "temb.2", dim, dim).apply(n.silu(
                new Linear(n, "temb.0", TIME_DIM, dim).apply(new SinusoidalEmbedding(n, TIME_DIM).apply(t))));  // [B, dim]
        if (tokenizer == null) {
            return new Condition(temb.add(new ClassEmbedding(n, "cemb", classesWithNull, dim).applyLabels(labels)), null, null);
        }
        TextEncoder encoder = TextEncoder.reference(n, tokenizer);
        TextEncoder.Encoded text = encoder.apply(labels);
        SDVariable pooled = new Linear(n, "text.pool", TextEncoder.WIDTH, dim).apply(text.pooled());        // [B, dim]
        return new Condition(temb.add(pooled), encoder, text.tokens());
    }
}
