package io.genlab.transformer;

import io.genlab.data.Tensor;
import io.genlab.diffusion.DenoiserNet;
import io.genlab.diffusion.UNetS;
import io.genlab.nn.AdaLn;
import io.genlab.nn.ClassEmbedding;
import io.genlab.nn.Conv2d;
import io.genlab.nn.DiTBlock;
import io.genlab.nn.LayerNorm;
import io.genlab.nn.Linear;
import io.genlab.nn.Net;
import io.genlab.nn.PatchGrid;
import io.genlab.nn.SinusoidalEmbedding;
import io.genlab.nn.Tensors;
import org.nd4j.autodiff.samediff.SDVariable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * dit-s, the reference transformer denoiser of REFERENCE_MODELS.md (1,844,496 parameters for
 * 28x28x1): 4x4 patches as tokens with fixed 2D sin-cos positions, six DiT blocks conditioned on
 * time and class by adaLN-Zero, a modulated final layer, un-patchified to the image. A graph
 * recipe, like {@link UNetS}, and a drop-in replacement for it in every diffusion pipeline.
 *
 * <p>Named for the views: each block's attention weights {@code blocks.i.attn/weights}
 * [B, 4, T, T] and its tokens as feature maps {@code blocks.i/maps} [B, 128, rows, columns].
 */
public final class DiTS implements DenoiserNet {
    public static final int PATCH = 4, DIM = 128, DEPTH = 6, HEADS = 4;
    static final int TIME_DIM = 64;
    private final int channels, classesWithNull;
    private final PatchGrid grid;

    public DiTS(int channels, int classesWithNull, int height, int width) {
        this.channels = channels;
        this.classesWithNull = classesWithNull;
        this.grid = new PatchGrid(height, width, PATCH);
    }

    @Override
    public SDVariable build(Net n, SDVariable x, SDVariable t, SDVariable labels) {
        SDVariable c = new Linear(n, "temb.2", DIM, DIM).apply(n.silu(
                new Linear(n, "temb.0", TIME_DIM, DIM).apply(new SinusoidalEmbedding(n, TIME_DIM).apply(t))))   // [B, D]
                .add(new ClassEmbedding(n, "cemb", classesWithNull, DIM).applyLabels(labels));               // [B, D]
        SDVariable patches = new Conv2d(n, "patch", channels, DIM, PATCH, PATCH, 0, true).apply(x);  // [B, D, rows, columns]
        SDVariable batchAndT = n.shapeOf(patches, new int[]{0, -2});                                   // [B, T]
        SDVariable h = grid.addPositions(n, grid.tokens(patches, DIM), DIM);                          // [B*T, D]
        SDVariable siluC = n.silu(c);                                                                  // [B, D]
        AdaLn adaLn = new AdaLn(n, grid.tokens());
        for (int i = 0; i < DEPTH; i++) {
            h = new DiTBlock(n, blockName(i), DIM, HEADS).apply(h, siluC, adaLn, batchAndT);           // [B*T, D]
            grid.maps(h, DIM).rename(blockName(i) + "/maps");                                          // [B, D, rows, columns]
        }
        SDVariable[] shiftScale = n.sd().split(adaLn.perToken(new Linear(n, "final.ada", DIM, 2 * DIM).apply(siluC), 2 * DIM), 2, 1); // 2 x [B*T, D]
        SDVariable modulated = adaLn.modulate(new LayerNorm(n).apply(h), shiftScale[0], shiftScale[1]);
        SDVariable pixels = new Linear(n, "final.out", DIM, PATCH * PATCH * channels).apply(modulated); // [B*T, p*p*C]
        return grid.image(pixels, channels);                                                            // [B, C, H, W]
    }

    @Override
    public String family() { return "transformer"; }

    static String blockName(int i) { return "blocks." + i; }

    /** The attention weights of every block, in depth order. */
    @Override
    public List<String> attentionNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < DEPTH; i++) names.add(blockName(i) + ".attn/weights");
        return Collections.unmodifiableList(names);
    }

    /** The 2D sin-cos positions added to the patch tokens, [T, 128]. */
    @Override
    public Optional<Tensor> tokenPositions() { return Optional.of(Tensors.toTensor(grid.positions(DIM))); }

    @Override
    public List<String> probeNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < DEPTH; i++) names.add(blockName(i) + "/maps");
        return Collections.unmodifiableList(names);
    }
}
