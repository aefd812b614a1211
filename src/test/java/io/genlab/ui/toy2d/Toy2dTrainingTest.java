package io.genlab.ui.toy2d;

import io.genlab.data.Batch;
import io.genlab.data.DatasetLocations;
import io.genlab.data.Tensor;
import io.genlab.diffusion.Diffusion2dProvider;
import io.genlab.train.DataShape;
import io.genlab.train.GenerationRequest;
import io.genlab.train.GenerativeModel;
import io.genlab.train.ModelInfo;
import io.genlab.train.ModelProvider;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceFrame;
import io.genlab.train.TraceSink;
import io.genlab.ui.widgets.ModelWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.SwingUtilities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 2D view's controller trains a real diffusion-2d model for a few steps on its worker, then samples it. */
class Toy2dTrainingTest {
    /** Generous: the first model builds ND4J's native backend; no test asserts on time. */
    private static final long WAIT_MINUTES = 10;

    @TempDir
    Path home;
    private final List<Toy2dTraining.Update> updates = Collections.synchronizedList(new ArrayList<>());
    private final List<Toy2dTraining.State> states = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CountDownLatch lastPreview = new CountDownLatch(1);
    private Toy2dTraining training;

    @AfterEach
    void close() {
        if (training != null) onEdt(() -> training.close());
    }

    private Toy2dTraining controller() {
        return controller(ModelRegistry.discover());
    }

    private Toy2dTraining controller(ModelRegistry registry) {
        return new Toy2dTraining(registry, DatasetLocations.of(home), ModelWorker.forSwing("toy2d-test"),
                SwingUtilities::invokeLater, new Toy2dTraining.Listener() {
            @Override
            public void updates(List<Toy2dTraining.Update> batch) {
                updates.addAll(batch);
                for (Toy2dTraining.Update u : batch) {
                    if (u instanceof Toy2dTraining.Preview p && p.step() == 20) lastPreview.countDown();
                }
            }

            @Override
            public void stateChanged(Toy2dTraining.State state) {
                states.add(state);
                if (state == Toy2dTraining.State.FINISHED) finished.countDown();
            }

            @Override
            public void failed(String what, Exception e) {
                failure.set(e);
                finished.countDown();
            }
        });
    }

    @Test
    void trainsAFewStepsThenGeneratesAndCancels() throws Exception {
        training = controller();
        onEdt(() -> training.start(new Toy2dTraining.Settings("toy2d:ring", 20, 64, 10, 50, 1)));
        assertTrue(finished.await(WAIT_MINUTES, TimeUnit.MINUTES), "training did not finish");
        assertNull(failure.get(), () -> "training failed: " + failure.get());
        assertTrue(lastPreview.await(WAIT_MINUTES, TimeUnit.MINUTES), "the last samples (after every step) never came");

        List<Long> steps = new ArrayList<>();
        List<Long> previews = new ArrayList<>();
        synchronized (updates) {
            for (Toy2dTraining.Update u : updates) {
                if (u instanceof Toy2dTraining.Step s) {
                    steps.add(s.step());
                    assertTrue(Double.isFinite(s.loss()) && s.loss() > 0, "loss " + s.loss());
                } else if (u instanceof Toy2dTraining.Preview p) {
                    previews.add(p.step());
                    assertEquals(100, p.samples().length, "50 points, x and y");
                }
            }
        }
        List<Long> expected = new ArrayList<>();
        for (long s = 1; s <= 20; s++) expected.add(s);
        assertEquals(expected, steps, "every step reported once, in order");
        assertEquals(List.of(0L, 10L, 20L), previews, "samples before training and every 10 steps");
        assertEquals(List.of(Toy2dTraining.State.TRAINING, Toy2dTraining.State.FINISHED), states);

        CountDownLatch generated = new CountDownLatch(1);
        AtomicReference<Toy2dTraining.Generation> result = new AtomicReference<>();
        onEdt(() -> training.generate(100, "ddim", 5, 3, done -> { }, g -> {
            result.set(g);
            generated.countDown();
        }, e -> {
            failure.set(e);
            generated.countDown();
        }, generated::countDown));
        assertTrue(generated.await(WAIT_MINUTES, TimeUnit.MINUTES), "generation did not end");
        assertNull(failure.get(), () -> "generation failed: " + failure.get());
        List<io.genlab.train.TraceFrame> frames = result.get().frames();
        assertEquals(6, frames.size(), "5 sampler steps and the samples");
        for (io.genlab.train.TraceFrame f : frames) {
            assertArrayEquals(new int[]{100, 2}, f.tensors().get("x_t").shape());
            assertEquals(6, f.total());
        }
        assertEquals("x_0, the samples", frames.get(5).caption());

        CountDownLatch cancelled = new CountDownLatch(1);
        onEdt(() -> training.generate(2000, "ddpm", Toy2dTraining.TIMESTEPS, 4, done -> { }, g -> failure.set(new IllegalStateException("not cancelled")),
                failure::set, cancelled::countDown).cancel());
        assertTrue(cancelled.await(WAIT_MINUTES, TimeUnit.MINUTES), "cancel did not end the generation");
        assertNull(failure.get(), () -> "cancel failed: " + failure.get());
    }

    @Test
    void cancellingAGenerationMidRunEndsItBetweenSteps() throws Exception {
        StepCountingModel model = new StepCountingModel();
        training = controller(new ModelRegistry(List.of(new StepCountingProvider(model))));
        onEdt(() -> training.start(new Toy2dTraining.Settings("toy2d:ring", 2, 16, 1, 10, 1)));
        assertTrue(finished.await(WAIT_MINUTES, TimeUnit.MINUTES), "training did not finish");
        assertNull(failure.get(), () -> "training failed: " + failure.get());

        model.generated.set(0);                   // forget the samples drawn while training
        model.waitAfter = 3;                      // the sampler stops after 3 steps until the test has cancelled
        AtomicReference<ModelWorker.Job> job = new AtomicReference<>();
        List<String> outcome = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Integer> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);
        onEdt(() -> job.set(training.generate(10, "ddim", Integer.MAX_VALUE, 3, done -> {
            progress.add(done);
            if (done >= 3) {                                      // from the progress callback, mid-run
                job.get().cancel();
                model.cancelled.countDown();
            }
        }, g -> {
            outcome.add("done");
            ended.countDown();
        }, e -> {
            outcome.add("failed " + e);
            ended.countDown();
        }, () -> {
            outcome.add("cancelled");
            ended.countDown();
        })));
        assertTrue(ended.await(WAIT_MINUTES, TimeUnit.MINUTES), "the generation never ended");
        assertEquals(List.of("cancelled"), outcome);
        assertTrue(progress.get(progress.size() - 1) >= 3, "it ran some steps first: " + progress);
        assertEquals(3, model.generated.get(), "the step after the cancel did not run");
    }

    /**
     * A diffusion-2d stand-in whose sampler runs as many steps as asked, one frame each; once armed
     * with {@code waitAfter}, it waits after that many steps until {@code cancelled} opens.
     */
    static final class StepCountingModel implements GenerativeModel {
        final AtomicLong generated = new AtomicLong();
        final CountDownLatch cancelled = new CountDownLatch(1);
        volatile int waitAfter = -1;

        @Override
        public ModelInfo info() {
            return new ModelInfo("diffusion", Diffusion2dProvider.NAME, 0, DataShape.points(), Map.of());
        }

        @Override
        public Map<String, Double> trainStep(Batch batch, long stepSeed) {
            return Map.of("mse", 0.5);
        }

        @Override
        public Tensor generate(GenerationRequest request, TraceSink sink) {
            int steps = Integer.parseInt(request.options().get("steps"));
            Tensor x = new Tensor(new float[request.count() * 2], new int[]{request.count(), 2});
            for (int i = 0; i < steps; i++) {
                sink.accept(new TraceFrame(i, steps, "step " + i, Map.of("x_t", x), Map.of("t", (double) (steps - 1 - i))));
                if (generated.incrementAndGet() == waitAfter) {
                    try {
                        cancelled.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
            return x;
        }

        @Override public double learningRate() { return 0; }
        @Override public Map<String, Tensor> probe(Tensor inputs, int[] labels) { throw new UnsupportedOperationException(); }
        @Override public Map<String, Tensor> state() { return Map.of(); }
        @Override public void restore(Map<String, Tensor> state) { }
    }

    record StepCountingProvider(StepCountingModel model) implements ModelProvider {
        @Override public String name() { return Diffusion2dProvider.NAME; }
        @Override public String family() { return "diffusion"; }
        @Override public String description() { return "counts sampler steps"; }
        @Override public boolean supports(DataShape shape) { return shape.kind() == DataShape.Kind.POINTS; }
        @Override public GenerativeModel create(DataShape shape, Map<String, Object> options, long seed) { return model; }
    }
}
