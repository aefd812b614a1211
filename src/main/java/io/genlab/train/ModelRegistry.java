package io.genlab.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
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

    /** The provider called {@code name}, or an error that lists the known names. */
    public ModelProvider get(String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model '" + name + "'; known models: "
                        + providers.stream().map(ModelProvider::name).collect(Collectors.joining(", "))));
    }
}
