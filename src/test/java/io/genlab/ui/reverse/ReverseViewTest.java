package io.genlab.ui.reverse;

import io.genlab.data.Tensor;
import io.genlab.diffusion.SamplerSettings;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** The Reverse process view: drawn from a recorded trace without a model, and driven with a tiny unet-s. */
class ReverseViewTest {

    /** A recorded trace of {@code n} steps for two 8x8 samples: noise fading into a square. */
    static ReverseRunner.Trace recorded(int n) {
        Random r = new Random(5);
        int[] shape = {2, 1, 8, 8};
        float[] x0 = new float[128];
        for (int p = 0; p < 128; p++) x0[p] = (p % 64) / 8 >= 2 && (p % 64) / 8 < 6 && p % 8 >= 2 && p % 8 < 6 ? 0.9f : -0.9f;
        List<TraceFrame> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = (double) i / (n - 1);
            float[] eps = new float[128], xt = new float[128];
            for (int k = 0; k < 128; k++) {
                eps[k] = (float) r.nextGaussian();
                xt[k] = (float) (a * x0[k] + (1 - a) * eps[k]);
            }
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            tensors.put("x_t", new Tensor(xt, shape));
            tensors.put("eps", new Tensor(eps, shape));
            tensors.put("x0", new Tensor(x0.clone(), shape));
            frames.add(new TraceFrame(i, n, "t=" + (n - 1 - i) * 50, tensors, Map.of()));
        }
        return new ReverseRunner.Trace(new GenerationRequest(2, new int[]{0, 1}, 1, Map.of()), frames, new Tensor(x0, shape));
    }

    private static int colours(BufferedImage image, java.awt.Component part, java.awt.Component root) {
        Rectangle b = PanelRendering.boundsIn(part, root);
        return PanelRendering.distinctColours(image, b.x, b.y, b.width, b.height);
    }

    @Test
    void drawsARecordedTraceWithoutAModel(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            PanelRendering.onEdt(() -> {
                ReverseView view = new ReverseView(f.context);
                assertFalse(view.form().generate.isEnabled(), "no model, nothing to generate with");
                assertNull(view.player().picture());
                assertTrue(view.exports().isEmpty());

                view.showTrace(recorded(20), "recorded");
                BufferedImage shot = PanelRendering.render((javax.swing.JComponent) view.component(), 1100, 700);
                assertTrue(colours(shot, view.player().picturePanel(), view.component()) > 30, "x_t, noise and x0 are drawn");
                assertEquals(19, view.player().scrubber().getMaximum());
                assertEquals(19, view.player().scrubber().getValue(), "ends on the last step");
                BufferedImage last = view.player().picture();
                view.player().scrubber().setValue(0);
                assertNotSame(last, view.player().picture());
                assertFalse(Arrays.equals(pixels(last), pixels(view.player().picture())), "step 1 is not step 20");

                view.tabs().setSelectedIndex(1);
                BufferedImage stripShot = PanelRendering.render((javax.swing.JComponent) view.component(), 1100, 700);
                assertTrue(colours(stripShot, view.stripPanel(), view.component()) > 30, "the strip is drawn");

                List<String> names = view.exports().stream().map(Export::name).toList();
                assertEquals(List.of("Reverse step (x_t, noise, x0)", "Noise to image strip", "Reverse process"), names);
                Export.Animation gif = (Export.Animation) view.exports().get(2);
                assertEquals(20 + 8, gif.frames().get().size(), "every step, then the last one held");
                assertFalse(view.explanation().isBlank());
            });
        }
    }

    @Test
    void generatesLiveRunsTheSamplerGridAndReportsBadSettings(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel model = ModelViewFixture.tinyUnet(20);
            AtomicReference<ReverseView> view = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                view.set(new ReverseView(f.context));
                view.get().useModel("tiny unet-s", model);
            });
            f.drain();
            PanelRendering.onEdt(() -> {
                ReverseForm form = view.get().form();
                assertTrue(form.generate.isEnabled());
                assertEquals(4, form.classes.getItemCount(), "every class, dark, light, no class");
                form.steps.setValue(6);
                form.count.setValue(3);
                form.generate.doClick();
                assertTrue(form.cancel.isEnabled());
            });
            f.drain();
            PanelRendering.onEdt(() -> {
                ReverseView v = view.get();
                assertEquals(List.of(), f.problems);
                assertEquals(6, v.player().frames().size());
                assertEquals(5, v.player().scrubber().getMaximum());
                assertNotNull(v.stripPanel().picture());
                assertFalse(v.form().cancel.isEnabled());
                v.form().grid.doClick();
            });
            f.drain();
            PanelRendering.onEdt(() -> {
                ReverseView v = view.get();
                assertEquals(List.of(), f.problems);
                assertNotNull(v.gridTab().picture(), "3 samplers x 10 steps (25 and 50 exceed T = 20)");
                v.form().steps.setValue(500);
                v.form().generate.doClick();
            });
            f.drain();
            assertEquals(1, f.problems.size(), f.problems.toString());
            assertTrue(f.problems.get(0).contains("steps must be an integer in 1..20"), f.problems.get(0));
        }
    }

    @Test
    void saysSoForAModelOfPoints(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel points = io.genlab.train.ModelRegistry.discover().get("diffusion-2d")
                    .create(io.genlab.train.DataShape.points(), Map.of("timesteps", 20), 1);
            AtomicReference<ReverseView> view = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                view.set(new ReverseView(f.context));
                view.get().useModel("points", points);
            });
            f.drain();
            PanelRendering.onEdt(() -> {
                assertFalse(view.get().form().generate.isEnabled());
                assertFalse(view.get().form().grid.isEnabled());
                assertNull(view.get().player().picture(), "a message instead of a picture");
            });
            assertEquals(List.of(), f.problems);
        }
    }

    @Test
    void cancelStopsAGenerationBetweenSteps(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            EndlessModel model = new EndlessModel();
            ReverseRunner runner = new ReverseRunner(f.worker, javax.swing.SwingUtilities::invokeLater);
            AtomicReference<ModelWorker.Job> job = new AtomicReference<>();
            List<String> outcome = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
            PanelRendering.onEdt(() -> job.set(runner.generate(model, new GenerationRequest(1, new int[]{0}, 1, Map.of()),
                    new ReverseRunner.TraceListener() {
                        @Override public void frames(List<TraceFrame> batch) { job.get().cancel(); }
                        @Override public void done(ReverseRunner.Trace trace) { outcome.add("done"); ended.countDown(); }
                        @Override public void failed(Exception e) { outcome.add("failed " + e); ended.countDown(); }
                        @Override public void cancelled() { outcome.add("cancelled"); ended.countDown(); }
                    })));
            assertTrue(ended.await(10, java.util.concurrent.TimeUnit.MINUTES), "the endless generation stopped");
            assertEquals(List.of("cancelled"), outcome);
            assertTrue(model.frames > 0);
        }
    }

    @Test
    void settingsBecomeOptionsTheModelParses() {
        var schedule = io.genlab.diffusion.schedule.NoiseSchedule.forName("linear", 1000);
        ReverseSettings ddim = new ReverseSettings(7, SamplerSettings.Method.DDIM, 0.5, 40, 2.5, ReverseSettings.EVERY_CLASS, 5);
        SamplerSettings parsed = SamplerSettings.parse(ddim.options(), schedule);
        assertEquals(new SamplerSettings(SamplerSettings.Method.DDIM, 40, 0.5, 2.5, parsed.spacing(), true, parsed.objective()), parsed);
        GenerationRequest r = ddim.request(3);
        assertArrayEquals(new int[]{0, 1, 2, 0, 1}, r.labels());
        assertEquals(7, r.seed());
        ReverseSettings ddpm = ddim.withSampler(SamplerSettings.Method.DDPM, 0.5, 25);
        assertFalse(ddpm.options().containsKey("eta"), "DDPM rejects eta");
        assertEquals(25, SamplerSettings.parse(ddpm.options(), schedule).steps());
        assertArrayEquals(new int[]{-1, -1}, new ReverseSettings(1, SamplerSettings.Method.DDIM, 0, 10, 1, ReverseSettings.NO_CLASS, 2)
                .request(10).labels());
        assertThrows(IllegalArgumentException.class, () -> new ReverseSettings(1, SamplerSettings.Method.DDIM, 0, 10, 1, 4, 2).request(3));
        assertThrows(IllegalArgumentException.class, () -> new ReverseSettings(1, SamplerSettings.Method.DDIM, 0, 10, 1, 0, 17));
        assertEquals("DDIM eta 0.5, 40 steps, guidance 2.5, seed 7", ddim.describe());
    }

    @Test
    void samplerGridPlanKeepsStepCountsWithinT() {
        SamplerGridPlan full = SamplerGridPlan.standard(1000);
        assertEquals(List.of(10, 25, 50), full.steps());
        assertEquals(List.of("DDPM", "DDIM, eta 0", "DDIM, eta 1"), full.rowLabels());
        assertEquals(9, full.cells());
        ReverseSettings base = new ReverseSettings(3, SamplerSettings.Method.DDIM, 0, 50, 3, 0, 4);
        ReverseSettings cell5 = full.cell(base, 5);                         // row 1 (DDIM eta 0), column 2 (50)
        assertEquals(SamplerSettings.Method.DDIM, cell5.sampler());
        assertEquals(50, cell5.steps());
        assertEquals(3, cell5.seed(), "every cell keeps the seed, so the start noise");
        assertEquals(1.0, full.cell(base, 8).eta());
        assertEquals(List.of(10, 25), SamplerGridPlan.standard(30).steps());
        assertEquals(List.of(5), SamplerGridPlan.standard(5).steps());
    }

    @Test
    void keepsAboutTwoHundredStepsOfALongGenerationAndSaysWhichStepEachIs(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            CountingModel model = new CountingModel(1000);
            ReverseRunner runner = new ReverseRunner(f.worker, javax.swing.SwingUtilities::invokeLater);
            AtomicReference<ReverseView> view = new AtomicReference<>();
            AtomicReference<ReverseRunner.Trace> trace = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                view.set(new ReverseView(f.context));
                runner.generate(model, new GenerationRequest(2, new int[]{0, 1}, 1, Map.of()), new ReverseRunner.TraceListener() {
                    @Override public void frames(List<TraceFrame> batch) { }
                    @Override public void done(ReverseRunner.Trace t) { trace.set(t); }
                    @Override public void failed(Exception e) { throw new AssertionError(e); }
                    @Override public void cancelled() { throw new AssertionError("cancelled"); }
                });
            });
            f.drain();
            List<TraceFrame> all = new ArrayList<>();
            new CountingModel(1000).generate(null, all::add);
            PanelRendering.onEdt(() -> {
                ReverseRunner.Trace t = trace.get();
                assertEquals(200, t.frames().size(), "about 200 of 1000 steps are kept");
                assertEquals(0, t.frames().get(0).index());
                assertEquals(999, t.frames().get(199).index());
                assertEquals(1000, t.steps());

                ReversePlayer live = view.get().player();                 // the live player decides the same way
                live.start("long", 2, "Starting…");
                for (int i = 0; i < all.size(); i += 37) {
                    live.append(all.subList(i, Math.min(all.size(), i + 37)));
                    assertTrue(live.frames().size() <= 201, "the live player never holds more: " + live.frames().size());
                    assertEquals(Math.min(all.size(), i + 37), live.stepsDone());
                }
                assertEquals(t.frames().stream().map(TraceFrame::index).toList(), live.frames().stream().map(TraceFrame::index).toList());

                ReverseView v = view.get();
                v.showTrace(t, "long");
                assertEquals(199, v.player().scrubber().getMaximum());
                assertEquals("step 1000 of 1000, t=0", v.player().positionText());
                v.player().scrubber().setValue(100);
                int step = t.frames().get(100).index() + 1;
                assertTrue(step > 450 && step < 550, "the middle of the scrubber is the middle of the generation");
                assertTrue(v.player().positionText().startsWith("step " + step + " of 1000"), v.player().positionText());
                assertNotNull(v.stripPanel().picture());
                Export.Animation gif = (Export.Animation) v.exports().stream().filter(e -> e instanceof Export.Animation).findFirst().orElseThrow();
                assertEquals(60 + 8, gif.frames().get().size());
            });
            assertEquals(1000, model.frames);
        }
    }

    @Test
    void anUnfinishedSamplerGridCanBeExported(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel model = ModelViewFixture.tinyUnet(20);
            AtomicReference<ReverseView> view = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                view.set(new ReverseView(f.context));
                view.get().useModel("tiny unet-s", model);
            });
            f.drain();
            PanelRendering.onEdt(() -> {
                view.get().form().grid.doClick();
                view.get().form().cancel.doClick();
            });
            f.drain();
            PanelRendering.onEdt(() -> {
                ReverseView v = view.get();
                assertEquals("Sampler grid cancelled.", v.form().status.getText());
                assertNotNull(v.gridTab().picture(), "the grid as far as it got");
                assertFalse(v.gridTab().complete());
                assertTrue(v.exports().stream().anyMatch(e -> e.name().equals("Sampler grid (unfinished)")), v.exports().toString());
            });
        }
    }

    @Test
    void aLessonSetsTheFormAndABadValueChangesNothing(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            PanelRendering.onEdt(() -> {
                ReverseView view = new ReverseView(f.context);
                ReverseForm form = view.form();
                assertEquals(Set.of("seed", "sampler", "eta", "steps", "guidance", "class", "samples", "tab", "generate", "grid"), view.settings());
                view.apply(Map.of("seed", "3", "sampler", "ddpm", "eta", "0.5", "steps", "40", "guidance", "2.5",
                        "class", "Sneaker", "samples", "4", "tab", "strip"));
                assertEquals(3, form.seed.getValue());
                assertEquals(SamplerSettings.Method.DDPM, form.sampler.getSelectedItem());
                assertEquals(0.5, ((Number) form.eta.getValue()).doubleValue());
                assertEquals(40, form.steps.getValue());
                assertEquals(2.5, ((Number) form.guidance.getValue()).doubleValue());
                assertEquals(4, form.count.getValue());
                assertEquals(1, view.tabs().getSelectedIndex());

                Map<String, String> bad = new java.util.HashMap<>(Map.of("seed", "9", "sampler", "dpm", "tab", "grid"));
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> view.apply(bad));
                assertEquals("sampler must be ddpm or ddim, got \"dpm\"", e.getMessage());
                assertEquals(3, form.seed.getValue(), "nothing changed");
                assertEquals(1, view.tabs().getSelectedIndex(), "nothing changed");
                assertEquals("steps must be a whole number from 1 to 10000, got \"many\"",
                        assertThrows(IllegalArgumentException.class, () -> view.apply(Map.of("steps", "many"))).getMessage());
                assertEquals("eta must be a number from 0 to 1, got \"2\"",
                        assertThrows(IllegalArgumentException.class, () -> view.apply(Map.of("eta", "2"))).getMessage());
                assertEquals("generate must be true or false, got \"yes\"",
                        assertThrows(IllegalArgumentException.class, () -> view.apply(Map.of("generate", "yes"))).getMessage());
                assertEquals("tab must be steps, strip or grid, got \"chart\"",
                        assertThrows(IllegalArgumentException.class, () -> view.apply(Map.of("tab", "chart"))).getMessage());
                assertTrue(assertThrows(IllegalArgumentException.class, () -> view.apply(Map.of("class", "-1"))).getMessage()
                        .startsWith("class must be a class index"));
                assertTrue(assertThrows(IllegalArgumentException.class, () -> view.apply(Map.of("speed", "1"))).getMessage()
                        .startsWith("reverse takes no setting \"speed\""));
                assertEquals(40, form.steps.getValue());
            });
        }
    }

    @Test
    void lessonClassesAreCheckedAgainstTheModelAndGenerateAndGridWaitForIt(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            GenerativeModel model = ModelViewFixture.tinyUnet(20);
            AtomicReference<ReverseView> view = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                view.set(new ReverseView(f.context));
                view.get().useModel(null, null);                      // the model is still loading
                f.context.activeModel().open(home.resolve("a-run-being-loaded"), () -> { });
                view.get().apply(Map.of("class", "LIGHT", "steps", "5", "samples", "2", "generate", "true", "grid", "true"));
                assertFalse(view.get().form().generate.isEnabled());
            });
            f.drain();
            PanelRendering.onEdt(f.problems::clear);                  // that run does not exist: its load failed
            PanelRendering.onEdt(() -> assertTrue(view.get().player().frames().isEmpty(), "nothing runs without a model"));
            PanelRendering.onEdt(() -> view.get().useModel("tiny unet-s", model));
            for (int i = 0; i < 4; i++) f.drain();                    // facts, generation, sampler grid
            PanelRendering.onEdt(() -> {
                ReverseView v = view.get();
                assertEquals(List.of(), f.problems);
                assertEquals(1, v.form().settings().classChoice(), "light, found by name once the model was known");
                assertEquals(5, v.player().frames().size(), "the generation ran when the model arrived");
                assertNotNull(v.stripPanel().picture());
                assertTrue(v.gridTab().complete(), "then the sampler grid");
                assertEquals(2, v.tabs().getSelectedIndex());

                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.apply(Map.of("class", "5", "seed", "8")));
                assertEquals("class must be a class index 0..1, a class name (dark, light), all or none, got \"5\"", e.getMessage());
                assertThrows(IllegalArgumentException.class, () -> v.apply(Map.of("steps", "21")), "T is 20");
                v.apply(Map.of("class", "none"));
                assertEquals(ReverseSettings.NO_CLASS, v.form().settings().classChoice());
                v.apply(Map.of("class", "all"));
                assertEquals(ReverseSettings.EVERY_CLASS, v.form().settings().classChoice());
            });
        }
    }

    @Test
    void aLessonGeneratesWithTheShippedModelOnceItHasLoaded(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            AtomicReference<ReverseView> view = new AtomicReference<>();
            PanelRendering.onEdt(() -> {
                view.set(new ReverseView(f.context));
                f.context.activeModel().open(Path.of("lessons", "models", "unet-s-fashion"), () -> { });
                view.get().apply(Map.of("class", "sneaker", "seed", "3", "steps", "3", "samples", "2", "generate", "true"));
            });
            for (int i = 0; i < 4; i++) f.drain();                    // load, facts, generation
            PanelRendering.onEdt(() -> {
                ReverseView v = view.get();
                assertEquals(List.of(), f.problems);
                assertEquals(7, v.form().settings().classChoice(), "Sneaker is class 7 of Fashion-MNIST");
                assertEquals(3, v.player().frames().size());
                assertEquals("Done: 3 steps.", v.form().status.getText());
            });
        }
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /** A model whose generation takes {@code steps} steps of x_t, eps and x0 for 2x1x4x4 samples. */
    private static final class CountingModel implements GenerativeModel {
        final int steps;
        volatile int frames;

        CountingModel(int steps) {
            this.steps = steps;
        }

        @Override
        public io.genlab.train.ModelInfo info() {
            return new io.genlab.train.ModelInfo("diffusion", "counting", 0,
                    io.genlab.train.DataShape.images(1, 4, 4, List.of("a", "b")), Map.of());
        }

        @Override
        public Tensor generate(GenerationRequest request, io.genlab.train.TraceSink sink) {
            int[] shape = {2, 1, 4, 4};
            for (int i = 0; i < steps; i++) {
                float[] v = new float[32];
                java.util.Arrays.fill(v, (float) i / steps * 2 - 1);
                Tensor x = new Tensor(v, shape);
                sink.accept(new TraceFrame(i, steps, "t=" + (steps - 1 - i), Map.of("x_t", x, "eps", x, "x0", x), Map.of()));
                frames++;
            }
            return new Tensor(new float[32], shape);
        }

        @Override public Map<String, Double> trainStep(io.genlab.data.Batch batch, long stepSeed) { throw new UnsupportedOperationException(); }
        @Override public double learningRate() { return 0; }
        @Override public Map<String, Tensor> probe(Tensor inputs, int[] labels) { throw new UnsupportedOperationException(); }
        @Override public Map<String, Tensor> state() { return Map.of(); }
        @Override public void restore(Map<String, Tensor> state) { }
    }

    /** A model whose generation never ends unless cancelled: one frame after another. */
    private static final class EndlessModel implements GenerativeModel {
        volatile long frames;

        @Override
        public io.genlab.train.ModelInfo info() {
            return new io.genlab.train.ModelInfo("diffusion", "endless", 0,
                    io.genlab.train.DataShape.images(1, 2, 2, List.of("a", "b")), Map.of());
        }

        @Override
        public Tensor generate(GenerationRequest request, io.genlab.train.TraceSink sink) {
            Tensor x = new Tensor(new float[4], new int[]{1, 1, 2, 2});
            for (int i = 0; ; i++) {
                sink.accept(new TraceFrame(i, Integer.MAX_VALUE, "t=" + i, Map.of("x_t", x), Map.of()));
                frames++;
            }
        }

        @Override public Map<String, Double> trainStep(io.genlab.data.Batch batch, long stepSeed) { throw new UnsupportedOperationException(); }
        @Override public double learningRate() { return 0; }
        @Override public Map<String, Tensor> probe(Tensor inputs, int[] labels) { throw new UnsupportedOperationException(); }
        @Override public Map<String, Tensor> state() { return Map.of(); }
        @Override public void restore(Map<String, Tensor> state) { }
    }

    @Test
    void aLessonActionWithNoModelComingIsRefusedAndChangesNothing(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            PanelRendering.onEdt(() -> {
                ReverseView view = new ReverseView(f.context);
                view.useModel(null, null);
                int steps = (Integer) view.form().steps.getValue();
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> view.apply(Map.of("steps", "7", "generate", "true")));
                assertTrue(e.getMessage().contains("no model"), e.getMessage());
                assertEquals(steps, view.form().steps.getValue(), "nothing changed");
            });
        }
    }
}
