package io.genlab.ui.forward;

import io.genlab.data.Tensor;
import io.genlab.train.ModelRegistry;
import io.genlab.ui.shell.UiPrefs;
import io.genlab.ui.shell.WorkbenchContext;
import io.genlab.ui.widgets.Export;
import io.genlab.ui.widgets.ModelWorker;
import io.genlab.ui.widgets.PanelRendering;
import io.genlab.ui.widgets.Player;
import io.genlab.ui.widgets.ThemedChartPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forward-process view drawn headless from a fixed image: no dataset, no model. */
public class ForwardViewTest {
    @TempDir
    Path home;
    private final List<String> problems = new ArrayList<>();
    private ModelWorker worker;
    private ForwardView view;
    private WorkbenchContext context;

    @BeforeEach
    void create() {
        worker = new ModelWorker("forward-test", Runnable::run);
        context = new WorkbenchContext(home, new ModelRegistry(List.of()),
                UiPrefs.load(home.resolve("prefs.json")), (what, e) -> problems.add(what + ": " + e.getMessage()), worker);
        onEdt(() -> {
            view = new ForwardView(context);
            view.source().show(square(), "a white square");
        });
    }

    @AfterEach
    void close() {
        onEdt(() -> view.close());
        worker.close();
    }

    /** A white square on black, 1x28x28, as Fashion-MNIST pictures are: -1 background, +1 object. */
    static Tensor square() {
        float[] x = new float[28 * 28];
        Arrays.fill(x, -1f);
        for (int y = 8; y < 20; y++) for (int i = 8; i < 20; i++) x[y * 28 + i] = 1f;
        return new Tensor(x, new int[]{1, 1, 28, 28});
    }

    private BufferedImage render() {
        BufferedImage[] out = new BufferedImage[1];
        onEdt(() -> out[0] = PanelRendering.render((javax.swing.JComponent) view.component(), 1280, 720));
        return out[0];
    }

    private int colours(BufferedImage image, java.awt.Component c) {
        Rectangle r = boundsIn(c, view.component());
        assertTrue(r.width > 40 && r.height > 40, "too small to show anything: " + r);
        return distinctColours(image, r.x, r.y, r.width, r.height);
    }

    @Test
    void xtStripAndChartsHaveContent() {
        onEdt(() -> view.controls().setT(250));
        BufferedImage image = render();
        assertTrue(colours(image, view.xtPicture()) > 20, "x_t at t=250 is a noisy picture");
        assertTrue(colours(image, view.stripPicture()) > 20, "the strip shows images and histograms");
        for (java.awt.Component c : chartPanels()) assertTrue(colours(image, c) > 5, "a chart is drawn: " + c);
        ForwardCharts charts = view.charts();
        assertEquals(1000, charts.alphaBarPoints(0), "linear alpha-bar over every t");
        assertEquals(1000, charts.alphaBarPoints(1), "cosine alpha-bar over every t");
        assertEquals(1000, charts.snrPoints(0));
        assertEquals(41, charts.histogramValues().length, "one bar per histogram bin");
        assertEquals(250, charts.markerT());
        assertTrue(view.controls().numbersText().contains("SNR"), view.controls().numbersText());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    private List<java.awt.Component> chartPanels() {
        List<java.awt.Component> out = new ArrayList<>();
        collect(view.component(), out);
        assertEquals(3, out.size(), "histogram, alpha-bar and SNR charts");
        return out;
    }

    private static void collect(java.awt.Component c, List<java.awt.Component> out) {
        if (c instanceof ThemedChartPanel) out.add(c);
        if (c instanceof java.awt.Container k) for (java.awt.Component child : k.getComponents()) collect(child, out);
    }

    @Test
    void movingTChangesXtAndTheHistogramWhichEndsGaussian() {
        onEdt(() -> view.controls().setT(0));
        BufferedImage early = view.xtPicture().picture();
        double[] earlyHistogram = view.charts().histogramValues();
        onEdt(() -> view.controls().setT(999));
        BufferedImage late = view.xtPicture().picture();
        double[] lateHistogram = view.charts().histogramValues();
        assertFalse(Arrays.equals(pixels(early), pixels(late)), "x_t changes with t");
        assertFalse(Arrays.equals(earlyHistogram, lateHistogram), "the histogram changes with t");
        int centre = earlyHistogram.length / 2;
        assertTrue(earlyHistogram[centre] < 0.05, "at t=0 the pixels sit at -1 and +1, none near 0");
        assertEquals(0.40, lateHistogram[centre], 0.12, "at t=T-1 the pixels follow N(0, 1), density 0.4 at 0");
        assertEquals(999, view.charts().markerT());
    }

    @Test
    void changingTRescalesSliderCurvesAndStrip() {
        onEdt(() -> view.controls().setT(999));
        onEdt(() -> view.controls().setTimesteps(100));
        assertEquals(100, view.charts().alphaBarPoints(0));
        assertEquals(99, view.controls().t(), "t keeps its place on the new scale");
        assertArrayEquals(new int[]{0, 5, 10, 25, 50, 75, 99}, view.controls().stripSteps());
        onEdt(() -> view.controls().setSchedule("cosine"));
        BufferedImage image = render();
        assertTrue(colours(image, view.stripPicture()) > 20);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void exportsRenderEveryPictureAndTheAnimation() {
        List<Export> exports = new ArrayList<>();
        onEdt(() -> exports.addAll(view.exports()));
        assertEquals(List.of("x_0, the clean image", "x_t at t=250", "Strip x_0 … x_T", "alpha-bar chart", "SNR chart",
                "Pixel histogram", "x_t as t goes 0 → T"), exports.stream().map(Export::name).toList());
        for (Export e : exports) {
            if (e instanceof Export.Picture p) {
                BufferedImage img = p.render().get();
                assertNotNull(img, e.name());
                int least = e.name().startsWith("x_0") ? 2 : 6;            // the clean square is black and white
                assertTrue(distinctColours(img, 0, 0, img.getWidth(), img.getHeight()) >= least, e.name());
            } else if (e instanceof Export.Animation a) {
                assertEquals(40, a.frames().get().size(), "40 frames from t=0 to T-1");
            }
        }
    }

    @Test
    void aDrawingIsExportedAsTheDrawing() {
        onEdt(() -> view.source().select(ForwardSource.DRAW, null));
        List<Export> exports = new ArrayList<>();
        onEdt(() -> exports.addAll(view.exports()));
        assertEquals("The drawing (x_0)", exports.get(0).name());
        BufferedImage drawing = ((Export.Picture) exports.get(0)).render().get();
        assertEquals(28 * 16, drawing.getHeight(), "enlarged for a slide");
    }

    @Test
    void aLessonLinkSetsTheControlsAndStartsPlaying() {
        assertEquals(Set.of("dataset", "index", "schedule", "timesteps", "t", "seed", "strip", "play"), view.settings());
        ForwardControls c = view.controls();
        int[] t = new int[1];
        boolean[] playing = new boolean[1];
        String[] label = new String[1];
        onEdt(() -> {
            view.apply(Map.of("schedule", "cosine", "timesteps", "200", "t", "150", "seed", "7",
                    "strip", "0, 50, 199", "play", "true"));
            t[0] = c.t();
            playing[0] = c.playing();
            label[0] = c.playLabel();
        });
        assertTrue(c.cosine());
        assertEquals(200, c.timesteps());
        assertEquals(7, c.seed());
        assertArrayEquals(new int[]{0, 50, 199}, c.stripSteps());
        assertTrue(playing[0], "play=true presses Play");
        assertEquals(Player.PAUSE, label[0], "the button now pauses");
        assertEquals(150, t[0], "playing starts from t");
        assertEquals(200, view.charts().alphaBarPoints(1));
        onEdt(() -> view.apply(Map.of("play", "false", "t", "20")));
        assertFalse(c.playing());
        assertEquals("▶ Play", c.playLabel());
        assertEquals(20, c.t());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aBadLessonValueThrowsAndChangesNothing() {
        onEdt(() -> view.controls().setT(100));
        assertBad(Map.of("schedule", "cosine", "t", "1000"), "t must be a whole number from 0 to 999, got \"1000\"");
        assertBad(Map.of("schedule", "quadratic"), "schedule must be linear or cosine, got \"quadratic\"");
        assertBad(Map.of("timesteps", "100", "t", "500"), "t must be a whole number from 0 to 99, got \"500\"");
        assertBad(Map.of("seed", "-1"), "seed must be a whole number from 0 to 2147483647, got \"-1\"");
        assertBad(Map.of("strip", "0,2000"), "strip must be timesteps from 0 to 999");
        assertBad(Map.of("play", "yes"), "play must be true or false, got \"yes\"");
        assertBad(Map.of("dataset", "mnist"), "dataset must be ");
        assertBad(Map.of("dataset", "draw", "index", "3"), "index picks an image of a dataset");
        assertBad(Map.of("sampler", "ddim"), "forward takes no setting \"sampler\"; it takes dataset, index, schedule");
        assertFalse(view.controls().cosine());
        assertEquals(1000, view.controls().timesteps());
        assertEquals(100, view.controls().t());
        assertEquals(1, view.controls().seed());
        assertFalse(view.source().drawing());
    }

    private void assertBad(Map<String, String> settings, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            try {
                javax.swing.SwingUtilities.invokeAndWait(() -> view.apply(settings));
            } catch (java.lang.reflect.InvocationTargetException x) {
                throw x.getCause();
            }
        });
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void aLessonLinkPicksAnImageOnceItsDatasetHasLoaded() {
        List<Runnable> loads = new ArrayList<>();
        ForwardView[] v = new ForwardView[1];
        onEdt(() -> v[0] = new ForwardView(context, onImage -> new ForwardSource(context.problems(), List.of("a"),
                spec -> ForwardSourceTest.dataset(spec, 10), loads::add, onImage)));
        onEdt(() -> v[0].apply(Map.of("dataset", "A", "index", "7")));
        assertEquals(1, loads.size(), "a starts loading");
        loads.remove(0).run();
        onEdt(() -> { });
        assertEquals(7, v[0].source().index());
        assertNotNull(v[0].xtPicture().picture(), "x_t of image 7");
        List<Export> exports = new ArrayList<>();
        onEdt(() -> exports.addAll(v[0].exports()));
        assertEquals("x_t at t=250", exports.get(1).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            try {
                javax.swing.SwingUtilities.invokeAndWait(() -> v[0].apply(Map.of("dataset", "a", "index", "10")));
            } catch (java.lang.reflect.InvocationTargetException x) {
                throw x.getCause();
            }
        });
        assertEquals("index must be from 0 to 9, got \"10\"", e.getMessage());
        assertEquals(7, v[0].source().index());
        onEdt(() -> v[0].close());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aDrawingBecomesX0() {
        DrawingPad pad = new DrawingPad(28, () -> { });
        pad.dab(14.5, 14.5, false);
        float[] drawn = pad.image();
        assertEquals(1f, drawn[14 * 28 + 14], 1e-6, "the brush paints white at its centre");
        assertEquals(-1f, drawn[0], 1e-6, "and leaves the rest black");
        pad.dab(14.5, 14.5, true);
        assertEquals(-1f, pad.image()[14 * 28 + 14], 1e-6, "the eraser paints black");
        int[] changes = new int[1];
        DrawingPad counted = new DrawingPad(28, () -> changes[0]++);
        counted.clear();
        assertEquals(1, changes[0], "clearing tells the view");
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
