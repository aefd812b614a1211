package io.genlab.gan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the 2D GAN playground that show a class something on purpose: a balanced game
 * that learns the data, mode collapse, and a generator whose gradient vanishes. Each is a set of
 * gan-2d options; the playground's form fills them in and every one can be changed.
 */
public final class GanPresets {
    private GanPresets() {}

    /** Preset name -> every gan-2d option (the defaults, then the preset's own), in the order the form offers them. */
    public static Map<String, Map<String, Object>> all() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        out.put("Balanced", complete(Map.of()));
        // A discriminator 50 times faster than the generator, 5 updates for each of G's: G learns to chase D's
        // current weak spot and puts nearly all of its points on one or two of the modes.
        out.put("Mode collapse", complete(Map.of("lr", 1e-4, "lrD", 5e-3, "k", 5)));
        // The same race with the original minimax loss: D rejects the fakes so surely that G's pull all but vanishes.
        out.put("Vanishing gradient", complete(Map.of("loss", "minimax", "lr", 1e-4, "lrD", 5e-3, "k", 5)));
        return out;
    }

    private static Map<String, Object> complete(Map<String, Object> own) {
        GanConfig d = Gan2dProvider.DEFAULTS;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("layers", Gan2dProvider.LAYERS);
        o.put("width", Gan2dProvider.WIDTH);
        o.put("noise", Gan2dProvider.NOISE);
        o.put("lr", d.learningRate());
        o.put("lrD", d.learningRateD());
        o.put("loss", d.loss().key());
        o.put("k", d.dSteps());
        o.putAll(own);
        return o;
    }
}
