package io.genlab.train;

import io.genlab.data.Batch;
import io.genlab.data.Tensor;

import java.util.Map;

/**
 * A generative model of any family, as the training loop, the CLI and the workbench see it.
 *
 * <p>Every family (diffusion, GAN, autoregressive, transformer, the baselines) answers the same
 * questions: train one step, generate while reporting a trace, probe intermediate activations,
 * and hand over or take back its state for checkpoints. Implementations are not thread-safe:
 * one thread drives a model at a time (SameDiff graphs are not thread-safe).
 */
public interface GenerativeModel {

    /** Family, reference name, parameter count, data shape and the options it was built with. */
    ModelInfo info();

    /**
     * One optimisation step on a batch.
     *
     * @param batch    the inputs ([B, C, H, W] images or [B, 2] points) and labels
     * @param stepSeed seed for all randomness of this step (noise, timesteps, dropout), so a
     *                 resumed run repeats the uninterrupted one exactly
     * @return named losses of this step, e.g. {@code {"mse": 0.04}} or {@code {"d": .., "g": ..}}
     */
    Map<String, Double> trainStep(Batch batch, long stepSeed);

    /** Learning rate that the next step will use. */
    double learningRate();

    /**
     * Generates {@code request.count()} examples, reporting every intermediate state to the sink.
     *
     * @return the samples, [N, C, H, W] in [-1, 1] or [N, 2]
     */
    Tensor generate(GenerationRequest request, TraceSink sink);

    /**
     * What a training run's snapshot draws: {@code count} samples cycling through the classes. A
     * text-conditioned model draws the captions of {@code examples} instead (the data's first
     * images), and its pictures are labelled with those images' classes.
     *
     * @param examples at least {@code count} examples of the training data, in order
     */
    default Preview preview(int count, long seed, io.genlab.data.Batch examples) {
        GenerationRequest r = GenerationRequest.cyclingClasses(count, info().shape().numClasses(), seed);
        return new Preview(r, r.labels());
    }

    /**
     * A snapshot's generation and the classes its pictures are labelled with.
     *
     * @param request what to generate
     * @param labels  the class of each sample for its caption, -1 for none
     */
    record Preview(GenerationRequest request, int[] labels) {}

    /**
     * How many times one generated example goes through the network for this request: 1 for a
     * single pass (a GAN), the sampler's steps for a diffusion model (twice that with guidance),
     * one per pixel for an autoregressive model. Cost tables report it beside the wall-clock.
     */
    default double networkEvaluations(GenerationRequest request) {
        return 1;
    }

    /**
     * Named intermediate activations for the given inputs, in the order they are computed
     * (feature maps for the layer view), e.g. {@code "enc1.conv" -> [B, 32, 28, 28]}.
     */
    Map<String, Tensor> probe(Tensor inputs, int[] labels);

    /**
     * Everything needed to continue training: weights, EMA copies and optimiser state, by name.
     * The arrays are copies; the model keeps no reference to them.
     */
    Map<String, Tensor> state();

    /**
     * Replaces the model's state with one from {@link #state()}.
     *
     * @throws IllegalArgumentException naming the first missing, extra or wrongly shaped entry;
     *                                  the model is unchanged in that case
     */
    void restore(Map<String, Tensor> state);

    /**
     * The part of the state that generating and probing need (for a diffusion model, its EMA
     * weights without the optimiser's moments): what a shipped, pretrained model carries. The
     * default is the whole {@link #state()}.
     */
    default Map<String, Tensor> samplingState() {
        return state();
    }

    /**
     * Replaces the model's weights with a {@link #samplingState()}. The model then generates and
     * probes exactly as the one that wrote it; it cannot continue that run's training.
     *
     * @throws IllegalArgumentException naming the first missing, extra or wrongly shaped entry
     */
    default void restoreSampling(Map<String, Tensor> state) {
        restore(state);
    }

    /**
     * Whether training can start again from {@link #samplingState()} alone, with a fresh optimiser:
     * true when the sampling weights are every weight that training changes (a diffusion model's EMA
     * weights, a PixelCNN's weights); false when training needs more (a GAN's discriminator).
     */
    default boolean trainsFromSamplingWeights() {
        return false;
    }
}
