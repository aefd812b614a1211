package io.genlab.nn;

import io.genlab.data.Tensor;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma &amp; Ba, 2015, Algorithm 1) with optional decoupled weight decay (AdamW,
 * Loshchilov &amp; Hutter, 2019), applied to a chosen subset of a SameDiff graph's variables.
 *
 * <p>Owning the update (instead of SameDiff's TrainingConfig) lets one graph hold two
 * optimisers (a GAN's generator and discriminator) and lets checkpoints store the moments as
 * plain tensors.
 *
 * <p>The moments and the gradient live in flat buffers [N], one variable after the other, with
 * a view per variable: a step copies the gradients into the flat buffer and updates every
 * moment in one native op (libnd4j's {@code adam_updater}), where a loop over the variables
 * took eight ops and four temporary arrays per variable. The flat gradient also gives the
 * gradient norm in one op ({@link #gather}).
 */
public final class Adam {
    private final SameDiff sd;
    private final List<String> variables;
    private final double beta1, beta2, epsilon, weightDecay;
    private double learningRate;
    private final INDArray m, v, gradient;                       // [N] each, variables in order
    private final Map<String, INDArray> mOf = new LinkedHashMap<>(), vOf = new LinkedHashMap<>(), gradientOf = new LinkedHashMap<>();
    private long t;

    public Adam(SameDiff sd, List<String> variables, double learningRate, double beta1, double beta2,
                double epsilon, double weightDecay) {
        if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        this.sd = sd;
        this.variables = List.copyOf(variables);
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        long n = 0;
        DataType type = DataType.FLOAT;
        for (String name : this.variables) {
            INDArray p = sd.getArrForVarName(name);
            n += p.length();
            type = p.dataType();
        }
        this.m = Nd4j.zeros(type, n);
        this.v = Nd4j.zeros(type, n);
        this.gradient = Nd4j.zeros(type, n);
        long at = 0;
        for (String name : this.variables) {
            INDArray p = sd.getArrForVarName(name);
            mOf.put(name, slice(m, at, p));
            vOf.put(name, slice(v, at, p));
            gradientOf.put(name, slice(gradient, at, p));
            at += p.length();
        }
    }

    /** Adam with the usual constants (beta1 0.9, beta2 0.999, eps 1e-8, no weight decay). */
    public static Adam standard(SameDiff sd, List<String> variables, double learningRate) {
        return new Adam(sd, variables, learningRate, 0.9, 0.999, 1e-8, 0);
    }

    public List<String> variables() { return variables; }
    public double learningRate() { return learningRate; }
    public void setLearningRate(double lr) { this.learningRate = lr; }
    public long iterations() { return t; }

    /** One update of every variable from its gradient (gradients of variables not in the subset are ignored). */
    public void apply(Map<String, INDArray> gradients) {
        gather(gradients);
        step();
    }

    /**
     * Copies the variables' gradients into the flat gradient buffer and returns it [N], valid
     * until the next {@link #step} (which turns it into the update) or {@code gather}.
     */
    public INDArray gather(Map<String, INDArray> gradients) {
        for (String name : variables) {
            INDArray g = gradients.get(name);
            if (g == null) throw new IllegalStateException("no gradient for variable '" + name + "'");
            gradientOf.get(name).assign(g);
        }
        return gradient;
    }

    /** One update of every variable from the gradients last {@link #gather gathered}. */
    public void step() {
        t++;
        double c2 = 1 - Math.pow(beta2, t);
        // m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; gradient := lr sqrt(c2) / c1 * m / (sqrt(v) + eps sqrt(c2)),
        // with c_i = 1 - b_i^t (the op counts iterations from 0): PyTorch's lr / c1 * m / (sqrt(v / c2) + eps)
        Nd4j.exec(new AdamUpdater(gradient, v, m, learningRate, beta1, beta2, epsilon * Math.sqrt(c2), Math.toIntExact(t - 1)));
        for (String name : variables) {
            INDArray p = sd.getArrForVarName(name);
            if (weightDecay > 0) p.muli(1 - learningRate * weightDecay);
            p.subi(gradientOf.get(name));                              // p -= update
        }
    }

    /** The optimiser state as tensors named {@code prefix + "m/" + var}, {@code "v/"}, and the step count. */
    public Map<String, Tensor> state(String prefix) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (String name : variables) {
            out.put(prefix + "m/" + name, Tensors.toTensor(mOf.get(name)));
            out.put(prefix + "v/" + name, Tensors.toTensor(vOf.get(name)));
        }
        out.put(prefix + "t", new Tensor(new float[]{t}, new int[]{1}));
        return out;
    }

    /** Restores {@link #state}; shapes are checked by the caller's {@link StateDict} first. */
    public void restore(String prefix, Map<String, Tensor> state) {
        for (String name : variables) {
            mOf.get(name).assign(Tensors.toArray(state.get(prefix + "m/" + name)));
            vOf.get(name).assign(Tensors.toArray(state.get(prefix + "v/" + name)));
        }
        t = (long) state.get(prefix + "t").data()[0];
    }

    /** The entries [at, at + p.length()) of a flat buffer, shaped like p. */
    private static INDArray slice(INDArray flat, long at, INDArray p) {
        return flat.get(NDArrayIndex.interval(at, at + p.length())).reshape('c', p.shape());
    }
}
