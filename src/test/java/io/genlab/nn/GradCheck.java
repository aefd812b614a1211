package io.genlab.nn;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A finite-difference gradient check for a SameDiff graph in double precision: the scalar loss
 * sum(out * R) with a fixed random R, SameDiff's gradient against central differences.
 * Large variables are checked at a fixed random sample of entries (always the first and last).
 */
public final class GradCheck {
    static final double EPS = 1e-6, MAX_REL = 1e-5;
    /**
     * Below this absolute difference entries pass whatever their relative error: rounding in a
     * loss of order 10-100, divided by 2 EPS, alone reaches a few 1e-8 (measured on a ResBlock,
     * where eps 1e-5 agreed with the analytic gradient to 1e-9 and eps 1e-6 to 3e-8).
     */
    static final double ABS_FLOOR = 1e-7;
    static final int SAMPLES_PER_VARIABLE = 24;

    private GradCheck() {}

    /**
     * @param out          the block's output
     * @param placeholders values of the graph's placeholders (entries named in {@code wrt} are perturbed too)
     * @param wrt          variables and placeholders to check
     * @return the number of entries checked
     */
    public static int check(SameDiff sd, SDVariable out, Map<String, INDArray> placeholders, List<String> wrt) {
        Random rng = new Random(42);
        INDArray y = sd.output(placeholders, out.name()).get(out.name());
        INDArray r = Nd4j.create(DataType.DOUBLE, y.shape());
        for (long i = 0; i < r.length(); i++) r.putScalar(i, rng.nextGaussian());
        out.mul(sd.constant(r)).sum("gcLoss");
        sd.setLossVariables("gcLoss");
        GradientGraph.build(sd);
        Map<String, INDArray> grads = sd.calculateGradients(placeholders, wrt);
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (String name : wrt) {
            INDArray g = grads.get(name);
            assertNotNull(g, "no gradient for " + name);
            INDArray a = placeholders.containsKey(name) ? placeholders.get(name) : sd.getArrForVarName(name);
            assertEquals(DataType.DOUBLE, a.dataType(), name + " is not double");
            assertEquals(List.of(toBoxed(a.shape())), List.of(toBoxed(g.shape())), "gradient shape of " + name);
            for (long i : sample(a.length(), rng)) {
                double orig = a.getDouble(i);
                a.putScalar(i, orig + EPS);
                double plus = loss(sd, placeholders);
                a.putScalar(i, orig - EPS);
                double minus = loss(sd, placeholders);
                a.putScalar(i, orig);
                double numeric = (plus - minus) / (2 * EPS);
                double analytic = g.getDouble(i);
                double diff = Math.abs(numeric - analytic);
                double rel = diff / Math.max(Math.abs(numeric), Math.abs(analytic));
                if (diff > ABS_FLOOR && rel > MAX_REL) {
                    failures.add(name + "[" + i + "]: analytic " + analytic + " numeric " + numeric + " rel " + rel);
                }
                checked++;
            }
        }
        if (!failures.isEmpty()) fail(failures.size() + " of " + checked + " gradient entries differ, e.g.\n" + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
        return checked;
    }

    private static double loss(SameDiff sd, Map<String, INDArray> placeholders) {
        return sd.output(placeholders, "gcLoss").get("gcLoss").getDouble(0);
    }

    private static Set<Long> sample(long n, Random rng) {
        Set<Long> out = new LinkedHashSet<>();
        if (n <= SAMPLES_PER_VARIABLE) {
            for (long i = 0; i < n; i++) out.add(i);
            return out;
        }
        out.add(0L);
        out.add(n - 1);
        while (out.size() < SAMPLES_PER_VARIABLE) out.add((long) rng.nextInt((int) n));
        return out;
    }

    private static Long[] toBoxed(long[] a) {
        Long[] b = new Long[a.length];
        for (int i = 0; i < a.length; i++) b[i] = a[i];
        return b;
    }

    /** A double array of the given shape with N(0, 1) entries from the seed. */
    public static INDArray gaussian(long seed, long... shape) {
        Random rng = new Random(seed);
        INDArray a = Nd4j.create(DataType.DOUBLE, shape);
        for (long i = 0; i < a.length(); i++) a.putScalar(i, rng.nextGaussian());
        return a;
    }
}
