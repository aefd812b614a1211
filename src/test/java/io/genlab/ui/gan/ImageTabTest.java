package io.genlab.ui.gan;

import io.genlab.data.DatasetLocations;
import io.genlab.eval.KindsData;
import io.genlab.eval.judge.JudgeData;
import io.genlab.eval.judge.JudgeTrainer;
import io.genlab.train.ModelRegistry;
import io.genlab.train.RunConfig;
import io.genlab.train.TrainingControl;
import io.genlab.train.TrainingEvent;
import io.genlab.train.TrainingSetup;
import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.widgets.Export;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.*;

/** The GAN view's image tab on a short dcgan-s run of a small labelled IDX set. */
class ImageTabTest {

    @Test
    void showsAGansSnapshotsWalkAndJudgedSamplesAndNothingForOtherModels(@TempDir Path home) throws Exception {
        KindsData.writeIdx(home.resolve("kinds"), 200, 1);
        String spec = "idx:" + home.resolve("kinds");
        Path run = home.resolve("gan");
        RunConfig config = RunConfig.defaults("dcgan-s", spec, 4, 0).withData(spec, 0, 8).withSchedule(2, 4, 6);
        TrainingSetup.Ready ready = TrainingSetup.newRun(ModelRegistry.discover(), config, run, DatasetLocations.of(home), new TrainingControl());
        assertInstanceOf(TrainingEvent.Finished.class, ready.trainer().run());
        Path judgeFolder = JudgeData.defaultFolder(home, spec);

        try (ModelViewFixture fixture = new ModelViewFixture(home)) {
            ImageTab[] tab = new ImageTab[1];
            onEdt(() -> tab[0] = new ImageTab(fixture.context));
            onEdt(() -> fixture.context.activeModel().open(run, () -> { }));
            awaitIdle(fixture, tab[0]);
            onEdt(() -> {
                ImagesPanel p = tab[0].images();
                assertNotNull(p.run(), p.about());
                assertEquals(3, p.run().snapshots().size(), "steps 0, 2 and 4");
                assertEquals(2, p.timelinePlayer().position(), "the newest snapshot is shown");
                assertEquals(GanImages.WALK_FRAMES, p.walk().frames().size());
                assertEquals(GanImages.WALK_FRAMES, p.walkPlayer().frameCount());
                p.judge.doClick();                                        // no judge yet: it says how to train one
            });
            awaitIdle(fixture, tab[0]);
            onEdt(() -> assertNull(tab[0].images().verdicts()));

            Path points = home.resolve("points");
            RunConfig pointsConfig = RunConfig.defaults("pixel-gaussian", "toy2d:moons", 2, 0).withData("toy2d:moons", 64, 16).withSchedule(0, 0, 4);
            assertInstanceOf(TrainingEvent.Finished.class,
                    TrainingSetup.newRun(ModelRegistry.discover(), pointsConfig, points, DatasetLocations.of(home), new TrainingControl()).trainer().run());
            onEdt(() -> fixture.context.activeModel().open(points, () -> { }));
            awaitIdle(fixture, tab[0]);
            onEdt(() -> {
                assertNull(tab[0].images().run(), "a model that is not a GAN of images is not shown");
                assertTrue(tab[0].exports().isEmpty());
            });

            JudgeTrainer.train(JudgeData.load(spec, null, DatasetLocations.of(home)), new JudgeTrainer.Settings(1, 32, 3e-3, 1), "test",
                    (e, es, s, ss, l) -> { }, () -> false).save(judgeFolder);
            onEdt(() -> fixture.context.activeModel().open(run, () -> { }));          // opened again: now there is a judge
            awaitIdle(fixture, tab[0]);
            long[] firstWalk = new long[1];
            onEdt(() -> {
                firstWalk[0] = tab[0].images().walk().seed();
                tab[0].images().newWalk.doClick();
            });
            awaitIdle(fixture, tab[0]);
            onEdt(() -> tab[0].images().judge.doClick());
            awaitIdle(fixture, tab[0]);
            onEdt(() -> {
                ImagesPanel p = tab[0].images();
                assertNotEquals(firstWalk[0], p.walk().seed(), "a new walk starts from other noise");
                GanImages.Verdicts v = p.verdicts();
                assertNotNull(v, "the judge looked at the samples");
                assertEquals(GanImages.JUDGED, Arrays.stream(v.coverage().counts()).sum());
                assertTrue(v.agreement() >= 0 && v.agreement() <= 1, "agreement " + v.agreement());
                assertNotNull(ImagesPanel.verdictChart(v, p.classNames(), 600, 300));
                List<String> names = tab[0].exports().stream().map(Export::name).toList();
                assertEquals(List.of("Samples at this step", "Samples over training", "Latent walk", "The judge's verdicts"), names);
                tab[0].close();
            });
            assertTrue(fixture.problems.isEmpty(), fixture.problems.toString());
        }
    }

    /** Waits for the model to load and for the tab's jobs to finish. */
    private static void awaitIdle(ModelViewFixture fixture, ImageTab tab) throws Exception {
        for (int i = 0; i < 600; i++) {
            fixture.drain();
            boolean[] idle = new boolean[1];
            onEdt(() -> idle[0] = fixture.context.activeModel().loading().isEmpty() && !tab.busy());
            if (idle[0]) return;
            TimeUnit.MILLISECONDS.sleep(100);
        }
        fail("the image tab did not settle");
    }
}
