package io.genlab.eval.prompts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an attribute judge is and how far it can be trusted: its network, how it was trained, and
 * its {@link FidelityTable} on real renders of scenes it never saw, the ceiling of what
 * {@code genlab eval --prompts} can measure with it. Saved beside its weights as
 * {@code attribute-judge.json}.
 *
 * @param side            image side in pixels (32: Shapes)
 * @param width           channels of its trunk ({@link AttributeNet})
 * @param parameters      trainable numbers
 * @param steps           Adam steps, each on a batch of freshly rendered scenes
 * @param batchSize       scenes per step
 * @param learningRate    Adam's step size at the start (it decays linearly to a tenth over the last fifth)
 * @param seed            seed of the initial weights and of the training scenes
 * @param testSeed        Shapes seed of the held-out scenes it was measured on
 * @param testScenes      held-out scenes measured on
 * @param accuracy        the fidelity table of the real renders against their own captions, {@link FidelityTable#toMap}
 * @param centreError     mean distance in pixels between read and true centres of the held-out objects
 * @param centreError95   95th percentile of that distance
 * @param noiseColours    mean number of colours it reads as present in pictures of pure noise, where there are none
 * @param trainingSeconds wall-clock of the training steps
 * @param machine         the computer it trained on, e.g. "2 processors, Linux amd64"
 * @param command         the command that made it
 * @param genlabVersion   the GenLab that made it
 */
public record AttributeJudgeCard(int side, int width, long parameters, int steps, int batchSize, double learningRate, long seed,
                                 long testSeed, int testScenes, Map<String, Map<String, Double>> accuracy, double centreError,
                                 double centreError95, double noiseColours, double trainingSeconds, String machine, String command, String genlabVersion) {
    public AttributeJudgeCard {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        accuracy.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        accuracy = Collections.unmodifiableMap(copy);
    }
}
