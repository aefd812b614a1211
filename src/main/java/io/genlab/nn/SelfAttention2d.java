package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * Multi-head self-attention over the pixels of a feature map, with a residual: GroupNorm(8),
 * then attention among the H*W positions exactly as PyTorch's {@code nn.MultiheadAttention}
 * (biased q, k, v in-projections and a biased out-projection), added back to the input.
 *
 * <p>Built from plain ops, not SameDiff's {@code multiHeadDotProductAttention}, so that the
 * attention weights softmax(Q K^T / sqrt(d)) are a named variable a view can read:
 * {@code name/weights}, shape [B, heads, HW, HW], each row summing to 1.
 *
 * <p>Sub-blocks: {@code name.norm}, {@code name.q}, {@code name.k}, {@code name.v},
 * {@code name.out}; parameters 4C^2 + 4C plus the norm's 2C, as in PyTorch.
 */
public final class SelfAttention2d extends Block {
    public static final int GROUPS = 8;
    private final int channels, heads, headDim;
    private final GroupNorm norm;
    private final Linear q, k, v, proj;
    private String weightsName;

    public SelfAttention2d(Net net, String name, int channels, int heads) {
        super(net, name);
        if (heads <= 0 || channels % heads != 0) {
            throw new IllegalArgumentException(name + ": " + channels + " channels do not split into " + heads + " heads");
        }
        this.channels = channels;
        this.heads = heads;
        this.headDim = channels / heads;
        this.norm = child(new GroupNorm(net, name + ".norm", GROUPS, channels));
        this.q = child(new Linear(net, name + ".q", channels, channels));
        this.k = child(new Linear(net, name + ".k", channels, channels));
        this.v = child(new Linear(net, name + ".v", channels, channels));
        this.proj = child(new Linear(net, name + ".out", channels, channels));
    }

    public int heads() { return heads; }

    /** The name of the attention weights of the latest {@link #apply} ({@code name/weights} for the first). */
    public String weightsName() {
        if (weightsName == null) throw new IllegalStateException(name + " has not been applied yet");
        return weightsName;
    }

    /** [B, C, H, W] -> [B, C, H, W] */
    public SDVariable apply(SDVariable x) {
        SDVariable n = norm.apply(x);                                          // [B, C, H, W]
        SDVariable tokens = n.reshape(net.shapeOf(x, new int[]{0}, channels, -1)) // [B, C, HW]
                .permute(0, 2, 1)                                              // [B, HW, C]
                .reshape(-1, channels);                                        // [B*HW, C]
        SDVariable perHead = net.shapeOf(x, new int[]{0, -2}, heads, headDim); // B, HW, heads, d
        SDVariable qh = heads(q.apply(tokens), perHead);                       // [B, heads, HW, d]
        SDVariable kh = heads(k.apply(tokens), perHead);                       // [B, heads, HW, d]
        SDVariable vh = heads(v.apply(tokens), perHead);                       // [B, heads, HW, d]
        SDVariable scores = qh.mmul(kh.permute(0, 1, 3, 2))                    // [B, heads, HW, HW]
                .mul(1 / Math.sqrt(headDim));
        weightsName = out("weights");
        SDVariable weights = net.sd().nn.softmax(weightsName, scores, -1);      // [B, heads, HW, HW]
        SDVariable mixed = weights.mmul(vh)                                    // [B, heads, HW, d]
                .permute(0, 2, 1, 3)                                           // [B, HW, heads, d]
                .reshape(-1, channels);                                        // [B*HW, C]
        SDVariable projected = proj.apply(mixed)                               // [B*HW, C]
                .reshape(net.shapeOf(x, new int[]{0, -2}, channels))           // [B, HW, C]
                .permute(0, 2, 1)                                              // [B, C, HW]
                .reshape(net.sd().shape(x));                                   // [B, C, H, W]
        return x.add(out("out"), projected);
    }

    private static SDVariable heads(SDVariable rows, SDVariable perHead) {
        return rows.reshape(perHead)                                           // [B, HW, heads, d]
                .permute(0, 2, 1, 3);                                          // [B, heads, HW, d]
    }
}
