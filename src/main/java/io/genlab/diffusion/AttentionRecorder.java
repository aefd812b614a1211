package io.genlab.diffusion;

import io.genlab.data.Tensor;
import io.genlab.nn.Tensors;
import io.genlab.train.KeptTrace;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a denoiser's attention weights into the frames of a sampling trace, at chosen sampler
 * steps: for every attention layer, {@code attention/LAYER} [N, heads, T, T], the weights of the N
 * samples' conditional rows (row q of a head: where query token q looks, a distribution over the
 * T keys). T is the number of tokens: 49 patches of dit-s at 28x28, 49 positions of unet-s's
 * 7x7 attention.
 *
 * <p>The sampling option {@code attention} chooses the steps: {@code all}, or a number K for K
 * steps spread evenly from the first to the last. The sampler calls the network once per step, so
 * the k-th call belongs to step k.
 */
public final class AttentionRecorder {
    public static final String OPTION = "attention";
    public static final String PREFIX = "attention/";
    /** The option and frame prefix of a text-conditioned model's cross-attention to the prompt's tokens. */
    public static final String CROSS_OPTION = "cross-attention";
    public static final String CROSS_PREFIX = "cross-attention/";
    private final List<String> weightNames;
    private final String prefix;
    private final boolean[] recorded;
    private final Map<Integer, Map<String, Tensor>> byStep = new HashMap<>();
    private int calls;

    private AttentionRecorder(List<String> weightNames, String prefix, boolean[] recorded) {
        this.weightNames = weightNames;
        this.prefix = prefix;
        this.recorded = recorded;
    }

    /**
     * @param value       the {@code attention} option: "all" or a whole number of steps
     * @param weightNames the denoiser's attention weights ({@link DenoiserNet#attentionNames()})
     * @param steps       the sampler's number of steps
     */
    public static AttentionRecorder parse(String value, List<String> weightNames, int steps) {
        if (weightNames.isEmpty()) throw new IllegalArgumentException("this model's network has no attention layers to record");
        return new AttentionRecorder(List.copyOf(weightNames), PREFIX, recordedSteps(OPTION, value, steps));
    }

    /**
     * A recorder of cross-attention to a prompt's tokens, {@code cross-attention/LAYER}
     * [N, heads, HW, T] in the frames; the option value as for {@link #parse}.
     *
     * @param weightNames the denoiser's cross-attention weights ({@link DenoiserNet#crossAttentionNames()})
     */
    public static AttentionRecorder parseCross(String value, List<String> weightNames, int steps) {
        if (weightNames.isEmpty()) throw new IllegalArgumentException("this model reads no prompt, so it has no cross-attention to record");
        return new AttentionRecorder(List.copyOf(weightNames), CROSS_PREFIX, recordedSteps(CROSS_OPTION, value, steps));
    }

    private static boolean[] recordedSteps(String option, String value, int steps) {
        boolean[] recorded = new boolean[steps];
        if (value.equals("all")) {
            java.util.Arrays.fill(recorded, true);
        } else {
            int k;
            try {
                k = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                k = 0;
            }
            if (k < 1) throw new IllegalArgumentException(option + " must be \"all\" or a number of steps of at least 1, got \"" + value + "\"");
            for (int step = 0; step < steps; step++) recorded[step] = k == 1 ? step == steps - 1 : KeptTrace.isKept(step, steps, k);
        }
        return recorded;
    }

    /** The graph outputs the next network call must also return, none if its step is not recorded. */
    public List<String> outputsForNextCall() {
        return calls < recorded.length && recorded[calls] ? weightNames : List.of();
    }

    /**
     * Takes the outputs of a network call on a batch whose first {@code samples} rows are the
     * samples' conditional rows.
     */
    public void afterCall(Map<String, INDArray> outputs, int samples) {
        if (calls < recorded.length && recorded[calls]) {
            Map<String, Tensor> maps = new LinkedHashMap<>();
            for (String name : weightNames) {
                INDArray w = outputs.get(name).get(NDArrayIndex.interval(0, samples)); // [N, heads, Tq, Tk]
                maps.put(prefix + layerOf(name), Tensors.toTensor(w.dup('c')));
            }
            byStep.put(calls, maps);
        }
        calls++;
    }

    /** A sink that adds the recorded maps to their step's frame before passing it on. */
    public TraceSink into(TraceSink sink) {
        return frame -> {
            Map<String, Tensor> maps = byStep.remove(frame.index());
            if (maps == null) {
                sink.accept(frame);
            } else {
                Map<String, Tensor> tensors = new LinkedHashMap<>(frame.tensors());
                tensors.putAll(maps);
                sink.accept(new TraceFrame(frame.index(), frame.total(), frame.caption(), tensors, frame.scalars()));
            }
        };
    }

    /** The layer a weight name belongs to, as trace frames name it: "blocks.0.attn/weights" -> "blocks.0.attn". */
    public static String layerOf(String weightName) {
        int slash = weightName.indexOf('/');
        return slash < 0 ? weightName : weightName.substring(0, slash);
    }
}
