package io.genlab.ui.forward;

import io.genlab.data.CatalogEntry;
import io.genlab.data.DatasetCatalog;
import io.genlab.data.DatasetSpec;
import io.genlab.data.ImageDataset;
import io.genlab.ui.shell.WorkbenchContext;

import javax.swing.SwingUtilities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The image datasets the forward-process view offers as x_0, each loaded once, in the background,
 * and kept even if the user has chosen another source while it loaded.
 */
final class ForwardDatasets {
    /** Loads datasets one after another, off the event dispatch thread. */
    static final Executor LOADER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "genlab-forward-data");
        t.setDaemon(true);
        return t;
    });

    private final Function<String, ImageDataset> load;
    private final Executor background;
    private final Map<String, ImageDataset> loaded = new HashMap<>();
    private final Set<String> loading = new HashSet<>();

    /**
     * @param load       loads a dataset; called on {@code background}
     * @param background where loads run
     */
    ForwardDatasets(Function<String, ImageDataset> load, Executor background) {
        this.load = load;
        this.background = background;
    }

    /** The image sources a student can pick: the usable image datasets of this installation. */
    static List<String> available(WorkbenchContext context) {
        List<String> out = new ArrayList<>();
        for (CatalogEntry e : DatasetCatalog.available(context.locations())) {
            if (e.active() && e.usable() && DatasetSpec.parse(e.spec()).isImages()) out.add(e.spec());
        }
        return out;
    }

    /** A dataset already loaded, or null. */
    ImageDataset loaded(String spec) { return loaded.get(spec); }

    /** True while a dataset is on its way. */
    boolean loading(String spec) { return loading.contains(spec); }

    /**
     * Loads a dataset unless it is already on its way. Once it ends, on the event dispatch thread,
     * the dataset is kept and {@code done} hears of the dataset or of the error.
     */
    void load(String spec, BiConsumer<ImageDataset, RuntimeException> done) {
        if (!loading.add(spec)) return;
        background.execute(() -> {
            ImageDataset result = null;
            RuntimeException error = null;
            try {
                result = load.apply(spec);
            } catch (RuntimeException e) {
                error = e;
            }
            ImageDataset r = result;
            RuntimeException e = error;
            SwingUtilities.invokeLater(() -> {
                loading.remove(spec);
                if (e == null) loaded.put(spec, r);
                done.accept(r, e);
            });
        });
    }
}
