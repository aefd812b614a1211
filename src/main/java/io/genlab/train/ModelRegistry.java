package io.genlab.train;

import io.genlab.data.Tensor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/** The model configurations on the class path, found through {@link ModelProvider} services. */
public final class ModelRegistry {
    private final List<ModelProvider> providers;

    public ModelRegistry(List<ModelProvider> providers) {
        this.providers = providers.stream().sorted(Comparator.comparing(ModelProvider::name)).toList();
    }

    /** Every provider registered in META-INF/services. */
    public static ModelRegistry discover() {
        List<ModelProvider> found = new ArrayList<>();
        ServiceLoader.load(ModelProvider.class).forEach(found::add);
        return new ModelRegistry(found);
    }

    public List<ModelProvider> providers() { return providers; }

    /**
     * A freshly initialised model for a run: the config's model and options, initialised from
     * the run seed's "init" stream.
     *
     * @throws IllegalArgumentException if the model is unknown, cannot model this data, or an option is wrong
     */
    public GenerativeModel create(RunConfig config, DataShape shape) {
        ModelProvider provider = get(config.model());
        if (!provider.supports(shape)) {
            throw new IllegalArgumentException(config.model() + " cannot be trained on " + config.dataset() + " (" + shape + ")");
        }
        return provider.create(shape, config.options(), io.genlab.data.Seeds.of(config.seed(), "init"));
    }

    /**
     * Rebuilds the model a checkpoint was written by and restores its state: the full training
     * state, or the sampling weights of a shipped model (see {@link GenerativeModel#samplingState()}).
     * Use it to generate and probe; to continue training use {@link #loadForTraining}.
     *
     * @throws IllegalArgumentException naming the checkpoint if its model is unknown here or its
     *                                  state does not fit the model
     */
    public GenerativeModel load(Checkpoints.Loaded checkpoint) {
        return load(checkpoint, false);
    }

    /**
     * Like {@link #load} but requires the full training state (weights and optimiser), so the run
     * continues exactly as if it had not stopped.
     *
     * @throws SamplingWeightsOnly if the checkpoint holds sampling weights only
     */
    public GenerativeModel loadForTraining(Checkpoints.Loaded checkpoint) {
        return load(checkpoint, true);
    }

    /**
     * Rebuilds the model a checkpoint was written by with its sampling weights only and a fresh
     * optimiser, so training can go on from a shipped model (or start a run's optimiser afresh).
     *
     * @throws IllegalArgumentException naming the checkpoint if its model is unknown here, its state
     *                                  does not fit, or the model cannot train from its sampling
     *                                  weights alone ({@link GenerativeModel#trainsFromSamplingWeights()})
     */
    public GenerativeModel loadWithFreshOptimiser(Checkpoints.Loaded checkpoint) {
        CheckpointManifest m = checkpoint.manifest();
        GenerativeModel model = build(checkpoint);
        if (!model.trainsFromSamplingWeights()) {
            throw new IllegalArgumentException(checkpoint.dir() + ": " + m.model() + " cannot train from its sampling weights "
                    + "alone (a GAN also needs its discriminator); continue a run that holds its full training state");
        }
        Map<String, Tensor> sampling = new LinkedHashMap<>(checkpoint.state());
        sampling.keySet().retainAll(model.samplingState().keySet());
        return restore(model, new Checkpoints.Loaded(checkpoint.dir(), m, sampling), false);
    }

    /**
     * Whether training can continue from this checkpoint, as {@link #loadForTraining} decides:
     * false for the sampling weights of a shipped model. It builds the model to compare the
     * checkpoint's entries with the model's, but restores nothing; call it off the UI thread.
     *
     * @throws IllegalArgumentException if the checkpoint's model is unknown here or cannot be built
     */
    public boolean holdsTrainingState(Checkpoints.Loaded checkpoint) {
        CheckpointManifest m = checkpoint.manifest();
        return !samplingOnly(create(m.config(), m.shape()), checkpoint.state().keySet());
    }

    /** Whether {@code keys} are those of the model's sampling weights rather than of its training state. */
    private static boolean samplingOnly(GenerativeModel model, Set<String> keys) {
        return !keys.equals(model.state().keySet()) && keys.equals(model.samplingState().keySet());
    }

    private GenerativeModel load(Checkpoints.Loaded checkpoint, boolean forTraining) {
        return restore(build(checkpoint), checkpoint, forTraining);
    }

    /** A fresh model as the checkpoint's config and data shape describe it. */
    private GenerativeModel build(Checkpoints.Loaded checkpoint) {
        CheckpointManifest m = checkpoint.manifest();
        try {
            return create(m.config(), m.shape());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(checkpoint.dir() + ": cannot load " + m.model() + ": " + e.getMessage(), e);
        }
    }

    /** Restores a checkpoint into the freshly built model it was written by. */
    private static GenerativeModel restore(GenerativeModel model, Checkpoints.Loaded checkpoint, boolean forTraining) {
        CheckpointManifest m = checkpoint.manifest();
        try {
            if (model.info().parameters() != m.parameters()) {
                throw new IllegalArgumentException("the checkpoint's model has " + m.parameters()
                        + " parameters, this GenLab builds " + model.info().parameters());
            }
            boolean samplingOnly = samplingOnly(model, checkpoint.state().keySet());
            if (samplingOnly && forTraining) {
                throw new SamplingWeightsOnly("it holds the sampling weights of a shipped model, not a training state: "
                        + "it can generate, and training can go on from it only with a fresh optimiser");
            }
            if (samplingOnly) model.restoreSampling(checkpoint.state());
            else model.restore(checkpoint.state());
            return model;
        } catch (SamplingWeightsOnly e) {
            throw new SamplingWeightsOnly(checkpoint.dir() + ": cannot train " + m.model() + " further: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(checkpoint.dir() + ": cannot load " + m.model() + ": " + e.getMessage(), e);
        }
    }

    /** {@link #loadForTraining} refuses a shipped model's checkpoint: it holds the sampling weights only. */
    public static final class SamplingWeightsOnly extends IllegalArgumentException {
        SamplingWeightsOnly(String message) {
            super(message);
        }
    }

    /** The provider called {@code name}, or an error that lists the known names. */
    public ModelProvider get(String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model '" + name + "'; known models: "
                        + providers.stream().map(ModelProvider::name).collect(Collectors.joining(", "))));
    }
}
