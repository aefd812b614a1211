package io.genlab.train;

import java.util.Arrays;
import java.util.Map;

/**
 * What to generate: how many examples, of which classes, from which seed, with which
 * family-specific settings (a diffusion sampler's steps, a GAN's truncation, ...).
 *
 * @param count   number of examples, at least 1
 * @param labels  class of each example (length {@code count}); -1 asks for an unconditional sample
 * @param seed    all randomness of the generation derives from it
 * @param options family-specific settings; a model rejects keys it does not know
 */
public record GenerationRequest(int count, int[] labels, long seed, Map<String, String> options) {
    public GenerationRequest {
        if (count < 1) throw new IllegalArgumentException("count must be at least 1, got " + count);
        if (labels.length != count) {
            throw new IllegalArgumentException(labels.length + " labels for " + count + " examples");
        }
        labels = labels.clone();
        options = Map.copyOf(options);
    }

    /** {@code count} examples cycling through the classes 0, 1, ..., numClasses-1, 0, ... */
    public static GenerationRequest cyclingClasses(int count, int numClasses, long seed) {
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) labels[i] = i % numClasses;
        return new GenerationRequest(count, labels, seed, Map.of());
    }

    /** {@code count} examples all of class {@code label}. */
    public static GenerationRequest ofClass(int count, int label, long seed) {
        int[] labels = new int[count];
        Arrays.fill(labels, label);
        return new GenerationRequest(count, labels, seed, Map.of());
    }

    public GenerationRequest withOptions(Map<String, String> newOptions) {
        return new GenerationRequest(count, labels, seed, newOptions);
    }

    @Override
    public int[] labels() { return labels.clone(); }
}
