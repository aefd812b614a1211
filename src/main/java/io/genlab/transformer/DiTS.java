package io.genlab.transformer;

import io.genlab.data.Tensor;
import io.genlab.diffusion.Condition;
import io.genlab.diffusion.DenoiserNet;
import io.genlab.diffusion.UNetS;
import io.genlab.nn.AdaLn;
import io.genlab.nn.Conv2d;
import io.genlab.nn.DiTBlock;
import io.genlab.nn.LayerNorm;
import io.genlab.nn.Linear;
import io.genlab.nn.Net;
import io.genlab.nn.PatchGrid;
import io.genlab.nn.Tensors;
import io.genlab.nn.TokenRows;
import io.genlab.text.TextEncoder;
import io.genlab.text.Tokenizer;
import org.nd4j.autodiff.samediff.SDVariable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * dit-s, the reference transformer denoiser of REFERENCE_MODELS.md (1,844,496 parameters for
 * 28x28x1): 4x4 patches as tokens with fixed 2D sin-cos positions, six DiT blocks conditioned on
 * time and class by adaLN-Zero, a modulated final layer, un-patchified to the image. A graph
 * recipe, like {@link UNetS}, and a drop-in replacement for it in every diffusion pipeline.
 *
 * <p>Named for the views: each block's attention weights {@code blocks.i.attn/weights}
 * [B, 4, T, T] and its tokens as feature maps {@code blocks.i/maps} [B, 128, rows, columns].
 *
 * <p>The text-conditioned variant ({@link #textConditioned}) reads a prompt instead of a class,
 * as PixArt-alpha does: a {@link TextEncoder} turns its token ids into one vector per token;
 * their mean, through {@code text.pool}, takes the class embedding's place in the adaLN
 * condition, and every block cross-attends from the image tokens to the prompt's tokens
 * ({@code blocks.i.xattn/weights} [B, 4, T, Tk]). Its width and depth may differ from the
 * reference's, for experiments.
 */
public final class DiTS implements DenoiserNet {
    /** The reference model: 4x4 patches, width 128, six blocks of 4 heads. */
    public static final int PATCH = 4, DIM = 128, DEPTH = 6, HEADS = 4;
    private final int channels, classesWithNull, dim, depth;
    private final PatchGrid grid;
    private final Tokenizer tokenizer;                     // null: class-conditioned
    private TextEncoder textEncoder;                       // the text-conditioned variant's, once built
    private final List<String> crossAttentionNames = new ArrayList<>();

    public DiTS(int channels, int classesWithNull, int height, int width) {
        this(channels, classesWithNull, height, width, DIM, DEPTH, null);
    }

    /**
     * The text-conditioned dit-s: the prompt's token ids, as {@code tokenizer} makes them, in
     * place of the class labels.
     *
     * @param dim   token width, a multiple of 4 * {@link #HEADS}; {@link #DIM} is the reference
     * @param depth DiT blocks; {@link #DEPTH} is the reference
     */
    public static DiTS textConditioned(int channels, int height, int width, int dim, int depth, Tokenizer tokenizer) {
        return new DiTS(channels, 0, height, width, dim, depth, Objects.requireNonNull(tokenizer, "tokenizer"));
    }

    private DiTS(int channels, int classesWithNull, int height, int width, int dim, int depth, Tokenizer tokenizer) {
        if (dim <= 0 || dim % (4 * HEADS) != 0) {
            throw new IllegalArgumentException("dit-s width must be a multiple of " + 4 * HEADS + " (" + HEADS
                    + " heads, 2D sin-cos positions in quarters), got " + dim);
        }
        if (depth <= 0) throw new IllegalArgumentException("dit-s needs at least one block, got depth " + depth);
        this.channels = channels;
        this.classesWithNull = classesWithNull;
        this.dim = dim;
        this.depth = depth;
        this.grid = new PatchGrid(height, width, PATCH);
        this.tokenizer = tokenizer;
    }

    @Override
    public Optional<Tokenizer> tokenizer() { return Optional.ofNullable(tokenizer); }

    @Override
    public Optional<TextEncoder> textEncoder() { return Optional.ofNullable(textEncoder); }

    /** @param labels [B] class labels, or [B, T] token ids for the text-conditioned variant */
    @Override
    public SDVariable build(Net n, SDVariable x, SDVariable t, SDVariable labels) {
        crossAttentionNames.clear();
        Condition condition = Condition.of(n, t, labels, dim, classesWithNull, tokenizer);
        textEncoder = condition.encoder();
        TokenRows words = condition.words();
        SDVariable c = condition.vector();                                                             // [B, D]
        SDVariable patches = new Conv2d(n, "patch", channels, dim, PATCH, PATCH, 0, true).apply(x);  // [B, D, rows, columns]
        SDVariable batchAndT = n.shapeOf(patches, new int[]{0, -2});                                   // [B, T]
        SDVariable h = grid.addPositions(n, grid.tokens(patches, dim), dim);                          // [B*T, D]
        SDVariable siluC = n.silu(c);                                                                  // [B, D]
        AdaLn adaLn = new AdaLn(n, grid.tokens());
        for (int i = 0; i < depth; i++) {
            DiTBlock block = words == null ? new DiTBlock(n, blockName(i), dim, HEADS)
                    : DiTBlock.withCrossAttention(n, blockName(i), dim, HEADS, TextEncoder.WIDTH);
            h = block.apply(h, siluC, adaLn, batchAndT, words);                                        // [B*T, D]
            block.crossAttention().ifPresent(a -> crossAttentionNames.add(a.weightsName()));
            grid.maps(h, dim).rename(blockName(i) + "/maps");                                          // [B, D, rows, columns]
        }
        SDVariable[] shiftScale = n.sd().split(adaLn.perToken(new Linear(n, "final.ada", dim, 2 * dim).apply(siluC), 2 * dim), 2, 1); // 2 x [B*T, D]
        SDVariable modulated = adaLn.modulate(new LayerNorm(n).apply(h), shiftScale[0], shiftScale[1]);
        SDVariable pixels = new Linear(n, "final.out", dim, PATCH * PATCH * channels).apply(modulated); // [B*T, p*p*C]
        return grid.image(pixels, channels);                                                            // [B, C, H, W]
    }

    @Override
    public String family() { return "transformer"; }

    static String blockName(int i) { return "blocks." + i; }

    /** The attention weights of every block, in depth order. */
    @Override
    public List<String> attentionNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < depth; i++) names.add(blockName(i) + ".attn/weights");
        return Collections.unmodifiableList(names);
    }

    /** The text-conditioned variant's cross-attention weights [B, heads, T, Tk], in depth order. */
    @Override
    public List<String> crossAttentionNames() { return List.copyOf(crossAttentionNames); }

    /** The 2D sin-cos positions added to the patch tokens, [T, width]. */
    @Override
    public Optional<Tensor> tokenPositions() { return Optional.of(Tensors.toTensor(grid.positions(dim))); }

    @Override
    public List<String> probeNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < depth; i++) names.add(blockName(i) + "/maps");
        return Collections.unmodifiableList(names);
    }
}
