package io.genlab.ui;

import io.genlab.ui.attention.AttentionViewDriver;
import io.genlab.ui.autoregressive.AutoregressiveViewDriver;
import io.genlab.ui.gan.GanViewDriver;
import io.genlab.ui.home.HomeViewDriver;
import io.genlab.ui.race.RaceViewDriver;
import io.genlab.ui.reverse.ReverseViewDriver;
import io.genlab.ui.shell.PresenterMode;
import io.genlab.ui.shell.WorkbenchFrame;
import io.genlab.ui.shell.WorkbenchView;
import io.genlab.ui.text.TextViewDriver;
import io.genlab.ui.toy2d.Toy2dViewDriver;
import io.genlab.ui.train.TrainViewDriver;
import io.genlab.ui.widgets.PanelRendering;
import io.genlab.viz.ImageFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real workbench window on a display (Xvfb in CI): it opens on the shipped model, every view
 * shows, and each view's screenshot is saved in target/screenshots for README.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchSmokeIT {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static WorkbenchFrame frame;

    @BeforeAll
    static void open(@TempDir Path prefsDir) throws Exception {
        System.setProperty("genlab.runs", prefsDir.resolve("runs").toString());
        boolean required = "1".equals(System.getenv("GENLAB_REQUIRE_DISPLAY"));
        if (required) assertTrue(Workbench.displayAvailable(), "GENLAB_REQUIRE_DISPLAY=1 but no display is reachable");
        assumeTrue(Workbench.displayAvailable(), "no display: run under Xvfb (see .ci/run)");
        AtomicReference<WorkbenchFrame> created = new AtomicReference<>();
        PanelRendering.onEdt(() -> {
            WorkbenchFrame f = Workbench.create(Path.of("").toAbsolutePath(), prefsDir.resolve("workbench.json"));
            f.setBounds(0, 0, 1280, 800);
            f.setVisible(true);
            created.set(f);
        });
        frame = created.get();
        waitForModelWorker();
    }

    @AfterAll
    static void close() {
        if (frame == null) return;
        PanelRendering.onEdt(frame::dispose);
        PanelRendering.onEdt(() -> { });                    // the window-closed handler (saving preferences) has run
    }

    private static WorkbenchView view(String id) {
        return frame.views().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static void show(String id, String screenshot) throws Exception {
        PanelRendering.onEdt(() -> assertTrue(frame.showView(id)));
        waitForModelWorker();
        Thread.sleep(300);                                  // coalesced updates arrive within 100 ms
        PanelRendering.onEdt(() -> { });
        ImageFiles.writePng(screenshot(), SCREENSHOTS.resolve(screenshot + ".png"));
    }

    /** Waits until every job queued on the active model's worker so far has run and reported. */
    private static void waitForModelWorker() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        PanelRendering.onEdt(() -> frame.context().activeModel().worker()
                .submit(job -> null, r -> done.countDown(), e -> done.countDown(), done::countDown));
        assertTrue(done.await(5, TimeUnit.MINUTES), "the model worker did not finish");
        PanelRendering.onEdt(() -> { });
    }

    private static BufferedImage screenshot() {
        AtomicReference<BufferedImage> shot = new AtomicReference<>();
        PanelRendering.onEdt(() -> {
            var root = frame.getRootPane();
            BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            root.paint(g);
            g.dispose();
            shot.set(image);
        });
        return shot.get();
    }

    @Test
    @Order(1)
    void opensOnTheShippedModelAndShowsEveryView() throws Exception {
        PanelRendering.onEdt(() -> assertTrue(frame.context().activeModel().current().isPresent(),
                "the workbench opens on a trained model, never an empty screen"));
        for (WorkbenchView view : frame.views()) {
            PanelRendering.onEdt(() -> assertTrue(frame.showView(view.id())));
            waitForModelWorker();
            BufferedImage shot = screenshot();
            ImageFiles.writePng(shot, SCREENSHOTS.resolve(view.id() + ".png"));
            assertTrue(PanelRendering.distinctColours(shot, 0, 0, shot.getWidth(), shot.getHeight()) > 50,
                    view.id() + " shows next to nothing");
            PanelRendering.onEdt(() -> assertEquals(view.id(), frame.selected().id()));
        }
    }

    @Test
    @Order(3)
    void aLessonLinkOpensTheViewSetUpAndRunsIt() throws Exception {
        WorkbenchView reverse = view("reverse");
        PanelRendering.onEdt(() -> {
            frame.showLessons(true);
            frame.lessons().select(3);
            assertEquals(3, frame.lessons().selectedIndex());
            frame.lessons().follow("genlab:reverse?model=unet-s-fashion&class=Sneaker&seed=3&steps=20&generate=true", "Generate sneakers");
        });
        show("reverse", "lesson");
        PanelRendering.onEdt(() -> {
            assertEquals("reverse", frame.selected().id());
            assertEquals(20, ReverseViewDriver.frames(reverse));
        });

        WorkbenchView toy2d = view("toy2d");
        PanelRendering.onEdt(() -> frame.lessons().follow(
                "genlab:toy2d?dataset=toy2d:ring&steps=300&train=true&generate=true&sampler-steps=50", "Train it on a ring"));
        boolean[] generated = {false};
        for (int wait = 0; wait < 1200 && !generated[0]; wait++) {     // up to 10 minutes on a slow machine
            Thread.sleep(500);
            PanelRendering.onEdt(() -> generated[0] = Toy2dViewDriver.generatedFrames(toy2d) > 0);
        }
        assertTrue(generated[0], "the 2D model trained and generated");
        PanelRendering.onEdt(() -> Toy2dViewDriver.showLastFrame(toy2d));
        show("toy2d", "toy2d");
        PanelRendering.onEdt(() -> frame.showLessons(false));
    }

    @Test
    @Order(4)
    void theGanViewTrainsThePlaygroundLiveAndShowsTheShippedGan() throws Exception {
        WorkbenchView gan = view("gan");
        PanelRendering.onEdt(() -> {
            assertTrue(frame.showView("gan"));
            GanViewDriver.trainOn(gan, true);
        });
        int[] frames = {0};
        for (int wait = 0; wait < 600 && frames[0] < 40; wait++) {      // 400 steps; up to 5 minutes on a slow machine
            Thread.sleep(500);
            PanelRendering.onEdt(() -> frames[0] = GanViewDriver.frames(gan));
        }
        PanelRendering.onEdt(() -> GanViewDriver.trainOn(gan, false));
        assertTrue(frames[0] >= 40, "the playground trained: " + frames[0] + " frames");
        show("gan", "gan");

        PanelRendering.onEdt(() -> frame.lessons().follow("genlab:gan?model=dcgan-s-fashion&tab=images", "Open the GAN trained on Fashion-MNIST"));
        boolean[] shown = {false};
        for (int wait = 0; wait < 600 && !shown[0]; wait++) {
            Thread.sleep(200);
            PanelRendering.onEdt(() -> shown[0] = GanViewDriver.imagesShown(gan));
        }
        assertTrue(shown[0], "the image tab shows the shipped GAN");
        PanelRendering.onEdt(() -> GanViewDriver.judge(gan));
        boolean[] judged = {false};
        for (int wait = 0; wait < 600 && !judged[0]; wait++) {
            Thread.sleep(200);
            PanelRendering.onEdt(() -> judged[0] = GanViewDriver.judged(gan));
        }
        assertTrue(judged[0], "the judge scored the shipped GAN's samples");
        show("gan", "gan-images");
    }

    @Test
    @Order(5)
    void theAutoregressiveViewFillsInTheShippedPixelCnnPixelByPixel() throws Exception {
        WorkbenchView autoregressive = view("autoregressive");
        PanelRendering.onEdt(() -> frame.lessons().follow("genlab:autoregressive?model=pixelcnn-s-fashion&samples=4&seed=2&generate=true",
                "Watch it fill in"));
        int[] steps = {0};
        for (int wait = 0; wait < 600 && steps[0] == 0; wait++) {       // up to 2 minutes on a slow machine
            Thread.sleep(200);
            PanelRendering.onEdt(() -> steps[0] = AutoregressiveViewDriver.finishedSteps(autoregressive));
        }
        assertEquals(28 * 28, steps[0], "one value per pixel of a 28x28 picture");
        show("autoregressive", "autoregressive");
    }

    @Test
    @Order(7)
    void theAttentionViewShowsWhereAPatchLooksInTheShippedTransformerWhileItDenoises() throws Exception {
        WorkbenchView attention = view("attention");
        PanelRendering.onEdt(() -> frame.lessons().follow(
                "genlab:attention?model=dit-s-fashion&class=Sneaker&seed=3&query=24&layer=blocks.2.attn&step=30&generate=true",
                "Where does a patch look?"));
        int[] steps = {0};
        for (int wait = 0; wait < 600 && steps[0] == 0; wait++) {       // up to 2 minutes on a slow machine
            Thread.sleep(200);
            PanelRendering.onEdt(() -> steps[0] = AttentionViewDriver.finishedSteps(attention));
        }
        assertEquals(50, steps[0], "DDIM's 50 steps, each with its attention");
        show("attention", "attention");
        PanelRendering.onEdt(() -> assertEquals("blocks.2.attn, mean of the 4 heads: where token 24 (row 3, column 3) looks",
                AttentionViewDriver.headline(attention)));
    }

    @Test
    @Order(8)
    void theRaceViewRacesTheFourShippedModelsOneByOneAndReplaysThemOnOneClock() throws Exception {
        WorkbenchView race = view("race");
        PanelRendering.onEdt(() -> frame.lessons().follow("genlab:race?class=Sneaker&seed=2&steps=10&run=true", "Race them"));
        boolean[] finished = {false};
        for (int wait = 0; wait < 1200 && !finished[0]; wait++) {       // up to 4 minutes on a slow machine
            Thread.sleep(200);
            PanelRendering.onEdt(() -> finished[0] = RaceViewDriver.finished(race));
        }
        assertTrue(finished[0], "every lane raced and the replay ended");
        PanelRendering.onEdt(() -> {
            assertEquals(java.util.Arrays.asList(null, null, null, null), RaceViewDriver.problems(race));
            assertEquals(java.util.List.of(20, 20, 1, 28 * 28), RaceViewDriver.evaluations(race),
                    "10 guided denoising steps, one generator pass, one evaluation per pixel");
        });
        show("race", "race");
        AtomicReference<BufferedImage> finishedPictures = new AtomicReference<>();
        PanelRendering.onEdt(() -> finishedPictures.set(RaceViewDriver.finishedPicture(race)));
        ImageFiles.writePng(finishedPictures.get(), SCREENSHOTS.resolve("race-finished.png"));
    }

    @Test
    @Order(9)
    void theStartViewsFamilyCardsOpenTheirViewAndLesson() throws Exception {
        WorkbenchView home = view("home");
        PanelRendering.onEdt(() -> {
            frame.showLessons(false);
            assertTrue(frame.showView("home"));
            HomeViewDriver.watch(home, "GAN");
        });
        waitForModelWorker();
        PanelRendering.onEdt(() -> {
            assertEquals("gan", frame.selected().id());
            assertTrue(frame.context().activeModel().current().orElseThrow().run().endsWith("dcgan-s-fashion"), "the card opened its model");
            assertTrue(frame.showView("home"));
            HomeViewDriver.lesson(home, "Autoregressive");
            assertEquals(5, frame.lessons().selectedIndex(), "lesson 6, the sixth lesson");
        });
    }

    @Test
    @Order(10)
    void theTextViewDrawsAPromptWithTheShippedTextModelAndShowsWhereEachWordIsRead() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("lessons", "models", "unet-s-shapes-text", "checkpoints")),
                "the shipped text model (lessons/models/unet-s-shapes-text) is not installed yet");
        WorkbenchView text = view("text");
        PanelRendering.onEdt(() -> frame.lessons().follow("genlab:text?model=unet-s-shapes-text"
                + "&prompt=a+large+purple+circle+to+the+left+of+a+small+yellow+triangle&seed=2&steps=20&samples=4&run=true", "Draw it"));
        int[] steps = {0};
        for (int wait = 0; wait < 1200 && steps[0] == 0; wait++) {      // up to 4 minutes on a slow machine
            Thread.sleep(200);
            PanelRendering.onEdt(() -> steps[0] = TextViewDriver.finishedSteps(text));
        }
        assertEquals(20, steps[0], "DDIM's 20 steps, each with its cross-attention");
        show("text", "text");
        PanelRendering.onEdt(() -> assertTrue(TextViewDriver.headline(text).startsWith("Step 20 of 20, t=0: where each word is read"),
                TextViewDriver.headline(text)));
    }

    @Test
    @Order(6)
    void presenterModeEnlargesTheFontsAndLeavingRestoresThem() throws Exception {
        float[] sizes = new float[3];
        PanelRendering.onEdt(() -> {
            sizes[0] = javax.swing.UIManager.getFont("defaultFont").getSize2D();
            frame.presenter().enter();
            sizes[1] = javax.swing.UIManager.getFont("defaultFont").getSize2D();
        });
        Thread.sleep(500);                                  // let the full-screen window repaint
        ImageFiles.writePng(screenshot(), SCREENSHOTS.resolve("presenter.png"));
        PanelRendering.onEdt(() -> {
            frame.presenter().leave();
            sizes[2] = javax.swing.UIManager.getFont("defaultFont").getSize2D();
        });
        assertEquals(sizes[0] * PresenterMode.SCALE, sizes[1], 0.01);
        assertEquals(sizes[0], sizes[2], 0.01);
    }

    @Test
    @Order(2)
    void trainsATinyModelLiveAndGeneratesWithTheShippedOne() throws Exception {
        WorkbenchView train = view("train");
        CountDownLatch finished = new CountDownLatch(1);
        PanelRendering.onEdt(() -> {
            assertTrue(frame.showView("train"));
            TrainViewDriver.train(train, "diffusion-2d", 400, 100, finished::countDown);
        });
        assertTrue(finished.await(10, TimeUnit.MINUTES), "training did not finish");
        show("train", "train");
        PanelRendering.onEdt(() -> {
            assertEquals(400, TrainViewDriver.lossPoints(train, "mse"));
            assertEquals(java.util.List.of(0L, 100L, 200L, 300L, 400L), TrainViewDriver.snapshotSteps(train));
        });

        WorkbenchView reverse = view("reverse");
        PanelRendering.onEdt(() -> {
            assertTrue(frame.showView("reverse"));
            assertTrue(ReverseViewDriver.canGenerate(reverse), "the shipped model can generate");
            ReverseViewDriver.generate(reverse, 25);
        });
        show("reverse", "reverse");
        PanelRendering.onEdt(() -> assertEquals(25, ReverseViewDriver.frames(reverse)));
        show("features", "features");
    }
}
