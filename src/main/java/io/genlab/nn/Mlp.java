package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * A transformer's feed-forward part: Linear(D -> hidden), GELU, Linear(hidden -> D), applied to
 * every token row on its own. Sub-blocks {@code name.fc1}, {@code name.fc2}.
 */
public final class Mlp extends Block {
    private final Linear fc1, fc2;

    public Mlp(Net net, String name, int dim, int hidden) {
        super(net, name);
        this.fc1 = child(new Linear(net, name + ".fc1", dim, hidden));
        this.fc2 = child(new Linear(net, name + ".fc2", hidden, dim));
    }

    /** [N, D] -> [N, D] */
    public SDVariable apply(SDVariable rows) {
        return fc2.apply(net.gelu(fc1.apply(rows)));                           // [N, hidden] -> [N, D]
    }
}
