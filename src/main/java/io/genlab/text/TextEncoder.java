package io.genlab.text;

import io.genlab.nn.Block;
import io.genlab.nn.ClassEmbedding;
import io.genlab.nn.CrossAttention;
import io.genlab.nn.LayerNorm;
import io.genlab.nn.Mlp;
import io.genlab.nn.Net;
import io.genlab.nn.TokenRows;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * The text encoder of a text-to-image model: token ids to one vector per token, trained jointly
 * with the denoiser. A learned vector per token and per slot, added, then pre-norm transformer
 * layers (LayerNorm, masked self-attention, residual; LayerNorm, MLP with GELU, residual) and a
 * final LayerNorm. Padding takes part in no attention.
 *
 * <p>Variables: {@code name.token/E} [V, width] (a one-hot product, as {@link ClassEmbedding}),
 * {@code name/position} [T, width], then {@code name.K.attn} and {@code name.K.mlp} per layer K.
 */
public final class TextEncoder extends Block {
    /** The reference text encoder: 2 layers of width 64 with 4 heads. */
    public static final int WIDTH = 64, LAYERS = 2, HEADS = 4;
    private final int vocabularySize, slots, width;
    private final ClassEmbedding token;
    private final SDVariable position;
    private final CrossAttention[] attention;
    private final Mlp[] mlp;
    private String embeddedName, tokensName;

    /**
     * @param vocabularySize ids, {@link Tokenizer#size()}
     * @param slots          tokens per prompt, {@link Tokenizer#MAX_TOKENS}
     */
    public TextEncoder(Net net, String name, int vocabularySize, int slots, int width, int layers, int heads) {
        super(net, name);
        this.vocabularySize = vocabularySize;
        this.slots = slots;
        this.width = width;
        this.token = child(new ClassEmbedding(net, name + ".token", vocabularySize, width));
        this.position = uniform("position", 1 / Math.sqrt(width), slots, width);
        this.attention = new CrossAttention[layers];
        this.mlp = new Mlp[layers];
        for (int i = 0; i < layers; i++) {
            attention[i] = child(new CrossAttention(net, name + "." + i + ".attn", width, width, heads));
            mlp[i] = child(new Mlp(net, name + "." + i + ".mlp", width, 4 * width));
        }
    }

    /** The reference text encoder ({@link #WIDTH}, {@link #LAYERS}, {@link #HEADS}) of a tokenizer's prompts, named {@code text}. */
    public static TextEncoder reference(Net net, Tokenizer tokenizer) {
        return new TextEncoder(net, "text", tokenizer.size(), Tokenizer.MAX_TOKENS, WIDTH, LAYERS, HEADS);
    }

    public int width() { return width; }

    /**
     * @param ids [B, T] token ids (int), {@link Tokenizer#PAD_ID} after each prompt's tokens
     * @return the token vectors [B*T, width] with the padding mask
     */
    public Encoded apply(SDVariable ids) {
        var sd = net.sd();
        SDVariable real = ids.neq(Tokenizer.PAD_ID).castTo(net.dtype());        // [B, T] 1 real, 0 padding
        SDVariable mask = CrossAttention.keyMask(net, real);                    // [B, 1, 1, T]
        SDVariable batchAndT = net.shapeOf(ids, new int[]{0, 1});               // [B, T]
        SDVariable oneHot = sd.oneHot(ids, vocabularySize).castTo(net.dtype())  // [B, T, V]
                .reshape(-1, vocabularySize);                                   // [B*T, V]
        SDVariable h = token.apply(oneHot)                                      // [B*T, width]
                .reshape(-1, slots, width).add(position)                        // [B, T, width]
                .reshape(-1, width);                                            // [B*T, width]
        h = sd.identity(out("embedded"), h);
        embeddedName = h.name();
        LayerNorm norm = new LayerNorm(net);
        for (int i = 0; i < attention.length; i++) {
            SDVariable a = norm.apply(h);
            h = h.add(attention[i].apply(a, batchAndT, a, batchAndT, mask));
            h = h.add(mlp[i].apply(norm.apply(h)));
        }
        h = sd.identity(out("tokens"), norm.apply(h));                          // [B*T, width]
        tokensName = h.name();
        SDVariable share = real.div(real.sum(true, 1))                          // [B, T], each row sums to 1
                .reshape(-1, 1, slots);                                         // [B, 1, T]
        SDVariable pooled = share.mmul(h.reshape(-1, slots, width))             // [B, 1, width]
                .reshape(-1, width);                                            // [B, width]
        return new Encoded(new TokenRows(h, batchAndT, mask), pooled);
    }

    /** The name of the latest {@link #apply}'s input vectors [B*T, width]: each token's learned vector plus its slot's. */
    public String embeddedName() { return applied(embeddedName); }

    /** The name of the latest {@link #apply}'s output vectors [B*T, width], what cross-attention reads. */
    public String tokensName() { return applied(tokensName); }

    private String applied(String outputName) {
        if (outputName == null) throw new IllegalStateException(name + " has not been applied yet");
        return outputName;
    }

    /** The names of each layer's self-attention weights [B, heads, T, T], in order. */
    public java.util.List<String> attentionNames() {
        return java.util.Arrays.stream(attention).map(CrossAttention::weightsName).toList();
    }

    /**
     * @param tokens one vector per token, with the padding mask
     * @param pooled [B, width] the mean of the real tokens' vectors: the prompt as one vector
     */
    public record Encoded(TokenRows tokens, SDVariable pooled) {}
}
