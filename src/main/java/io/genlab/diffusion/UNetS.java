package io.genlab.diffusion;

import io.genlab.nn.Conv2d;
import io.genlab.nn.CrossAttention2d;
import io.genlab.nn.GroupNorm;
import io.genlab.nn.Net;
import io.genlab.nn.ResBlock;
import io.genlab.nn.SelfAttention2d;
import io.genlab.nn.TokenRows;
import io.genlab.nn.UpsampleConv;
import io.genlab.text.TextEncoder;
import io.genlab.text.Tokenizer;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * unet-s, the reference diffusion denoiser of REFERENCE_MODELS.md (924,001 parameters for
 * 28x28x1): two resolution levels with one skip each, self-attention at the bottom, time and
 * class embeddings injected into every ResBlock. It is a graph recipe, not a model.
 *
 * <p>The text-conditioned variant ({@link #textConditioned}) reads a prompt instead of a class:
 * a {@link TextEncoder} turns its token ids into one vector per token; their mean, through
 * {@code text.pool}, takes the class embedding's place, and cross-attention from the image to the
 * tokens follows the second encoder block ({@code enc2.xattn}, at H/2), the bottom self-attention
 * ({@code mid.xattn}, at H/4) and the second decoder block at H/2 ({@code dec2.xattn}).
 *
 * <p>With coordinates (CoordConv, Liu et al. 2018) the input convolution also reads two constant
 * channels, each pixel's row and column in [-1, 1], so every feature can know where it is instead
 * of inferring it from the zero padding at the borders.
 */
public final class UNetS implements DenoiserNet {
    static final int EMB_DIM = 256;
    /** The reference width: 32 channels at full resolution, 64 below. */
    public static final int WIDTH = 32;
    private final int channels;
    private final int classesWithNull;
    private final int c1, c2;
    private final Tokenizer tokenizer;                     // null: class-conditioned
    private final boolean coordinates;
    private final List<String> crossAttentionNames = new ArrayList<>();
    private TextEncoder textEncoder;                       // the text-conditioned variant's, once built

    /**
     * @param channels        image channels (1 Fashion-MNIST, 3 Shapes)
     * @param classesWithNull number of classes plus one for the null class of guidance
     * @param width           channels at full resolution (twice that below); {@link #WIDTH} is the reference
     *                        model, half and double it are the model-size experiment's
     */
    public UNetS(int channels, int classesWithNull, int width) {
        this(channels, classesWithNull, width, null, false);
    }

    /** @param coordinates whether the input convolution also reads each pixel's coordinates (CoordConv) */
    public UNetS(int channels, int classesWithNull, int width, boolean coordinates) {
        this(channels, classesWithNull, width, null, coordinates);
    }

    /**
     * The text-conditioned unet-s: the prompt's token ids, as {@code tokenizer} makes them, in
     * place of the class labels.
     */
    public static UNetS textConditioned(int channels, int width, Tokenizer tokenizer, boolean coordinates) {
        return new UNetS(channels, 0, width, java.util.Objects.requireNonNull(tokenizer, "tokenizer"), coordinates);
    }

    private UNetS(int channels, int classesWithNull, int width, Tokenizer tokenizer, boolean coordinates) {
        if (width < 8 || width % 8 != 0) {
            throw new IllegalArgumentException("unet-s width must be a multiple of 8 (GroupNorm uses 8 groups), got " + width);
        }
        this.channels = channels;
        this.classesWithNull = classesWithNull;
        this.c1 = width;
        this.c2 = 2 * width;
        this.tokenizer = tokenizer;
        this.coordinates = coordinates;
    }

    @Override
    public Optional<Tokenizer> tokenizer() { return Optional.ofNullable(tokenizer); }

    @Override
    public Optional<TextEncoder> textEncoder() { return Optional.ofNullable(textEncoder); }

    /** @param labels [B] class labels, or [B, T] token ids for the text-conditioned variant */
    @Override
    public SDVariable build(Net n, SDVariable x, SDVariable t, SDVariable labels) {
        crossAttentionNames.clear();
        Condition condition = Condition.of(n, t, labels, EMB_DIM, classesWithNull, tokenizer);
        textEncoder = condition.encoder();
        TokenRows words = condition.words();
        SDVariable e = condition.vector();                                                   // [B, 256]
        SDVariable h = coordinates
                ? new Conv2d(n, "inp", channels + 2, c1, 3).apply(withCoordinates(n, x))   // [B, c1, H, W]
                : new Conv2d(n, "inp", channels, c1, 3).apply(x);
        h = new ResBlock(n, "enc1.0", c1, c1, EMB_DIM).apply(h, e);
        SDVariable s1 = new ResBlock(n, "enc1.1", c1, c1, EMB_DIM).apply(h, e);              // [B, c1, H, W]
        h = new Conv2d(n, "down1", c1, c1, 3, 2, 1, true).apply(s1);                         // [B, c1, H/2, W/2]
        h = new ResBlock(n, "enc2.0", c1, c2, EMB_DIM).apply(h, e);
        SDVariable s2 = crossAttend(n, "enc2.xattn", new ResBlock(n, "enc2.1", c2, c2, EMB_DIM).apply(h, e), words); // [B, c2, H/2, W/2]
        h = new Conv2d(n, "down2", c2, c2, 3, 2, 1, true).apply(s2);                         // [B, c2, H/4, W/4]
        h = new ResBlock(n, "mid.0", c2, c2, EMB_DIM).apply(h, e);
        h = crossAttend(n, "mid.xattn", new SelfAttention2d(n, "mid.attn", c2, 4).apply(h), words);
        h = new ResBlock(n, "mid.1", c2, c2, EMB_DIM).apply(h, e);
        h = n.sd().concat(1, new UpsampleConv(n, "up2", c2, c2).apply(h), s2);              // [B, 2 c2, H/2, W/2]
        h = new ResBlock(n, "dec2.0", 2 * c2, c2, EMB_DIM).apply(h, e);
        h = crossAttend(n, "dec2.xattn", new ResBlock(n, "dec2.1", c2, c2, EMB_DIM).apply(h, e), words);
        h = n.sd().concat(1, new UpsampleConv(n, "up1", c2, c2).apply(h), s1);              // [B, c2 + c1, H, W]
        h = new ResBlock(n, "dec1.0", c2 + c1, c1, EMB_DIM).apply(h, e);
        h = new ResBlock(n, "dec1.1", c1, c1, EMB_DIM).apply(h, e);
        return new Conv2d(n, "out", c1, channels, 3).apply(n.silu(new GroupNorm(n, "out.norm", 8, c1).apply(h)));  // [B, C, H, W]
    }

    /** x [B, C, H, W] and two more channels, the row's and the column's coordinate: [B, C + 2, H, W]. */
    static SDVariable withCoordinates(Net n, SDVariable x) {
        long height = x.getShape()[2], width = x.getShape()[3];
        INDArray grid = Nd4j.create(DataType.DOUBLE, 1, 2, height, width);                 // [1, 2, H, W]
        for (long i = 0; i < height; i++) {
            for (long j = 0; j < width; j++) {
                grid.putScalar(new long[]{0, 0, i, j}, coordinate(i, height));
                grid.putScalar(new long[]{0, 1, i, j}, coordinate(j, width));
            }
        }
        SDVariable perExample = n.sd().tile(n.constant(grid), n.shapeOf(x, new int[]{0}, 1, 1, 1));   // [B, 2, H, W]
        return n.sd().concat(1, x, perExample);
    }

    /** Index i of size positions as a coordinate from -1 (first) to 1 (last). */
    private static double coordinate(long i, long size) {
        return size == 1 ? 0 : 2.0 * i / (size - 1) - 1;
    }

    /** Cross-attention of the feature map to the prompt's tokens; the map unchanged for a class-conditioned net. */
    private SDVariable crossAttend(Net n, String name, SDVariable h, TokenRows words) {
        if (words == null) return h;
        CrossAttention2d block = new CrossAttention2d(n, name, c2, TextEncoder.WIDTH, 4);
        SDVariable out = block.apply(h, words);                                              // [B, c2, h, w]
        crossAttentionNames.add(block.weightsName());
        return out;
    }

    /** The text-conditioned variant's cross-attention weights [B, heads, HW, T], in computation order. */
    @Override
    public List<String> crossAttentionNames() { return List.copyOf(crossAttentionNames); }

    /** The self-attention at the bottom, among the 49 positions of the 7x7 map (at 28x28). */
    @Override
    public List<String> attentionNames() { return List.of("mid.attn/weights"); }

    @Override
    public List<String> probeNames() {
        return List.of("enc1.0/out", "enc1.1/out", "enc2.0/out", "enc2.1/out", "mid.0/out", "mid.attn/out",
                "mid.1/out", "dec2.0/out", "dec2.1/out", "dec1.0/out", "dec1.1/out");
    }
}
