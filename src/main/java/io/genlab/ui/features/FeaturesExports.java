package io.genlab.ui.features;

import io.genlab.ui.widgets.Export;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Layer features view can save: the chosen layer's feature maps, the overview with one
 * channel per layer and the input image, each as shown when the menu opens.
 */
final class FeaturesExports {
    private FeaturesExports() {}

    static List<Export> of(FeatureFigures figures) {
        List<Export> out = new ArrayList<>();
        BufferedImage g = figures.gridPanel().picture();
        LayerEntry layer = figures.layers().getSelectedValue();
        if (g != null && layer != null) {
            out.add(new Export.Picture("Feature maps of " + layer.name(), "features-" + layer.name().replaceAll("[^A-Za-z0-9.]+", "-"), () -> g));
        }
        BufferedImage o = figures.overviewPanel().picture();
        if (o != null) out.add(new Export.Picture("One channel per layer", "features-overview", () -> o));
        BufferedImage in = figures.inputPanel().picture();
        FeatureProber.Probe shown = figures.shown();
        if (in != null && shown != null) out.add(new Export.Picture("Input image #" + shown.index(), "features-input-" + shown.index(), () -> in));
        return out;
    }
}
