package io.genlab.ui.train;

import io.genlab.data.CatalogEntry;
import io.genlab.train.DataShape;
import io.genlab.train.ModelProvider;
import io.genlab.train.TrainingData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The models and datasets the Train form offers: every model of this GenLab, and for each the
 * datasets on this machine that it can learn. It only answers; the form shows the choices.
 */
final class TrainChoices {
    private final List<ModelProvider> models;
    private final List<String> datasetSpecs;

    /**
     * @param models  the models to offer
     * @param catalog the datasets on this machine
     */
    TrainChoices(List<ModelProvider> models, List<CatalogEntry> catalog) {
        this.models = List.copyOf(models);
        this.datasetSpecs = catalog.stream().filter(e -> e.active() && e.usable()).map(CatalogEntry::spec).distinct().toList();
    }

    /** The models offered, in order. */
    List<ModelProvider> models() { return models; }

    /** The models offered, by name. */
    List<String> modelNames() {
        return models.stream().map(ModelProvider::name).toList();
    }

    /** The model offered under {@code name}, if there is one. */
    Optional<ModelProvider> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The datasets offered for a model: those on this machine it can learn. */
    List<String> datasetsFor(String modelName) {
        ModelProvider p = model(modelName).orElse(null);
        if (p == null) return List.of();
        List<String> fit = new ArrayList<>();
        for (String spec : datasetSpecs) {
            Optional<DataShape> shape = TrainingData.expectedShape(spec);
            if (shape.isEmpty() || p.supports(shape.get())) fit.add(spec);
        }
        return fit;
    }

    /** Points or images, as far as the spec tells; images when it cannot tell. */
    static DataShape.Kind kindOf(String spec) {
        try {
            return TrainingData.expectedShape(spec).map(DataShape::kind).orElse(DataShape.Kind.IMAGES);
        } catch (RuntimeException e) {
            return DataShape.Kind.IMAGES;
        }
    }
}
