package io.genlab.text;

import io.genlab.data.Tensor;

/**
 * How a text-conditioned model reads one prompt: its tokens, and for each real token (not the
 * padding) the vector it starts as and the vector the image attends to.
 *
 * @param tokens   the prompt's tokens and ids
 * @param embedded [n, D]: each token's learned vector plus its slot's, before the encoder's layers
 * @param encoded  [n, D]: the encoder's output, what cross-attention reads
 */
public record PromptEncoding(Tokenizer.Tokens tokens, Tensor embedded, Tensor encoded) {
    public PromptEncoding {
        int n = tokens.length();
        if (embedded.shape()[0] != n || encoded.shape()[0] != n) {
            throw new IllegalArgumentException(n + " tokens but vectors for " + embedded.shape()[0] + " and " + encoded.shape()[0]);
        }
    }

    /** The Euclidean length of token {@code i}'s vector in {@code vectors} ([n, D]). */
    public static double norm(Tensor vectors, int i) {
        int d = vectors.shape()[1];
        double sum = 0;
        for (int k = 0; k < d; k++) {
            double v = vectors.data()[i * d + k];
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
