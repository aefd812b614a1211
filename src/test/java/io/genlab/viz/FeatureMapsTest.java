package io.genlab.viz;

import io.genlab.data.Tensor;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class FeatureMapsTest {

    @Test
    void limitIsThe99thPercentileOfTheMagnitudes() {
        float[] v = new float[200];
        for (int i = 0; i < 200; i++) v[i] = (i % 2 == 0 ? 1 : -1) * (i + 1) / 200f;   // |v| = 0.005 .. 1
        v[199] = 1000f;                                                                 // one outlier
        v[198] = Float.NaN;
        float limit = FeatureMaps.symmetricLimit(v);
        assertTrue(limit < 1.001f && limit > 0.9f, "the outlier does not set the scale: " + limit);
        assertEquals(1f, FeatureMaps.symmetricLimit(new float[]{0, 0, 0}));
        assertEquals(1f, FeatureMaps.symmetricLimit(new float[]{Float.NaN}));
        assertEquals(2f, FeatureMaps.symmetricLimit(new float[]{0, 0, -2}));
    }

    @Test
    void representativeChannelIsTheMostVaried() {
        float[] chw = new float[3 * 4];                     // [3, 2, 2]
        for (int p = 0; p < 4; p++) {
            chw[p] = 5f;                                    // constant, large
            chw[4 + p] = p % 2 == 0 ? -1f : 1f;             // varied
            chw[8 + p] = p * 0.1f;                          // a little varied
        }
        assertEquals(1, FeatureMaps.representativeChannel(chw, 3, 2, 2));
    }

    @Test
    void layerGridShowsEveryChannelOnOneScale() {
        Tensor t = layer(1, 12, 6, 6);
        BufferedImage img = FeatureMaps.layerGrid(t, "enc1.0/out", Theme.LIGHT);
        assertTrue(img.getWidth() > img.getHeight(), "a wide grid plus colour bar");
        BufferedImage more = FeatureMaps.layerGrid(layer(1, 48, 6, 6), "enc2.0/out", Theme.LIGHT);
        assertTrue(more.getHeight() > img.getHeight(), "more channels, more rows");
        assertEquals(6, FeatureMaps.columnsFor(18));
        assertEquals(8, FeatureMaps.columnsFor(32));
        assertEquals(1, FeatureMaps.columnsFor(1));
        assertThrows(IllegalArgumentException.class, () -> FeatureMaps.layerGrid(new Tensor(new float[4], new int[]{1, 4}), "x", Theme.LIGHT));
    }

    @Test
    void overviewHasOneCellPerFeatureMapAndSkipsTheRest() {
        Map<String, Tensor> layers = new LinkedHashMap<>();
        layers.put("x_t", layer(1, 1, 8, 8));
        layers.put("enc.0/out", layer(1, 4, 8, 8));
        layers.put("down/out", layer(1, 4, 4, 4));
        BufferedImage three = FeatureMaps.overview(layers, "overview", Theme.LIGHT);
        layers.put("vector", new Tensor(new float[8], new int[]{1, 8}));
        assertEquals(three.getWidth(), FeatureMaps.overview(layers, "overview", Theme.LIGHT).getWidth(), "a [B, D] entry is left out");
        layers.put("up/out", layer(1, 2, 8, 8));
        assertTrue(FeatureMaps.overview(layers, "overview", Theme.LIGHT).getWidth() > three.getWidth());
        Map<String, Tensor> small = Map.of("mid.attention/out", layer(1, 4, 7, 7));
        assertTrue(FeatureMaps.overview(small, "o", Theme.LIGHT.withFontSize(32)).getWidth()
                > FeatureMaps.overview(small, "o", Theme.LIGHT).getWidth() + 7, "cells grow with the label font so labels fit");
        assertEquals("enc1.0", FeatureMaps.shortName("enc1.0/out"));
        assertEquals("x_t", FeatureMaps.shortName("x_t"));
    }

    @Test
    void colourisedZeroIsWhite() {
        BufferedImage img = FeatureMaps.colourise(new float[]{0f, 1f, -1f, 5f}, 0, 2, 2, 1f);
        assertEquals(0xFFFFFF, img.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(ColourMap.BLUE_WHITE_RED.rgb(1), img.getRGB(1, 0) & 0xFFFFFF);
        assertEquals(ColourMap.BLUE_WHITE_RED.rgb(0), img.getRGB(0, 1) & 0xFFFFFF);
        assertEquals(img.getRGB(1, 0), img.getRGB(1, 1), "beyond the limit is full colour");
    }

    /** Activations [B, C, H, W] with a different pattern in every channel. */
    static Tensor layer(int b, int c, int h, int w) {
        float[] v = new float[b * c * h * w];
        for (int i = 0; i < v.length; i++) {
            int ch = (i / (h * w)) % c, y = (i / w) % h, x = i % w;
            v[i] = (float) Math.sin(0.7 * (ch + 1) * x + 0.3 * y) * (ch + 1);
        }
        return new Tensor(v, new int[]{b, c, h, w});
    }
}
