package io.genlab.diffusion;

import io.genlab.nn.ClassEmbedding;
import io.genlab.nn.Linear;
import io.genlab.nn.Net;
import io.genlab.nn.SinusoidalEmbedding;
import org.nd4j.autodiff.samediff.SDVariable;

import java.util.List;

/**
 * The denoiser of the 2D toy diffusion: a small MLP on (x, y) points with a sinusoidal time
 * embedding added to every hidden layer. It trains in seconds on a CPU, so a class can watch a
 * point cloud learn to come out of noise.
 */
public final class Mlp2d implements DenoiserNet {
    static final int HIDDEN = 128;
    static final int TIME_DIM = 32;
    private final int classesWithNull;

    public Mlp2d(int classesWithNull) {
        this.classesWithNull = classesWithNull;
    }

    @Override
    public SDVariable build(Net n, SDVariable x, SDVariable t, SDVariable labels) {
        SDVariable temb = new SinusoidalEmbedding(n, TIME_DIM).apply(t)                          // [B, 32]
                .add(new ClassEmbedding(n, "cemb", classesWithNull, TIME_DIM).applyLabels(labels));
        SDVariable h = x;                                                                          // [B, 2]
        int in = 2;
        for (int layer = 0; layer < 3; layer++) {
            SDVariable pre = new Linear(n, "h" + layer, in, HIDDEN).apply(h)
                    .add(new Linear(n, "h" + layer + ".t", TIME_DIM, HIDDEN).apply(temb));       // [B, 128]
            h = n.sd().identity("h" + layer + "/out", n.silu(pre));
            in = HIDDEN;
        }
        return new Linear(n, "out", HIDDEN, 2).apply(h);                                          // [B, 2]
    }

    @Override
    public List<String> probeNames() {
        return List.of("h0/out", "h1/out", "h2/out");
    }
}
