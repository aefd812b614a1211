package io.genlab.ui;

import com.formdev.flatlaf.FlatLightLaf;
import io.genlab.train.ModelRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.genlab.ui.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forward and 2D views under FlatLaf: a larger default font, as presenter mode sets, enlarges their text and figures. */
class PresenterFiguresTest {
    @TempDir
    Path home;
    private LookAndFeel before;
    private WorkbenchContext context;
    private ModelWorker worker;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void flatLaf() {
        onEdt(() -> {
            before = UIManager.getLookAndFeel();
            FlatLightLaf.setup();
        });
        worker = new ModelWorker("presenter-test", Runnable::run);
        context = new WorkbenchContext(home, new ModelRegistry(List.of()), UiPrefs.load(home.resolve("prefs.json")),
                (what, e) -> problems.add(what + ": " + e.getMessage()), worker);
    }

    @AfterEach
    void restore() {
        onEdt(() -> {
            UIManager.put("defaultFont", null);
            try {
                UIManager.setLookAndFeel(before);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        worker.close();
    }

    /** What presenter mode does to the fonts, on one view's panel. */
    private static void enlargeFonts(JComponent panel) {
        onEdt(() -> {
            Font f = UIManager.getFont("defaultFont");
            UIManager.put("defaultFont", f.deriveFont(f.getSize2D() * PresenterMode.SCALE));
            SwingUtilities.updateComponentTreeUI(panel);
        });
        onEdt(() -> { });                       // the redraws the panels queued
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight() && java.util.Arrays.equals(
                a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
    }

    @Test
    void theForwardViewsTLabelAndStripGrow() {
        ForwardView[] v = new ForwardView[1];
        onEdt(() -> {
            v[0] = new ForwardView(context);
            v[0].source().show(ForwardViewTest.square(), "a white square");
        });
        float label = v[0].controls().tFontSize();
        BufferedImage strip = v[0].stripPicture().picture();
        enlargeFonts((JComponent) v[0].component());
        assertEquals(label * PresenterMode.SCALE, v[0].controls().tFontSize(), 1.0, "t = … grows with the default font");
        BufferedImage larger = v[0].stripPicture().picture();
        assertNotSame(strip, larger, "the strip is drawn again");
        assertTrue(larger.getHeight() > strip.getHeight(), "with taller text: " + strip.getHeight() + " -> " + larger.getHeight());
        onEdt(() -> v[0].close());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void the2dViewsFiguresAreDrawnAgain() {
        Toy2dView[] v = new Toy2dView[1];
        onEdt(() -> {
            v[0] = new Toy2dView(context);
            v[0].generationPanel().show(Toy2dViewTest.recordedFrames(3), "recorded");
        });
        BufferedImage samples = v[0].trainingPanel().samplesPicture().picture();
        BufferedImage generation = v[0].generationPanel().picture().picture();
        enlargeFonts((JComponent) v[0].component());
        assertFalse(samePixels(samples, v[0].trainingPanel().samplesPicture().picture()), "the samples are drawn again, larger text");
        assertFalse(samePixels(generation, v[0].generationPanel().picture().picture()), "so is the generation");
        onEdt(() -> v[0].close());
    }
}
