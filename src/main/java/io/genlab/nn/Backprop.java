package io.genlab.nn;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One forward and backward pass of a SameDiff graph, as {@code calculateGradientsAndOutputs}
 * computes it, but with SameDiff's array cache on.
 *
 * <p>SameDiff 1.0.0-M2.1's {@code calculateGradientsAndOutputs} switches the array cache of its
 * gradient function off. Every op output is then a fresh native buffer, freed only when the
 * garbage collector finds it: for a unet-s step at batch 64, thousands of buffers and 2.9 GB.
 * A flight recording of training put a fifth of the step in allocating them
 * ({@code OpaqueDataBuffer.allocateDataBuffer}).
 *
 * <p>With the cache on, SameDiff's {@code ArrayCacheMemoryMgr} takes back an array as soon as
 * every op that reads it has run, and hands it to the next op (in this step or the next) that
 * needs an array of that shape. Graph outputs, gradients, variables, constants and placeholders
 * are never taken back. The results are bit for bit those of
 * {@code calculateGradientsAndOutputs} (BackpropTest).
 *
 * <p>The session remembers the id of every array it took back, to avoid taking one back twice,
 * and M2.1 never forgets them: thousands of ids per step, which would fill the heap over a long
 * run. They are forgotten after each pass, when none of those arrays can come back again.
 *
 * <p>SameDiff keeps one session, and so one cache (up to a quarter of JavaCPP's native bound),
 * per thread. A model trains on one thread at a time, but not always the same one (the
 * workbench's workers come from a pool), so a pass closes the sessions other threads left.
 */
public final class Backprop {
    private static final String GRAD_FUNCTION = "grad";
    private static final Field FREED_ARRAYS = freedArraysField();

    private Backprop() {}

    /**
     * Runs {@code sd}'s forward and backward pass on {@code placeholders}; returns the values of
     * {@code outputs} and the loss's gradients for {@code variables}, keyed by variable name.
     * Builds the backward pass first if {@link GradientGraph#build} was not called.
     */
    public static OutAndGrad run(SameDiff sd, Map<String, INDArray> placeholders, List<String> outputs, List<String> variables) {
        if (sd.getFunction(GRAD_FUNCTION) == null) GradientGraph.build(sd);
        SameDiff grad = sd.getFunction(GRAD_FUNCTION);
        NativeMemory.releaseOtherThreadsSessions(grad);
        grad.setEnableCache(true);
        grad.setListeners(sd.getListeners());
        List<String> gradientNames = new ArrayList<>();
        for (String v : variables) gradientNames.add(gradientName(sd, v));
        List<String> names = new ArrayList<>(outputs);
        names.addAll(gradientNames);
        Map<String, INDArray> values = grad.output(placeholders, names.toArray(new String[0]));
        forgetFreedArrays(grad);
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (String o : outputs) out.put(o, values.get(o));
        Map<String, INDArray> gradients = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) gradients.put(variables.get(i), values.get(gradientNames.get(i)));
        return new OutAndGrad(out, gradients);
    }

    private static String gradientName(SameDiff sd, String variable) {
        var v = sd.getVariable(variable);
        if (v == null) throw new IllegalArgumentException("no variable " + variable + " in the graph");
        if (v.getGradient() == null) throw new IllegalArgumentException(variable + " has no gradient: the loss does not depend on it");
        return v.getGradient().name();
    }

    /** Forgets the ids of the arrays this thread's session took back (see the class comment). */
    private static void forgetFreedArrays(SameDiff grad) {
        InferenceSession session = grad.getSessions().get(Thread.currentThread().getId());
        if (session == null) return;
        try {
            ((Set<?>) FREED_ARRAYS.get(session)).clear();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot reach SameDiff's freed-array ids", e);
        }
    }

    private static Field freedArraysField() {
        try {
            Field f = InferenceSession.class.getDeclaredField("freedArrays");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("this ND4J has no InferenceSession.freedArrays; Backprop is written for 1.0.0-M2.1", e);
        }
    }
}
