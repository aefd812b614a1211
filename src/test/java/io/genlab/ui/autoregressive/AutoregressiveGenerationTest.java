package io.genlab.ui.autoregressive;

import io.genlab.autoregressive.PixelCnnModel;
import io.genlab.autoregressive.PixelCnnSProvider;
import io.genlab.autoregressive.ReceptiveField;
import io.genlab.data.ImageDataset;
import io.genlab.data.Tensor;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Component;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/** The Autoregressive view driving an untrained pixelcnn-s on 8x8 grey images of three classes. */
class AutoregressiveGenerationTest {
    private static final List<String> CLASSES = List.of("a", "b", "c");

    static PixelCnnModel tinyPixelCnn() {
        return (PixelCnnModel) new PixelCnnSProvider().create(DataShape.images(1, 8, 8, CLASSES), Map.of(), 1);
    }

    /** Six 8x8 test images, two of each class: a bright band on a dark ground at a different height per class. */
    static ImageDataset testImages() {
        float[] x = new float[6 * 64];
        int[] labels = new int[6];
        for (int i = 0; i < 6; i++) {
            labels[i] = i % 3;
            for (int p = 0; p < 64; p++) x[i * 64 + p] = p / 8 / 3 == labels[i] ? 0.8f : -0.6f;
        }
        return new ImageDataset("bands", "test", 1, 8, 8, x, labels, CLASSES, null, null);
    }

    /** Waits until every job the view's image worker and the model worker have now is done, callbacks included. */
    private static void settle(ModelViewFixture f, AutoregressiveView view) throws InterruptedException {
        drain(view.imageWorker());
        f.drain();
    }

    private static void drain(ModelWorker worker) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        worker.submit(job -> null, r -> done.countDown(), e -> done.countDown(), done::countDown);
        assertTrue(done.await(10, TimeUnit.MINUTES), "the worker finished its jobs");
        onEdt(() -> { });
    }

    @Test
    void generatesCompletesAndShowsAPixelsReceptiveField(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            PixelCnnModel model = tinyPixelCnn();
            AtomicReference<AutoregressiveView> view = new AtomicReference<>();
            onEdt(() -> {
                view.set(new AutoregressiveView(f.context));
                view.get().useModel("tiny pixelcnn-s", model, AutoregressiveGenerationTest::testImages);
            });
            f.drain();
            onEdt(() -> {
                PixelForm form = view.get().form();
                assertTrue(form.generate.isEnabled());
                assertFalse(form.complete.isEnabled(), "the test images load once the view is shown");
                assertEquals(4, form.classes.getItemCount(), "every class in turn, a, b, c");
                assertEquals(4, form.givenRows(), "half of 8 rows");
                form.samples.setValue(2);
                form.seed.setValue(5);
                form.generate.doClick();
                assertTrue(form.cancel.isEnabled());
                assertTrue(view.get().tracePanel().player().locked(), "no scrubbing while values arrive");
            });
            f.drain();
            GenerationRequest request = new PixelSettings(5, 1, PixelSettings.Sampler.CACHED, PixelSettings.EVERY_CLASS, 2).request(3);
            Tensor direct = onWorker(f.worker, () -> model.generate(request, frame -> { }));
            onEdt(() -> {
                assertEquals(List.of(), f.problems);
                PixelTracePanel panel = view.get().tracePanel();
                PixelTrace trace = panel.trace();
                assertNotNull(trace, "the whole trace is shown");
                assertEquals(64, trace.size(), "one step per pixel");
                assertEquals(64, trace.last().passes(), "the pass counter reaches 64");
                assertTrue(panel.counterText().startsWith("64 network passes in "), panel.counterText());
                assertTrue(panel.counterText().endsWith(" ms per pass)"), panel.counterText());
                assertArrayEquals(direct.data(), trace.canvas(63).data(), "the canvas is filled with what the model draws for the seed");
                assertFalse(panel.player().locked());
                assertEquals(63, panel.player().position());
                assertEquals("sample 2: b", panel.sampleChooser().getItemAt(1));
                assertFalse(view.get().form().cancel.isEnabled());
                assertEquals("Done.", view.get().form().status.getText());

                PanelRendering.render((javax.swing.JComponent) view.get().component(), 1200, 700);
                Component canvas = panel.canvasPanel();
                click(canvas, canvas.getWidth() / 2 + canvas.getHeight() / 16, canvas.getHeight() / 2 + 2);    // just right of and below the centre
            });
            f.drain();
            onEdt(() -> {
                FieldPane field = view.get().tracePanel().fieldPane();
                assertArrayEquals(new int[]{4, 4}, field.pixel());
                assertArrayEquals(ReceptiveField.of(model, 4, 4), field.field(), "the exact field of the clicked pixel");
                assertNotNull(field.picture());
                List<String> names = view.get().exports().stream().map(Export::name).toList();
                assertEquals(List.of("This value (canvas and distribution)", "The canvas filling in", "Receptive field"), names);
                view.get().form().seed.setValue(6);
                view.get().form().generate.doClick();
            });
            f.drain();
            onEdt(() -> {
                PixelTracePanel panel = view.get().tracePanel();
                assertEquals(64, panel.trace().size(), "another generation");
                assertArrayEquals(new int[]{4, 4}, panel.fieldPane().pixel(), "the same model's field stays");
                view.get().shown();                                             // loads the test images
            });
            settle(f, view.get());
            onEdt(() -> {
                PixelForm form = view.get().form();
                assertTrue(form.complete.isEnabled());
                form.image.setValue(4);
                assertEquals("bands #4: b", form.imageClass.getText());
                assertNotNull(view.get().completionPanel().picture(), "the chosen image and the rows given");
                form.rows.setValue(3);
                form.completions.setValue(3);
                form.complete.doClick();
                assertEquals(1, view.get().tabs().getSelectedIndex());
            });
            f.drain();
            onEdt(() -> {
                assertEquals(List.of(), f.problems);
                PixelRunner.Completed done = view.get().completionPanel().completed();
                assertNotNull(done);
                assertArrayEquals(new int[]{3, 1, 8, 8}, done.completions().shape());
                assertEquals(40, done.passes(), "the 5 rows below the given 3, 8 pixels each");
                float[] original = testImages().image(4);
                for (int s = 0; s < 3; s++) {
                    for (int p = 0; p < 24; p++) assertEquals(original[p], done.completions().data()[s * 64 + p], 1e-6, "given pixel " + p);
                }
                assertTrue(view.get().completionPanel().captionText().startsWith("3 completions: 40 network passes in "));
                assertTrue(view.get().exports().stream().anyMatch(e -> e.name().equals("Completions")));

                AutoregressiveView v = view.get();                          // lesson links, checked against the model and its images
                IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> v.apply(Map.of("class", "shoe")));
                assertEquals("class must be all, a class index 0..2 or a class name (a, b, c), got \"shoe\"", bad.getMessage());
                bad = assertThrows(IllegalArgumentException.class, () -> v.apply(Map.of("image", "6")));
                assertEquals("image must be a whole number from 0 to 5, got \"6\"", bad.getMessage());
                v.apply(Map.of("image", "5", "rows", "2", "complete", "true"));
            });
            f.drain();
            onEdt(() -> {
                PixelRunner.Completed done = view.get().completionPanel().completed();
                assertEquals(5, done.index());
                assertEquals(48, done.passes(), "6 rows of 8 below the 2 given");
                view.get().apply(Map.of("class", "c", "samples", "1", "generate", "true"));
                assertEquals(0, view.get().tabs().getSelectedIndex(), "Generate shows the canvas");
            });
            f.drain();
            onEdt(() -> {
                assertEquals("sample 1: c", view.get().tracePanel().sampleChooser().getItemAt(0));
                assertEquals(1, view.get().tracePanel().sampleChooser().getItemCount());
                assertEquals(List.of(), f.problems);
                view.get().close();
            });
        }
    }

    @Test
    void cancelStopsAGenerationAndKeepsWhatWasDrawn(@TempDir Path home) throws Exception {
        try (ModelViewFixture f = new ModelViewFixture(home)) {
            PixelCnnModel model = tinyPixelCnn();
            AtomicReference<AutoregressiveView> view = new AtomicReference<>();
            onEdt(() -> {
                view.set(new AutoregressiveView(f.context));
                view.get().useModel("tiny pixelcnn-s", model, AutoregressiveGenerationTest::testImages);
            });
            f.drain();
            CountDownLatch release = new CountDownLatch(1);
            f.worker.submit(job -> release.await(10, TimeUnit.MINUTES), r -> { }, e -> { });      // holds the worker
            onEdt(() -> {
                view.get().form().generate.doClick();
                view.get().form().cancel.doClick();
            });
            release.countDown();
            f.drain();
            onEdt(() -> {
                AutoregressiveView v = view.get();
                assertEquals("Cancelled.", v.form().status.getText());
                assertTrue(v.form().generate.isEnabled());
                assertFalse(v.tracePanel().player().locked());
                assertNull(v.tracePanel().trace(), "cancelled before the first value");
                v.close();
            });
            assertEquals(List.of(), f.problems);
        }
    }

    @Test
    void aCancelledGenerationStopsAfterTheValueItIsDrawing(@TempDir Path home) throws Exception {
        ModelWorker worker = new ModelWorker("test-pixels", Runnable::run);         // callbacks on the worker, in order
        ModelWorker images = new ModelWorker("test-images", Runnable::run);
        try (PixelRunner runner = new PixelRunner(worker, images, Runnable::run)) {
            PixelCnnModel model = tinyPixelCnn();
            CountDownLatch start = new CountDownLatch(1), ended = new CountDownLatch(1);
            worker.submit(job -> start.await(10, TimeUnit.MINUTES), r -> { }, e -> { });
            AtomicReference<ModelWorker.Job> job = new AtomicReference<>();
            List<String> outcome = new CopyOnWriteArrayList<>();
            PixelTrace trace = new PixelTrace();
            job.set(runner.generate(model, GenerationRequest.cyclingClasses(2, 3, 1), trace, new PixelRunner.Listener<>() {
                @Override public void progress(TraceFrame newest, long elapsedNanos) { job.get().cancel(); }
                @Override public void done(PixelTrace result) { outcome.add("done"); ended.countDown(); }
                @Override public void failed(Exception e) { outcome.add("failed " + e); ended.countDown(); }
                @Override public void cancelled() { outcome.add("cancelled"); ended.countDown(); }
            }));
            start.countDown();
            assertTrue(ended.await(10, TimeUnit.MINUTES));
            assertEquals(List.of("cancelled"), outcome);
            assertEquals(1, trace.size(), "the first value was drawn, then the generation stopped");
        } finally {
            worker.close();
        }
    }

    private static Tensor onWorker(ModelWorker worker, java.util.concurrent.Callable<Tensor> work) throws InterruptedException {
        AtomicReference<Tensor> out = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        worker.submit(job -> work.call(), t -> { out.set(t); done.countDown(); }, e -> done.countDown());
        assertTrue(done.await(10, TimeUnit.MINUTES));
        assertNotNull(out.get(), "the direct generation ran");
        return out.get();
    }

    private static void click(Component c, int x, int y) {
        c.dispatchEvent(new MouseEvent(c, MouseEvent.MOUSE_CLICKED, 0, 0, x, y, 1, false, MouseEvent.BUTTON1));
    }
}
