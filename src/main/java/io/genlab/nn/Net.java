package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import io.genlab.data.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The context every building block is made in: one SameDiff graph, its floating-point type,
 * a seeded random source for initialisation, and the ordered list of trainable variables.
 *
 * <p>It is not a model and owns no optimiser: a model creates one {@code Net}, builds its blocks
 * in it, and hands {@link #parameters()} to {@link Adam}. Blocks are created in a fixed order,
 * so the same seed always gives the same initial weights.
 *
 * <p>Models use {@link DataType#FLOAT}; gradient checks use {@link DataType#DOUBLE}.
 */
public final class Net {
    private final SameDiff sd;
    private final DataType dtype;
    private final Random rng;
    private final List<String> parameters = new ArrayList<>();

    public Net(SameDiff sd, DataType dtype, long seed) {
        if (!dtype.isFPType()) throw new IllegalArgumentException("a net needs a floating-point type, got " + dtype);
        this.sd = sd;
        this.dtype = dtype;
        this.rng = new Random(seed);
    }

    /** A new graph in {@link DataType#FLOAT}. */
    public static Net create(long seed) {
        return new Net(SameDiff.create(), DataType.FLOAT, seed);
    }

    public SameDiff sd() { return sd; }
    public DataType dtype() { return dtype; }

    /** Names of the trainable variables, in creation order. */
    public List<String> parameters() { return Collections.unmodifiableList(parameters); }

    /** Number of trainable scalars. */
    public long parameterCount() { return count(parameters); }

    /** The trainable variables' values, by name, in creation order. */
    public Map<String, Tensor> weights() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (String name : parameters) out.put(name, Tensors.toTensor(sd.getArrForVarName(name)));
        return out;
    }

    /**
     * Replaces the trainable variables' values with {@link #weights()} of a net of the same shape.
     *
     * @throws IllegalArgumentException naming the first missing, extra or wrongly shaped entry; nothing changes then
     */
    public void restore(Map<String, Tensor> weights) {
        StateDict.check(weights(), weights);
        for (String name : parameters) sd.getArrForVarName(name).assign(Tensors.toArray(weights.get(name)).castTo(dtype));
    }

    /** Number of scalars in the named variables. */
    public long count(List<String> names) {
        long n = 0;
        for (String name : names) n += sd.getArrForVarName(name).length();
        return n;
    }

    /** A trainable variable drawn from U(-bound, bound), PyTorch's default for Linear and Conv (bound = 1/sqrt(fanIn)). */
    public SDVariable uniform(String name, double bound, long... shape) {
        INDArray a = Nd4j.create(DataType.DOUBLE, shape);
        long n = a.length();
        for (long i = 0; i < n; i++) a.putScalar(i, (2 * rng.nextDouble() - 1) * bound);
        return parameter(name, a);
    }

    /** A trainable variable with every entry equal to {@code value}. */
    public SDVariable filled(String name, double value, long... shape) {
        return parameter(name, Nd4j.valueArrayOf(shape, value, DataType.DOUBLE));
    }

    private SDVariable parameter(String name, INDArray init) {
        if (sd.hasVariable(name)) throw new IllegalArgumentException("variable '" + name + "' already exists");
        parameters.add(name);
        return sd.var(name, init.castTo(dtype));
    }

    /** A constant of this net's type. */
    public SDVariable constant(INDArray value) {
        return sd.constant(value.castTo(dtype));
    }

    /**
     * {@code name} if no variable has it yet, else {@code name_1}, {@code name_2}, ...: blocks
     * name their outputs after themselves, and a block applied twice still builds.
     */
    public String unique(String name) {
        if (!sd.hasVariable(name)) return name;
        for (int i = 1; ; i++) {
            if (!sd.hasVariable(name + "_" + i)) return name + "_" + i;
        }
    }

    /**
     * A shape vector for {@code reshape} made of the given dimensions of {@code x}'s run-time
     * shape followed by fixed sizes. {@code dims[i]} is an axis of x; a negative entry -k means
     * the product of axes k and k+1 (e.g. -2 gives H*W of [B, C, H, W]).
     */
    public SDVariable shapeOf(SDVariable x, int[] dims, long... fixed) {
        SDVariable shape = sd.shape(x);                                       // [rank] long
        List<SDVariable> parts = new ArrayList<>();
        for (int d : dims) {
            if (d >= 0) {
                parts.add(shape.get(SDIndex.interval(d, d + 1)));              // [1]
            } else {
                int k = -d;
                parts.add(shape.get(SDIndex.interval(k, k + 1)).mul(shape.get(SDIndex.interval(k + 1, k + 2))));
            }
        }
        if (fixed.length > 0) parts.add(sd.constant(Nd4j.createFromArray(fixed)));
        return parts.size() == 1 ? parts.get(0) : sd.concat(0, parts.toArray(new SDVariable[0]));
    }

    /**
     * GELU, x * Phi(x) = x (1 + erf(x / sqrt 2)) / 2, exactly as PyTorch's {@code nn.GELU()}.
     * SameDiff's {@code gelu} is the approximation x * sigmoid(1.702 x), up to 0.02 away.
     */
    public SDVariable gelu(SDVariable x) {
        SDVariable phi = sd.math.erf(x.mul(Math.sqrt(0.5))).mul(0.5).add(0.5);   // Phi(x)
        return x.mul(phi);
    }

    /** SiLU, x * sigmoid(x) (SameDiff's swish; its gradient is checked in the tests). */
    public SDVariable silu(SDVariable x) {
        return sd.nn.swish(x);
    }
}
