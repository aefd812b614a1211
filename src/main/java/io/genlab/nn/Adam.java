package io.genlab.nn;

import io.genlab.data.Tensor;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

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
 */
public final class Adam {
    private final SameDiff sd;
    private final List<String> variables;
    private final double beta1, beta2, epsilon, weightDecay;
    private double learningRate;
    private final Map<String, INDArray> m = new LinkedHashMap<>();
    private final Map<String, INDArray> v = new LinkedHashMap<>();
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
        for (String name : this.variables) {
            INDArray p = sd.getArrForVarName(name);
            m.put(name, Nd4j.zerosLike(p));
            v.put(name, Nd4j.zerosLike(p));
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
        t++;
        double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
        double stepSize = learningRate * Math.sqrt(c2) / c1;
        for (String name : variables) {
            INDArray g = gradients.get(name);
            if (g == null) throw new IllegalStateException("no gradient for variable '" + name + "'");
            INDArray p = sd.getArrForVarName(name);
            INDArray mi = m.get(name), vi = v.get(name);
            mi.muli(beta1).addi(g.mul(1 - beta1));                    // m = b1 m + (1 - b1) g
            vi.muli(beta2).addi(g.mul(g).muli(1 - beta2));            // v = b2 v + (1 - b2) g^2
            if (weightDecay > 0) p.muli(1 - learningRate * weightDecay);
            INDArray denom = Transforms.sqrt(vi, true).addi(epsilon * Math.sqrt(c2));
            p.subi(mi.div(denom).muli(stepSize));                      // p -= lr_t m / (sqrt(v) + eps)
        }
    }

    /** The optimiser state as tensors named {@code prefix + "m/" + var}, {@code "v/"}, and the step count. */
    public Map<String, Tensor> state(String prefix) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (String name : variables) {
            out.put(prefix + "m/" + name, Tensors.toTensor(m.get(name)));
            out.put(prefix + "v/" + name, Tensors.toTensor(v.get(name)));
        }
        out.put(prefix + "t", new Tensor(new float[]{t}, new int[]{1}));
        return out;
    }

    /** Restores {@link #state}; shapes are checked by the caller's {@link StateDict} first. */
    public void restore(String prefix, Map<String, Tensor> state) {
        for (String name : variables) {
            m.get(name).assign(Tensors.toArray(state.get(prefix + "m/" + name)));
            v.get(name).assign(Tensors.toArray(state.get(prefix + "v/" + name)));
        }
        t = (long) state.get(prefix + "t").data()[0];
    }
}
