package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What every building block shares: a hierarchical name and the trainable variables it made.
 *
 * <p>Not a layer interface: blocks differ in what they take ({@code apply(x)}, {@code apply(x,
 * emb)}), so each declares its own {@code apply}. A block's variables are named
 * {@code name + "/" + leaf}, e.g. {@code "enc1.0.conv1/W"}; sub-blocks extend the name with a dot.
 */
public abstract class Block {
    protected final Net net;
    protected final String name;
    private final List<String> parameters = new ArrayList<>();

    protected Block(Net net, String name) {
        if (name == null || name.isEmpty() || name.contains("/")) {
            throw new IllegalArgumentException("a block name must be non-empty and contain no '/', got '" + name + "'");
        }
        this.net = net;
        this.name = name;
    }

    public String name() { return name; }

    /** This block's trainable variables (its sub-blocks' included), in creation order. */
    public List<String> parameters() { return Collections.unmodifiableList(parameters); }

    /** Number of trainable scalars in this block. */
    public long parameterCount() { return net.count(parameters); }

    protected SDVariable uniform(String leaf, double bound, long... shape) {
        SDVariable v = net.uniform(name + "/" + leaf, bound, shape);
        parameters.add(v.name());
        return v;
    }

    protected SDVariable filled(String leaf, double value, long... shape) {
        SDVariable v = net.filled(name + "/" + leaf, value, shape);
        parameters.add(v.name());
        return v;
    }

    /** Registers a sub-block's variables as this block's, and returns it. */
    protected <T extends Block> T child(T block) {
        parameters.addAll(block.parameters());
        return block;
    }

    /** The output name {@code name + "/" + leaf}, made unique if the block is applied more than once. */
    protected String out(String leaf) {
        return net.unique(name + "/" + leaf);
    }
}
