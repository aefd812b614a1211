package io.genlab.ui.features;

import io.genlab.data.DatasetSpec;
import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelRegistry;
import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** The Layer features view: drawn from made-up activations without a model, and driven with a tiny unet-s. */
class FeaturesViewTest {

    /** Activations [B, C, H, W] with a different pattern in every channel. */
    static Tensor layer(int c, int h, int w) {
        float[] v = new float[c * h * w];
        for (int i = 0; i < v.length; i++) {
            int ch = i / (h * w), y = (i / w) % h, x = i % w;
            v[i] = (float) Math.sin(0.9 * (ch + 1) * x - 0.4 * y) * (ch + 1);
        }
        return new Tensor(v, new int[]{1, c, h, w});
    }

    /** Eight 8x8 images of two classes: a dark square on light, and the reverse. */
    static ImageDataset tinyImages() {
        float[] x = new float[8 * 64];
        int[] labels = new int[8];
        for (int i = 0; i < 8; i++) {
            labels[i] = i % 2;
            for (int p = 0; p < 64; p++) {
                boolean inside = p / 8 >= 2 && p / 8 < 6 && p % 8 >= 2 && p % 8 < 6;
                x[i * 64 + p] = inside == (labels[i] == 0) ? -0.8f : 0.8f;
            }
        }
        return new ImageDataset("squares", "test", 1, 8, 8, x, labels, List.of("dark", "light"), null, null);
    }

    private static int colours(BufferedImage image, java.awt.Component part, java.awt.Component root) {
        Rectangle b = PanelRendering.boundsIn(part, root);
        return PanelRendering.distinctColours(image, b.x, b.y, b.width, b.height);
    }

    @Test
    void drawsMadeUpActivationsAndSwitchesLayers(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            PanelRendering.onEdt(() -> {
                FeaturesView view = new FeaturesView(f.context);
                assertNull(view.gridPanel().picture(), "no model: a message, no picture");
                assertTrue(view.exports().isEmpty());

                Map<String, Tensor> acts = new LinkedHashMap<>();
                acts.put("x_t", layer(1, 8, 8));
                acts.put("enc.0/out", layer(6, 8, 8));
                acts.put("mid/out", layer(12, 4, 4));
                acts.put("pooled", new Tensor(new float[5], new int[]{1, 5}));
                view.showProbe(new FeatureProber.Probe(0, 1, layer(1, 8, 8), acts));

                assertEquals(4, view.layers().getModel().getSize());
                assertEquals("enc.0/out   6 × 8 × 8", view.layers().getModel().getElementAt(1).toString());
                assertEquals(1, view.layers().getSelectedIndex(), "starts at the first layer after the input");
                BufferedImage shot = PanelRendering.render((javax.swing.JComponent) view.component(), 1100, 700);
                assertTrue(colours(shot, view.gridPanel(), view.component()) > 20, "the channel grid is drawn");
                assertTrue(colours(shot, view.overviewPanel(), view.component()) > 20, "the overview is drawn");
                assertTrue(colours(shot, view.inputPanel(), view.component()) > 1, "the input is drawn");

                BufferedImage enc = view.gridPanel().picture();
                view.layers().setSelectedIndex(2);
                BufferedImage mid = view.gridPanel().picture();
                assertNotNull(mid);
                assertNotSame(enc, mid);
                assertNotEquals(enc.getHeight(), mid.getHeight(), "12 channels take more rows than 6");
                assertEquals(List.of("Feature maps of mid/out", "One channel per layer", "Input image #0"),
                        view.exports().stream().map(Export::name).toList());

                view.layers().setSelectedIndex(3);
                assertNull(view.gridPanel().picture(), "a [B, D] vector is no feature map: a message");
                assertFalse(view.explanation().isBlank());
            });
        }
    }

    @Test
    void probesATinyModelOnTheWorkerAndCachesPerInput(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel model = ModelViewFixture.tinyUnet(20);
            AtomicReference<FeaturesView> view = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                view.set(new FeaturesView(f.context));
                view.get().useModel(model, FeaturesViewTest::tinyImages);
                view.get().shown();
            });
            drainAll(f, view.get());                                  // shape, images, then the probe
            PanelRendering.onEdt(() -> {
                FeaturesView v = view.get();
                assertEquals(List.of(), f.problems);
                assertEquals(0, v.shownIndex());
                assertEquals(12, v.layers().getModel().getSize(), "x_t and the 11 blocks of unet-s");
                assertEquals("enc1.0/out", v.layers().getSelectedValue().name());
                assertNotNull(v.gridPanel().picture());
                assertNotNull(v.overviewPanel().picture());
                v.inputs().choose(3);
            });
            f.drain();
            PanelRendering.onEdt(() -> {
                FeaturesView v = view.get();
                assertEquals(3, v.shownIndex());
                v.inputs().choose(0);
                assertEquals(0, v.shownIndex(), "image 0 was probed before: shown from the cache at once");
            });
        }
    }

    @Test
    void showsATransformersTokensAsMapsOverItsPatchGrid(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel model = ModelRegistry.discover().get("dit-s")
                    .create(DataShape.images(1, 8, 8, List.of("dark", "light")), Map.of("timesteps", 20), 3);
            AtomicReference<FeaturesView> view = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                view.set(new FeaturesView(f.context));
                view.get().useModel(model, FeaturesViewTest::tinyImages);
                view.get().shown();
            });
            drainAll(f, view.get());
            PanelRendering.onEdt(() -> {
                FeaturesView v = view.get();
                assertEquals(List.of(), f.problems);
                assertEquals(7, v.layers().getModel().getSize(), "x_t and the 6 blocks of dit-s");
                assertEquals("blocks.0/maps   128 × 2 × 2", v.layers().getModel().getElementAt(1).toString(), "8x8 in 4x4 patches");
                assertNotNull(v.gridPanel().picture());
                assertNotNull(v.overviewPanel().picture());
            });
        }
    }

    @Test
    void saysSoForAPointsModelAndReportsImagesOfTheWrongSize(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel points = ModelRegistry.discover().get("diffusion-2d").create(DataShape.points(), Map.of("timesteps", 20), 1);
            AtomicReference<FeaturesView> view = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                view.set(new FeaturesView(f.context));
                view.get().useModel(points, FeaturesViewTest::tinyImages);
                view.get().shown();
            });
            drainAll(f, view.get());
            assertEquals(List.of(), f.problems, "a points model is not a problem");
            PanelRendering.onEdt(() -> assertNull(view.get().gridPanel().picture()));

            GenerativeModel big = ModelRegistry.discover().get("unet-s").create(DataShape.images(1, 12, 12, List.of("a", "b")),
                    Map.of("timesteps", 20), 1);
            PanelRendering.onEdt(() -> {
                view.get().useModel(big, FeaturesViewTest::tinyImages);
                view.get().shown();
            });
            drainAll(f, view.get());
            assertEquals(1, f.problems.size());
            assertTrue(f.problems.get(0).contains("1x8x8") && f.problems.get(0).contains("1x12x12"), f.problems.get(0));
        }
    }

    @Test
    void loadsNothingUntilShownAndLoadsTheImagesOffTheModelWorker(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel model = ModelViewFixture.tinyUnet(20);
            AtomicInteger loads = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
            FeatureProber.DataSource slow = () -> {
                loads.incrementAndGet();
                started.countDown();
                release.await();
                return tinyImages();
            };
            AtomicReference<FeaturesView> view = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                view.set(new FeaturesView(f.context));
                view.get().useModel(model, slow);
            });
            f.drain();
            drainData(view.get());
            assertEquals(0, loads.get(), "a view never shown loads nothing");

            PanelRendering.onEdt(() -> view.get().shown());
            f.drain();                                                // the model's shape
            started.await();                                          // the images are loading now
            AtomicInteger otherWork = new AtomicInteger();
            f.worker.submit(job -> otherWork.incrementAndGet(), r -> { }, e -> { });
            f.drain();
            assertEquals(1, otherWork.get(), "another view's model work ran while the images were still loading");
            PanelRendering.onEdt(() -> assertEquals(-1, view.get().shownIndex()));

            release.countDown();
            drainAll(f, view.get());
            PanelRendering.onEdt(() -> {
                assertEquals(0, view.get().shownIndex());
                view.get().shown();                                   // shown again: nothing to load
            });
            drainAll(f, view.get());
            assertEquals(1, loads.get());
            assertEquals(List.of(), f.problems);
        }
    }

    @Test
    void aLessonChoosesTheImageAndLayerNowOrWhenTheyAreThere(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel model = ModelViewFixture.tinyUnet(20);
            AtomicReference<FeaturesView> view = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                FeaturesView v = new FeaturesView(f.context);
                view.set(v);
                assertEquals(java.util.Set.of("index", "class", "layer"), v.settings());
                v.useModel(model, FeaturesViewTest::tinyImages);
                v.shown();
                v.apply(Map.of("class", "Light", "layer", "mid.0/out"));  // before the images and layers are there
            });
            drainAll(f, view.get());
            PanelRendering.onEdt(() -> {
                FeaturesView v = view.get();
                assertEquals(List.of(), f.problems);
                assertEquals(1, v.shownIndex(), "the first light image");
                assertEquals("mid.0/out", v.layers().getSelectedValue().name());

                v.apply(Map.of("index", "4", "layer", "enc1.0/out"));
                assertEquals("enc1.0/out", v.layers().getSelectedValue().name());
            });
            drainAll(f, view.get());
            PanelRendering.onEdt(() -> {
                FeaturesView v = view.get();
                assertEquals(4, v.shownIndex());
                assertEquals("enc1.0/out", v.layers().getSelectedValue().name(), "the layer stays for the new image");

                assertEquals("index must be a whole number from 0 to 7, got \"8\"", assertThrows(IllegalArgumentException.class,
                        () -> v.apply(Map.of("index", "8", "layer", "mid.0/out"))).getMessage());
                assertEquals("enc1.0/out", v.layers().getSelectedValue().name(), "nothing changed");
                assertEquals("class must be a class index 0..1 or name (dark, light) with an image in squares, got \"grey\"",
                        assertThrows(IllegalArgumentException.class, () -> v.apply(Map.of("class", "grey"))).getMessage());
                assertTrue(assertThrows(IllegalArgumentException.class, () -> v.apply(Map.of("layer", "enc9/out"))).getMessage()
                        .startsWith("layer must be a layer name as listed (x_t, enc1.0/out,"));
                assertTrue(assertThrows(IllegalArgumentException.class, () -> v.apply(Map.of("index", "1", "class", "dark"))).getMessage()
                        .startsWith("give index or class, not both"));
                assertTrue(assertThrows(IllegalArgumentException.class, () -> v.apply(Map.of("t", "1"))).getMessage()
                        .startsWith("features takes no setting \"t\""));
                assertEquals(4, v.shownIndex());
            });
        }
    }

    /** Waits for the model's worker, the images' worker, then the model's worker again (shape, images, probe). */
    private static void drainAll(ModelViewFixture f, FeaturesView view) throws InterruptedException {
        f.drain();
        drainData(view);
        f.drain();
    }

    private static void drainData(FeaturesView view) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        view.dataWorker().submit(job -> null, r -> done.countDown(), e -> done.countDown(), done::countDown);
        if (!done.await(10, java.util.concurrent.TimeUnit.MINUTES)) throw new AssertionError("the images did not load");
        PanelRendering.onEdt(() -> { });
    }

    @Test
    void fashionRunsAreProbedOnTheTestImages() {
        assertEquals(DatasetSpec.Kind.FASHION_TEST, DatasetSpec.parse("fashion").unseen().kind());
        assertEquals(DatasetSpec.Kind.FASHION_TEST, DatasetSpec.parse("fashion-test").unseen().kind());
        assertEquals(DatasetSpec.Kind.SHAPES, DatasetSpec.parse("shapes").unseen().kind());
    }
}
