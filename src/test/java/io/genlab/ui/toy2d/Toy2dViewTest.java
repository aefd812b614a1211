package io.genlab.ui.toy2d;

import io.genlab.data.Datasets;
import io.genlab.data.Tensor;
import io.genlab.diffusion.ReverseProcess;
import io.genlab.train.ModelRegistry;
import io.genlab.train.TraceFrame;
import io.genlab.ui.shell.UiPrefs;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.PanelRendering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.genlab.ui.widgets.PanelRendering.boundsIn;
import static io.genlab.ui.widgets.PanelRendering.distinctColours;
import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 2D diffusion view drawn headless from recorded frames and updates: no model is trained here. */
public class Toy2dViewTest {
    @TempDir
    Path home;
    private final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.Semaphore reported = new java.util.concurrent.Semaphore(0);
    private ModelWorker worker;
    private Toy2dView view;

    @BeforeEach
    void create() {
        worker = new ModelWorker("toy2d-view-test", Runnable::run);
        WorkbenchContext context = new WorkbenchContext(home, new ModelRegistry(List.of()),
                UiPrefs.load(home.resolve("prefs.json")), (what, e) -> {
                    problems.add(what + ": " + e.getMessage());
                    reported.release();
                }, worker);
        onEdt(() -> view = new Toy2dView(context));
    }

    @AfterEach
    void close() {
        onEdt(() -> view.close());
        worker.close();
    }

    /** A recorded denoising of 300 points: standard normal noise moving in a straight line onto the ring. */
    static List<TraceFrame> recordedFrames(int count) {
        float[] noise = ReverseProcess.startNoise(new int[]{300, 2}, 7).data();
        float[] ring = Datasets.loadPoints("toy2d:ring", 300, 7).points();
        List<TraceFrame> frames = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double a = k / (count - 1.0);
            float[] xy = new float[noise.length];
            for (int i = 0; i < xy.length; i++) xy[i] = (float) ((1 - a) * noise[i] + a * ring[i]);
            int t = (int) Math.round((1 - a) * 999);
            frames.add(new TraceFrame(k, count, "t=" + t, Map.of("x_t", new Tensor(xy, new int[]{300, 2})), Map.of("t", (double) t)));
        }
        return frames;
    }

    private BufferedImage render() {
        BufferedImage[] out = new BufferedImage[1];
        onEdt(() -> out[0] = PanelRendering.render((JComponent) view.component(), 1280, 720));
        return out[0];
    }

    private int colours(BufferedImage image, java.awt.Component c) {
        Rectangle r = boundsIn(c, view.component());
        assertTrue(r.width > 100 && r.height > 100, "too small to show anything: " + r);
        return distinctColours(image, r.x, r.y, r.width, r.height);
    }

    @Test
    void scatterShowsTheRecordedGenerationAndTheScrubberCoversEveryFrame() {
        List<TraceFrame> frames = recordedFrames(11);
        onEdt(() -> view.generationPanel().show(frames, "recorded"));
        Toy2dGenerationPanel g = view.generationPanel();
        assertEquals(0, g.scrubber().getMinimum());
        assertEquals(frames.size() - 1, g.scrubber().getMaximum(), "one scrubber position per frame");
        assertTrue(g.scrubber().isEnabled());
        BufferedImage image = render();
        assertTrue(colours(image, g.picture()) > 10, "x_T drawn over the data");
        int[] first = pixels(g.picture().picture());
        onEdt(() -> g.scrubber().setValue(g.scrubber().getMaximum()));
        assertFalse(Arrays.equals(first, pixels(g.picture().picture())), "the last frame is another picture");
        assertEquals(10, g.frameIndex());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void trainingPanelDrawsLossAndSamplesFromUpdates() {
        List<Toy2dTraining.Update> updates = new ArrayList<>();
        for (int s = 1; s <= 120; s++) updates.add(new Toy2dTraining.Step(s, 1.0 / Math.sqrt(s)));
        float[] samples = recordedFrames(2).get(1).tensors().get("x_t").data();
        updates.add(new Toy2dTraining.Preview(120, samples));
        BufferedImage before = view.trainingPanel().samplesPicture().picture();
        onEdt(() -> view.updates(updates));
        assertEquals(120, view.trainingPanel().lossPoints(), "one loss point per step");
        assertFalse(Arrays.equals(pixels(before), pixels(view.trainingPanel().samplesPicture().picture())),
                "the samples are drawn over the data");
        BufferedImage image = render();
        assertTrue(colours(image, view.trainingPanel().samplesPicture()) > 10);
    }

    @Test
    void exportsCoverTheSamplesTheChartAndTheGeneration() {
        onEdt(() -> {
            view.updates(List.of(new Toy2dTraining.Step(1, 0.9), new Toy2dTraining.Step(2, 0.8)));
            view.generationPanel().show(recordedFrames(5), "recorded");
        });
        List<Export> exports = new ArrayList<>();
        onEdt(() -> exports.addAll(view.exports()));
        assertEquals(List.of("Samples while training", "Loss chart", "Scatter at frame 1", "Strip x_T … x_0",
                "Trajectories of 200 points", "Denoising"), exports.stream().map(Export::name).toList());
        for (Export e : exports) {
            if (e instanceof Export.Picture p) {
                BufferedImage img = p.render().get();
                assertTrue(distinctColours(img, 0, 0, img.getWidth(), img.getHeight()) > 5, e.name());
            } else if (e instanceof Export.Animation a) {
                assertEquals(5, a.frames().get().size(), "one GIF frame per recorded frame");
            }
        }
    }

    @Test
    void otherDataClearsTheGenerationMadeFromTheOldData() {
        onEdt(() -> view.generationPanel().show(recordedFrames(5), "recorded"));
        onEdt(() -> view.apply(Map.of("dataset", "toy2d:moons")));
        Toy2dGenerationPanel g = view.generationPanel();
        assertTrue(g.frames().isEmpty(), "the ring's generation is gone");
        assertEquals(null, g.picture().picture(), "a message instead of the old points over the new data");
        assertFalse(g.scrubber().isEnabled());
        List<String> names = new ArrayList<>();
        onEdt(() -> view.exports().forEach(e -> names.add(e.name())));
        assertEquals(List.of("Samples while training"), names, "nothing of the old generation to export");
        onEdt(() -> view.generationPanel().show(recordedFrames(5), "recorded"));
        onEdt(() -> view.updates(List.of(new Toy2dTraining.Step(1, 0.9))));
        onEdt(() -> view.apply(Map.of("dataset", "toy2d:moons")));
        assertEquals(5, g.frames().size(), "the same data keeps its generation");
        assertEquals(1, view.trainingPanel().lossPoints(), "and its loss curve");
    }

    @Test
    void progressCountsTowardsTheTargetOfTheRunNotTheSpinner() throws Exception {
        onEdt(() -> view.apply(Map.of("steps", "300", "train", "true")));
        assertEquals(300, view.training().targetSteps());
        onEdt(() -> view.apply(Map.of("steps", "5000")));
        onEdt(() -> view.updates(List.of(new Toy2dTraining.Step(10, 0.5))));
        assertTrue(view.progressText().startsWith("step 10 of 300 "), view.progressText());
        reported.acquire();                              // this registry has no diffusion-2d: training fails
        assertTrue(problems.get(0).startsWith("Training diffusion-2d on toy2d:ring"), problems.toString());
    }

    @Test
    void aLessonLinkSetsTheForm() {
        assertEquals(Set.of("dataset", "steps", "train", "points", "sampler", "sampler-steps", "seed", "generate"),
                view.settings());
        onEdt(() -> view.apply(Map.of("dataset", "toy2d:spiral", "steps", "500", "points", "800", "sampler", "ddpm",
                "sampler-steps", "80", "seed", "9")));
        assertEquals(Map.of("dataset", "toy2d:spiral", "steps", "500", "points", "800", "sampler", "ddpm",
                "sampler-steps", "80", "seed", "9"), view.form());
        assertEquals(Toy2dTraining.State.NEW, view.training().state(), "no train=true: Start is not pressed");
        onEdt(() -> view.apply(Map.of("sampler", "ddpm")));
        assertEquals(Integer.toString(Toy2dTraining.TIMESTEPS), view.form().get("sampler-steps"),
                "the sampler alone brings its usual step count: every noise level");
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void generateWaitsForAModelAndAFailedTrainingDropsIt() throws Exception {
        onEdt(() -> view.apply(Map.of("generate", "true")));
        assertTrue(view.generatesWhenTrained(), "no model yet: Generate waits for one");
        onEdt(() -> view.apply(Map.of("generate", "false")));
        assertFalse(view.generatesWhenTrained());
        boolean[] waiting = new boolean[1];
        onEdt(() -> {
            view.apply(Map.of("train", "true", "generate", "true"));
            waiting[0] = view.generatesWhenTrained();          // before the training's failure comes back
        });
        assertTrue(waiting[0], "Generate after training");
        reported.acquire();                              // no diffusion-2d here: training fails
        onEdt(() -> { });
        assertFalse(view.generatesWhenTrained(), "nothing to generate from after a failure");
        assertEquals(Toy2dTraining.State.NEW, view.training().state());
    }

    @Test
    void aBadLessonValueThrowsAndChangesNothing() {
        Map<String, String> before = view.form();
        assertBad(Map.of("points", "800", "sampler", "dpm"), "sampler must be ddim or ddpm, got \"dpm\"");
        assertBad(Map.of("dataset", "toy2d:swirl"), "dataset must be toy2d:ring, toy2d:spiral");
        assertBad(Map.of("steps", "10"), "steps must be a whole number from 50 to 100000, got \"10\"");
        assertBad(Map.of("sampler-steps", "0"), "sampler-steps must be a whole number from 1 to " + Toy2dTraining.TIMESTEPS);
        assertBad(Map.of("points", "lots"), "points must be a whole number from 10 to 5000, got \"lots\"");
        assertBad(Map.of("train", "maybe", "seed", "4"), "train must be true or false, got \"maybe\"");
        assertBad(Map.of("eta", "0"), "toy2d takes no setting \"eta\"; it takes dataset, steps, train");
        assertEquals(before, view.form());
        assertFalse(view.generatesWhenTrained());
        assertEquals(Toy2dTraining.State.NEW, view.training().state());
    }

    /** A view whose registry has a diffusion-2d stand-in that trains and samples in no time. */
    private Toy2dView withStandIn() {
        onEdt(() -> view.close());
        WorkbenchContext c = new WorkbenchContext(home, new ModelRegistry(List.of(new Toy2dTrainingTest.StepCountingProvider(
                new Toy2dTrainingTest.StepCountingModel()))), UiPrefs.load(home.resolve("prefs.json")),
                (what, e) -> problems.add(what + ": " + e.getMessage()), worker);
        onEdt(() -> view = new Toy2dView(c));
        return view;
    }

    /** Waits (generously; no test asserts on time) until {@code done} holds on the event dispatch thread. */
    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        boolean[] now = new boolean[1];
        do {
            Thread.sleep(20);
            onEdt(() -> now[0] = done.getAsBoolean());
        } while (!now[0] && System.nanoTime() < end);
        assertTrue(now[0], "never happened");
    }

    @Test
    void trainThenGenerateRunsTheGenerationOnceTrainingHasFinished() throws Exception {
        Toy2dView v = withStandIn();
        boolean[] waiting = new boolean[1];
        onEdt(() -> {
            v.apply(Map.of("steps", "50", "train", "true", "generate", "true", "points", "20", "sampler-steps", "5"));
            waiting[0] = v.generatesWhenTrained();
        });
        assertTrue(waiting[0]);
        await(() -> v.generationPanel().frames().size() == 6);
        assertFalse(v.generatesWhenTrained());
        assertEquals(Toy2dTraining.State.FINISHED, v.training().state());
        assertEquals(20, v.generationPanel().frames().get(5).tensors().get("x_t").shape()[0], "20 points");
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theDataCannotChangeUnderAPausedModel() throws Exception {
        Toy2dView v = withStandIn();
        onEdt(() -> {
            v.apply(Map.of("steps", "100000", "train", "true"));
            v.training().pause();
        });
        await(() -> v.training().state() == Toy2dTraining.State.PAUSED);
        assertBad(Map.of("dataset", "toy2d:moons", "points", "99"), "dataset cannot change to toy2d:moons while a model trains on toy2d:ring");
        assertEquals("1500", v.form().get("points"), "nothing changed");
        onEdt(() -> v.apply(Map.of("dataset", "toy2d:ring")));   // the same data is fine
        onEdt(() -> v.training().stop());
        onEdt(() -> v.apply(Map.of("dataset", "toy2d:moons")));
        assertEquals("toy2d:moons", v.form().get("dataset"));
        assertEquals(Toy2dTraining.State.NEW, v.training().state(), "the ring's model is dropped");
    }

    private void assertBad(Map<String, String> settings, String message) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> {
            try {
                javax.swing.SwingUtilities.invokeAndWait(() -> view.apply(settings));
            } catch (java.lang.reflect.InvocationTargetException x) {
                throw x.getCause();
            }
        });
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
