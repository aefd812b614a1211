package io.genlab.eval.prompts;

import java.util.Random;

/**
 * Pictures of pure pixel noise, in which no object of any colour is present: the attribute
 * judge's negative examples. Without them a judge that has only ever seen clean renders reads
 * colours into noise (one trained so read about two colours into each picture of an untrained
 * model), which would credit a model that draws nothing with colours and counts. Each picture has
 * its own grey level and strength: every value is {@code mean + sigma * N(0, 1)}, clipped to [-1, 1].
 */
final class NoisePictures {
    private NoisePictures() {}

    /** {@code count} pictures [count, 3, side, side], flattened. */
    static float[] draw(Random r, int count, int side) {
        int size = 3 * side * side;
        float[] out = new float[count * size];
        for (int k = 0; k < count; k++) {
            double mean = -0.6 + 1.2 * r.nextDouble(), sigma = 0.3 + 0.7 * r.nextDouble();
            for (int i = 0; i < size; i++) out[k * size + i] = (float) Math.max(-1, Math.min(1, mean + sigma * r.nextGaussian()));
        }
        return out;
    }
}
