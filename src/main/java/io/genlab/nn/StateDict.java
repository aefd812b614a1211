package io.genlab.nn;

import io.genlab.data.Tensor;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks a model state read from a checkpoint against the state the model expects, before anything is changed. */
public final class StateDict {
    private StateDict() {}

    /**
     * @param expected the model's own state (names and shapes it needs)
     * @param given    the state to restore
     * @throws IllegalArgumentException naming the first missing, extra or wrongly shaped entry
     */
    public static void check(Map<String, Tensor> expected, Map<String, Tensor> given) {
        Set<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(given.keySet());
        if (!missing.isEmpty()) throw new IllegalArgumentException("checkpoint lacks " + missing.size() + " entries, e.g. '" + missing.iterator().next() + "'; it was written by a different model");
        Set<String> extra = new TreeSet<>(given.keySet());
        extra.removeAll(expected.keySet());
        if (!extra.isEmpty()) throw new IllegalArgumentException("checkpoint has " + extra.size() + " unknown entries, e.g. '" + extra.iterator().next() + "'; it was written by a different model");
        for (var e : expected.entrySet()) {
            int[] want = e.getValue().shape(), got = given.get(e.getKey()).shape();
            if (!Arrays.equals(want, got)) {
                throw new IllegalArgumentException("checkpoint entry '" + e.getKey() + "' has shape " + Arrays.toString(got)
                        + " but the model expects " + Arrays.toString(want));
            }
        }
    }
}
