package io.genlab.ui.toy2d;

import io.genlab.ui.shell.ModelViewFixture;
import io.genlab.ui.shell.PresenterFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static io.genlab.ui.shell.PresenterFonts.samePixels;
import static io.genlab.ui.widgets.PanelRendering.onEdt;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The 2D view under FlatLaf: a larger default font, as presenter mode sets, redraws its figures. */
class Toy2dPresenterTest {

    @Test
    void theFiguresAreDrawnAgain(@TempDir Path home) {
        try (PresenterFonts fonts = new PresenterFonts(); ModelViewFixture fixture = new ModelViewFixture(home)) {
            Toy2dView[] v = new Toy2dView[1];
            onEdt(() -> {
                v[0] = new Toy2dView(fixture.context);
                v[0].generationPanel().show(Toy2dViewTest.recordedFrames(3), "recorded");
            });
            BufferedImage samples = v[0].trainingPanel().samplesPicture().picture();
            BufferedImage generation = v[0].generationPanel().picture().picture();
            fonts.enlarge((JComponent) v[0].component());
            assertFalse(samePixels(samples, v[0].trainingPanel().samplesPicture().picture()), "the samples are drawn again, larger text");
            assertFalse(samePixels(generation, v[0].generationPanel().picture().picture()), "so is the generation");
            onEdt(() -> v[0].close());
        }
    }
}
